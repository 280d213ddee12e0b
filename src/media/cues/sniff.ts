import { parseJSONCues } from './json.js';
import { parseSRT, parseSRTTiming } from './srt.js';
import { CueParseError, type Cue, type CueTrack } from './types.js';
import { parseWebVTT } from './webvtt.js';

/** Re-exported so that callers importing the parsers lazily (`import('./sniff.js')`) can tell its errors. */
export { CueParseError };
/** Re-exported for `fetchChapters()`, which imports the parsers lazily: chapters need them anyway. */
export { chaptersFromCues } from './chapter-cues.js';

/** What the caller knows about where the text came from: its MIME type and/or its URL. */
export interface CueFormatHint {
  type?: string;
  url?: string;
}

type Kind = CueTrack['kind'];

/** Recognises the format from the first lines of the text. */
function sniff(body: string): Kind | undefined {
  if (body.startsWith('WEBVTT')) return 'vtt';
  const first = body.charAt(0);
  if (first === '{' || first === '[') return 'json';
  // Look at the first two non-blank lines only: an index line and/or a timing line.
  const head = body.slice(0, 1024).split(/\r\n|\r|\n/).filter((line) => line.trim() !== '');
  if (head.length === 0) return undefined;
  if (parseSRTTiming(head[0])) return 'srt';
  if (/^\s*\d+\s*$/.test(head[0]) && head.length > 1 && parseSRTTiming(head[1])) return 'srt';
  if (first === '<') return 'html';
  return undefined;
}

function fromMime(type: string): Kind | undefined {
  const mime = type.split(';')[0].trim().toLowerCase();
  if (mime === 'text/vtt') return 'vtt';
  if (/^(?:text|application)\/(?:x-)?(?:subrip|srt)$/.test(mime)) return 'srt';
  if (mime === 'application/json' || mime === 'text/json' || mime.endsWith('+json')) return 'json';
  if (mime === 'text/html') return 'html';
  return undefined;
}

function fromUrl(url: string): Kind | undefined {
  const path = url.split(/[?#]/)[0].toLowerCase();
  const ext = /\.([a-z]+)$/.exec(path)?.[1];
  if (ext === 'vtt' || ext === 'webvtt') return 'vtt';
  if (ext === 'srt') return 'srt';
  if (ext === 'json') return 'json';
  if (ext === 'html' || ext === 'htm') return 'html';
  return undefined;
}

/** Sorts by start time, keeping the given order among equal starts (the order a reader expects). */
function byStart(cues: Cue[]): Cue[] {
  for (let i = 1; i < cues.length; i++) {
    if (cues[i].start < cues[i - 1].start) return cues.slice().sort((a, b) => a.start - b.start);
  }
  return cues;
}

function parseAs(kind: Kind, body: string): Cue[] {
  switch (kind) {
    case 'vtt':
      return parseWebVTT(body);
    case 'srt':
      return parseSRT(body);
    case 'json':
      return parseJSONCues(body);
    case 'html':
      // Most often an error page served in place of the file; an HTML transcript is read from the page.
      throw new CueParseError('unsupported-format', 'Got an HTML document, not cues.');
  }
}

/**
 * Parses WebVTT, SubRip or JSON cues, recognising the format by content first and by the hint's
 * MIME type or URL extension only when the content does not tell; cues come back sorted by start.
 *
 * Content rules: `WEBVTT` first (after an optional BOM or blank lines) is WebVTT; `{` or `[` is
 * JSON; a first line that is a timing line, or an index line followed by one, is SubRip (so a
 * WebVTT body that lost its signature is still read, by the tolerant SubRip parser).
 *
 * Throws CueParseError (and nothing else, whatever the input) when the format is unknown or the
 * file is malformed.
 */
export function parseCues(text: string, hint: CueFormatHint = {}): CueTrack {
  try {
    if (typeof text !== 'string') throw new CueParseError('not-text', 'Cue data must be text.');
    let body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    let kind = sniff(body);
    if (kind === undefined) {
      // Be lenient with blank lines or spaces before a signature or a JSON document.
      const trimmed = body.trimStart();
      const late = trimmed === body ? undefined : sniff(trimmed);
      if (late === 'vtt' || late === 'json') {
        body = trimmed;
        kind = late;
      } else {
        kind = late ?? (hint.type ? fromMime(hint.type) : undefined) ?? (hint.url ? fromUrl(hint.url) : undefined);
      }
    }
    if (kind === undefined) {
      throw new CueParseError(
        'unrecognised-format',
        'Unrecognised cue format: expected WebVTT ("WEBVTT" first), SubRip ("00:00:01,000 --> …") or JSON.',
      );
    }
    return { cues: byStart(parseAs(kind, body)), kind };
  } catch (e) {
    if (e instanceof CueParseError) throw e;
    // Hostile input can still exhaust memory or the stack somewhere; callers get one error type.
    throw new CueParseError('internal', `Could not parse the cues: ${e instanceof Error ? e.message : String(e)}`);
  }
}
