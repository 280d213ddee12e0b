import { voiceOf } from './markup.js';
import { scanTimestamp } from './timestamp.js';
import { CueParseError, type Cue, type CueRegion, type CueSettings } from './types.js';

/** Everything a WebVTT file defines: its cues, in file order, and its regions and style sheets. */
export interface WebVTTFile {
  cues: Cue[];
  /** Regions by identifier; a later REGION block with the same identifier replaces an earlier one. */
  regions: Record<string, CueRegion>;
  /** The text of each STYLE block (CSS, not applied here). */
  styles: string[];
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

// Shared by every cue without settings, so 10,000 plain cues do not mean 10,000 objects.
const DEFAULT_SETTINGS: CueSettings = Object.freeze({
  vertical: '',
  line: null,
  snapToLines: true,
  lineAlign: 'start',
  position: null,
  positionAlign: 'auto',
  size: 100,
  align: 'center',
  region: null,
});

// The parser is a line-by-line state machine, as in Chromium: the spec's block-based algorithm
// gives the same cues, except that Chromium (and so expected.json) keeps a single header line
// right before the first cue as that cue's identifier.
const HEADER = 0;
const REGION = 1;
const STYLE = 2;
const ID = 3;
const TIMINGS = 4;
const TEXT = 5;
const BAD_CUE = 6;

const ARROW = '-->';

/** WebVTT's ASCII whitespace as Chromium's parser sees it: space, tab, LF, FF, CR. */
function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 12 || c === 13;
}

function skipSpaces(s: string, pos: number): number {
  while (pos < s.length && isSpace(s.charCodeAt(pos))) pos++;
  return pos;
}

/** True for `STYLE`/`REGION` alone on its line, give or take trailing whitespace. */
function isBlockStart(line: string, keyword: string): boolean {
  return line.startsWith(keyword) && /^[ \t\n\f\r]*$/.test(line.slice(keyword.length));
}

/** A WebVTT percentage: digits, optionally a dot and more digits, then `%`; within 0..100. */
function percentage(value: string): number | undefined {
  if (!/^\d+(?:\.\d+)?%$/.test(value)) return undefined;
  const n = Number(value.slice(0, -1));
  return n >= 0 && n <= 100 ? n : undefined;
}

/** Splits on the first comma: `[before, after]`, `after` undefined when there is no comma. */
function splitComma(value: string): [string, string | undefined] {
  const comma = value.indexOf(',');
  return comma === -1 ? [value, undefined] : [value.slice(0, comma), value.slice(comma + 1)];
}

function parseCueSettings(input: string, regions: Map<string, CueRegion>): CueSettings {
  const settings: Mutable<CueSettings> = { ...DEFAULT_SETTINGS };
  for (const setting of input.split(/[ \t]+/)) {
    const colon = setting.indexOf(':');
    // The spec skips a setting whose colon comes first or last ("id:", ":x").
    if (colon <= 0 || colon === setting.length - 1) continue;
    const value = setting.slice(colon + 1);
    switch (setting.slice(0, colon)) {
      case 'vertical':
        if (value === 'rl' || value === 'lr') settings.vertical = value;
        break;
      case 'line': {
        const [pos, align] = splitComma(value);
        if (align !== undefined && align !== 'start' && align !== 'center' && align !== 'end') break;
        let number: number | undefined;
        const isPercentage = pos.endsWith('%');
        if (isPercentage) number = percentage(pos);
        else if (/^-?\d+(?:\.\d+)?$/.test(pos)) number = Number(pos) || 0; // -0 becomes 0
        // Numbers too large for a double are dropped, as Chromium does, rather than kept as Infinity.
        if (number === undefined || !Number.isFinite(number)) break;
        settings.line = number;
        settings.snapToLines = !isPercentage;
        if (align !== undefined) settings.lineAlign = align;
        break;
      }
      case 'position': {
        const [pos, align] = splitComma(value);
        if (align !== undefined && align !== 'line-left' && align !== 'center' && align !== 'line-right') break;
        const number = percentage(pos);
        if (number === undefined) break;
        settings.position = number;
        if (align !== undefined) settings.positionAlign = align;
        break;
      }
      case 'size': {
        const number = percentage(value);
        if (number !== undefined) settings.size = number;
        break;
      }
      case 'align':
        if (value === 'start' || value === 'center' || value === 'end' || value === 'left' || value === 'right') {
          settings.align = value;
        }
        break;
      case 'region':
        // An unknown identifier clears the region, like the spec's "last region with id, or null".
        settings.region = regions.get(value)?.id ?? null;
        break;
    }
  }
  return Object.freeze(settings);
}

function newRegion(): Mutable<CueRegion> {
  return {
    id: '',
    width: 100,
    lines: 3,
    regionAnchorX: 0,
    regionAnchorY: 100,
    viewportAnchorX: 0,
    viewportAnchorY: 100,
    scroll: '',
  };
}

function anchor(value: string): [number, number] | undefined {
  const [x, y] = splitComma(value);
  const ax = percentage(x);
  const ay = y === undefined ? undefined : percentage(y);
  return ax === undefined || ay === undefined ? undefined : [ax, ay];
}

function parseRegionSettings(region: Mutable<CueRegion>, line: string): void {
  for (const setting of line.split(/[ \t\n\f\r]+/)) {
    const colon = setting.indexOf(':');
    // The spec skips a setting whose colon comes first or last ("id:", ":x").
    if (colon <= 0 || colon === setting.length - 1) continue;
    const value = setting.slice(colon + 1);
    switch (setting.slice(0, colon)) {
      case 'id':
        if (!value.includes(ARROW)) region.id = value;
        break;
      case 'width': {
        const width = percentage(value);
        if (width !== undefined) region.width = width;
        break;
      }
      case 'lines':
        // VTTRegion.lines is an unsigned long: larger values clamp, as in Chromium.
        if (/^\d+$/.test(value)) region.lines = Math.min(Number(value), 4294967295);
        break;
      case 'regionanchor': {
        const a = anchor(value);
        if (a) [region.regionAnchorX, region.regionAnchorY] = a;
        break;
      }
      case 'viewportanchor': {
        const a = anchor(value);
        if (a) [region.viewportAnchorX, region.viewportAnchorY] = a;
        break;
      }
      case 'scroll':
        if (value === 'up') region.scroll = 'up';
        break;
    }
  }
}

/** Splits into lines at CRLF, CR or LF, with NUL replaced by U+FFFD (WebVTT parser step 1). */
function splitLines(text: string): string[] {
  const lines = text.replace(/\0/g, '\ufffd').split(/\r\n|\r|\n/);
  // A line break at the very end does not start another (empty) line.
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
}

function hasSignature(line: string): boolean {
  if (!line.startsWith('WEBVTT')) return false;
  const next = line.charAt(6);
  return next === '' || next === ' ' || next === '\t';
}

/**
 * Parses a WebVTT file with its regions and style sheets; throws CueParseError when the file
 * must be rejected (no `WEBVTT` signature).
 */
export function parseWebVTTFile(input: string): WebVTTFile {
  // A decoder normally strips the BOM already; a string handed over directly may still have it.
  const lines = splitLines(input.charCodeAt(0) === 0xfeff ? input.slice(1) : input);
  if (lines.length === 0 || !hasSignature(lines[0])) {
    throw new CueParseError('bad-signature', 'Not a WebVTT file: it does not start with the "WEBVTT" signature.');
  }

  const cues: Cue[] = [];
  const regions = new Map<string, CueRegion>();
  const styles: string[] = [];

  let state = HEADER;
  let previous = ''; // the last header line, which may turn out to be the first cue's id
  let region: Mutable<CueRegion> = newRegion();
  let style: string[] = [];
  let id = '';
  let start = 0;
  let end = 0;
  let settings = '';
  let content: string[] = [];

  /** Collects "start --> end settings"; returns the state to go on in. */
  const timings = (line: string): number => {
    let p = skipSpaces(line, 0);
    const from = scanTimestamp(line, p);
    if (!from) return BAD_CUE;
    p = skipSpaces(line, from[1]);
    if (!line.startsWith(ARROW, p)) return BAD_CUE;
    const to = scanTimestamp(line, skipSpaces(line, p + 3));
    if (!to) return BAD_CUE;
    start = from[0];
    end = to[0];
    settings = line.slice(skipSpaces(line, to[1]));
    return TEXT;
  };
  /** Starts a new cue whose timing line is `line` (a line with "-->" ends the previous block). */
  const recover = (line: string): number => {
    id = '';
    settings = '';
    content = [];
    return timings(line);
  };
  /** Outside cues, a line with "-->" may start the first cue; otherwise we stay in the header. */
  const cueOrHeader = (line: string): number => {
    if (line.includes(ARROW)) {
      const next = recover(line);
      if (next !== BAD_CUE) return next;
    }
    return HEADER;
  };
  const emit = (): void => {
    const text = content.join('\n');
    const cue: Cue = {
      id,
      start,
      end,
      text,
      settings: settings === '' ? DEFAULT_SETTINGS : parseCueSettings(settings, regions),
    };
    const voice = voiceOf(text);
    if (voice !== undefined) cue.voice = voice;
    cues.push(cue);
  };

  for (let i = 1; i < lines.length; i++) {
    const line = lines[i];
    switch (state) {
      case HEADER: {
        if (!previous.includes(ARROW)) {
          if (isBlockStart(line, 'REGION')) {
            region = newRegion();
            state = REGION;
            break;
          }
          if (isBlockStart(line, 'STYLE')) {
            style = [];
            state = STYLE;
            break;
          }
        }
        state = cueOrHeader(line);
        if (state !== HEADER) {
          if (previous !== '' && !previous.includes(ARROW)) id = previous;
          break;
        }
        // One line of header text may be an id; two or more in a row are just header.
        previous = previous === '' ? line : '';
        break;
      }
      case REGION:
        if (line === '' || line.includes(ARROW)) {
          if (region.id !== '') regions.set(region.id, Object.freeze(region));
          state = cueOrHeader(line);
        } else {
          parseRegionSettings(region, line);
        }
        break;
      case STYLE:
        if (line === '' || line.includes(ARROW)) {
          styles.push(style.join('\n'));
          state = cueOrHeader(line);
        } else {
          style.push(line);
        }
        break;
      case ID:
        if (line === '') break;
        id = '';
        settings = '';
        content = [];
        if (line.includes(ARROW)) {
          state = timings(line);
        } else {
          id = line;
          state = TIMINGS;
        }
        break;
      case TIMINGS:
        state = line === '' ? ID : timings(line);
        break;
      case TEXT:
        if (line === '') {
          emit();
          state = ID;
        } else if (line.includes(ARROW)) {
          emit();
          state = recover(line);
        } else {
          content.push(line);
        }
        break;
      case BAD_CUE:
        if (line === '') state = ID;
        else if (line.includes(ARROW)) state = recover(line);
        break;
    }
  }
  if (state === TEXT) emit();

  // fromEntries defines own properties, so a region called "__proto__" stays a plain key.
  return { cues, regions: Object.fromEntries(regions), styles };
}

/**
 * Parses a WebVTT file into its cues, in file order, following the WebVTT file parsing
 * algorithm as Chromium implements it; throws CueParseError for a file without the signature.
 */
export function parseWebVTT(text: string): Cue[] {
  return parseWebVTTFile(text).cues;
}
