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

/** Text shorter than this is parsed in one go (a few milliseconds at most). */
const SLICED_FROM = 256 * 1024;
/** Characters per piece of a long file; each piece ends at a blank line before a cue. */
const PIECE = 128 * 1024;
/** Longest a run of pieces may take before parsing yields to the page (ms). */
const SLICE_MS = 8;
/**
 * A line break, an empty line, and what may start a cue (an index or a timing line): where a long
 * file is cut. A lone CR is a line break only when no LF follows (CRLF is one). SubRip also counts
 * a line of spaces as blank; in WebVTT that line is cue text.
 */
const BOUNDARY = {
  vtt: /(?:\r\n|\r(?!\n)|\n)(?:\r\n|\r(?!\n)|\n)(?=[ \t]*\d)/g,
  srt: /(?:\r\n|\r(?!\n)|\n)[ \t]*(?:\r\n|\r(?!\n)|\n)(?=[ \t]*\d)/g,
};

/** Lets the page handle input and paint: `scheduler.yield()` where the browser has it, else a task. */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * {@link parseCues}, in slices that yield to the page every few milliseconds: a long WebVTT or
 * SubRip file (a million cues, 45 MB) is cut at blank lines into pieces parsed one after another,
 * each WebVTT piece behind the file's header (so regions still apply). Short files, and JSON (one
 * document), are parsed in one go. Rejects with CueParseError as `parseCues` throws, or with the
 * abort reason when `signal` aborts between slices.
 */
export async function parseCuesInSlices(text: string, hint: CueFormatHint = {}, signal?: AbortSignal): Promise<CueTrack> {
  if (typeof text !== 'string' || text.length < SLICED_FROM) return parseCues(text, hint);
  let body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  // Blank lines before a signature, as parseCues allows them: cut from the signature on.
  if (!body.startsWith('WEBVTT') && body.trimStart().startsWith('WEBVTT')) body = body.trimStart();
  let boundary = BOUNDARY.vtt;
  const next = (from: number): number => {
    boundary.lastIndex = Math.min(body.length, from + PIECE);
    const m = boundary.exec(body);
    return m ? m.index + m[0].length : body.length;
  };
  // The first piece tells the format (and is parsed as usual, errors and all); it ends where a
  // WebVTT file may be cut, which is also a place a SubRip file may be.
  let end = next(0);
  let first: CueTrack;
  try {
    first = parseCues(body.slice(0, end), hint);
  } catch (e) {
    // A first piece without a cue (a long preamble) says nothing yet: the whole file decides.
    if (e instanceof CueParseError && e.reason === 'no-cues') return parseCues(text, hint);
    throw e;
  }
  if (first.kind !== 'vtt' && first.kind !== 'srt') return parseCues(text, hint);
  if (first.kind === 'srt') boundary = BOUNDARY.srt;
  // WebVTT pieces go behind the header (signature, regions, styles): everything before the block
  // of the first timing line.
  let header = '';
  if (first.kind === 'vtt') {
    const arrow = body.indexOf('-->');
    const blank = Math.max(body.lastIndexOf('\n\n', arrow), body.lastIndexOf('\r\r', arrow), body.lastIndexOf('\n\r\n', arrow));
    header = `${blank > 0 ? body.slice(0, blank) : 'WEBVTT'}\n\n`;
  }
  const cues = first.cues;
  let started = performance.now();
  while (end < body.length) {
    if (performance.now() - started > SLICE_MS) {
      await yieldToPage();
      if (signal?.aborted) throw signal.reason;
      started = performance.now();
    }
    const from = end;
    end = next(from);
    try {
      const piece = parseAs(first.kind, header + body.slice(from, end));
      for (const cue of piece) cues.push(cue);
    } catch (e) {
      // A piece with no cue of its own (stray text) adds nothing; anything else is the file's error.
      if (!(e instanceof CueParseError && e.reason === 'no-cues')) throw e;
    }
  }
  return { cues: byStart(cues), kind: first.kind };
}
