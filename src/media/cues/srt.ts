import { voiceOf } from './markup.js';
import { CueParseError, type Cue } from './types.js';

// Times: optional hours, then minutes and seconds of one or two digits, then an optional
// fraction after a comma (SubRip) or a dot (what many converters write).
const TIME = String.raw`(?:(\d+):)?(\d{1,2}):(\d{1,2})(?:[,.](\d+))?`;
const TIMING = new RegExp(String.raw`^[ \t]*${TIME}[ \t]*-->[ \t]*${TIME}(?:[ \t].*)?$`);
const INDEX = /^[ \t]*\d+[ \t]*$/;

// No real timing line is this long; the cap keeps hostile megabyte lines away from the regex.
const MAX_TIMING_LENGTH = 256;

function seconds(h: string | undefined, m: string, s: string, fraction: string | undefined): number | undefined {
  const minutes = Number(m);
  const secs = Number(s);
  if (minutes > 59 || secs > 59) return undefined;
  const whole = Number(h ?? 0) * 3600 + minutes * 60 + secs;
  // Through a decimal string so 1,001 gives the same double as the literal 1.001.
  const value = fraction === undefined ? whole : Number(`${whole}.${fraction}`);
  return Number.isFinite(value) ? value : undefined;
}

/** Reads a SubRip timing line: `[start, end]`, or `undefined` if the line is not one. */
export function parseSRTTiming(line: string): [number, number] | undefined {
  if (line.length > MAX_TIMING_LENGTH || !line.includes('-->')) return undefined;
  const m = TIMING.exec(line);
  if (!m) return undefined;
  const start = seconds(m[1], m[2], m[3], m[4]);
  const end = seconds(m[5], m[6], m[7], m[8]);
  return start === undefined || end === undefined ? undefined : [start, end];
}

/**
 * Parses SubRip (.srt) text, tolerantly; throws CueParseError only when non-blank text holds
 * no timing line at all.
 *
 * Grammar accepted:
 * ```
 * file    = [BOM] *blank-line *(cue *blank-line)
 * cue     = [index EOL] timing EOL *(text-line EOL)
 * index   = *WSP 1*DIGIT *WSP                   ; becomes the cue id
 * timing  = *WSP time *WSP "-->" *WSP time [WSP *CHAR]
 *                                               ; what follows the end time (X1:… Y1:…) is ignored
 * time    = [1*DIGIT ":"] 1*2DIGIT ":" 1*2DIGIT [("," / ".") 1*DIGIT]
 *                                               ; minutes and seconds at most 59
 * EOL     = CRLF / CR / LF
 * ```
 * A cue's text runs to the next blank line; a stray text line after a blank line (that does not
 * start a new cue) is added to the previous cue rather than lost. Text before the first cue is
 * ignored. NUL becomes U+FFFD. Cue text keeps its markup (`<i>`, `<b>`, `<font>`…); render it
 * through `parseCueText`, which keeps only the safe WebVTT elements.
 */
export function parseSRT(text: string): Cue[] {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const lines = body.replace(/\0/g, '\ufffd').split(/\r\n|\r|\n/);
  const cues: Cue[] = [];
  let current: Cue | undefined;
  let id = '';
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line.trim() === '') continue;
    const timing = parseSRTTiming(line);
    if (timing) {
      current = { id, start: timing[0], end: timing[1], text: '' };
      cues.push(current);
      id = '';
    } else if (INDEX.test(line) && i + 1 < lines.length && parseSRTTiming(lines[i + 1])) {
      id = line.trim();
    } else if (current) {
      current.text = current.text === '' ? line : `${current.text}\n${line}`;
    }
  }
  if (cues.length === 0 && body.trim() !== '') {
    throw new CueParseError('no-cues', 'Not a SubRip file: no "00:00:01,000 --> 00:00:02,000" timing line found.');
  }
  for (const cue of cues) {
    const voice = voiceOf(cue.text);
    if (voice !== undefined) cue.voice = voice;
  }
  return cues;
}
