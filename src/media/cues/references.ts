// Character references in WebVTT cue text, decoded as the WebVTT spec says: with HTML's character
// reference rules (the cue text tokenizer's data and annotation states use them), as browsers' own
// WebVTT parsers do. Named references come from the HTML parser itself where there is one: a text
// run without `<` set as the contents of a `<textarea>` of an inert document is RCDATA, in which the
// parser decodes character references and nothing else (no element, nothing runs), with HTML's
// whole table, legacy names without `;` and longest match included. Without a document (Node), or
// where the page refuses our Trusted Types policy, a small table of what captions use does it.
import { markupText } from '../trusted-types.js';

/** The names captions use, with `;`: decoded without asking the HTML parser. */
const NAMED: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  lrm: '\u200e',
  rlm: '\u200f',
  nbsp: '\u00a0',
  quot: '"',
  apos: "'",
};

/** HTML's legacy names that are references without `;` too, as far as the small table goes; longest first. */
const LEGACY: readonly (readonly [string, string])[] = [
  ['nbsp', '\u00a0'],
  ['quot', '"'],
  ['amp', '&'],
  ['lt', '<'],
  ['gt', '>'],
];

/** HTML's table for numeric references to C1 controls: what Windows-1252 puts at 0x80–0x9F. */
const C1 = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

/** Longest name looked at: HTML's longest is 32 characters (`&CounterClockwiseContourIntegral;`). */
const MAX_NAME = 40;

const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isHex = (c: number): boolean => isDigit(c) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);
const isAlnum = (c: number): boolean => isDigit(c) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/** A numeric reference's character, by HTML's rules. */
function codePoint(code: number): string {
  // NUL, surrogates and values past Unicode become U+FFFD; C1 controls are read as Windows-1252.
  if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return '\ufffd';
  if (code >= 0x80 && code <= 0x9f) return String.fromCharCode(C1[code - 0x80]);
  return String.fromCodePoint(code);
}

/** `&#…`, `&#x…` at `pos`: `[text, length]`; the `;` may be missing, as HTML allows. */
function numeric(s: string, pos: number): [string, number] {
  let i = pos + 2;
  const hex = s.charCodeAt(i) === 120 /* x */ || s.charCodeAt(i) === 88; /* X */
  if (hex) i++;
  const from = i;
  let code = 0;
  for (; i < s.length && (hex ? isHex(s.charCodeAt(i)) : isDigit(s.charCodeAt(i))); i++) {
    // Past Unicode it stays past Unicode, without growing without bound.
    if (code <= 0x10ffff) code = code * (hex ? 16 : 10) + parseInt(s[i], 16);
  }
  if (i === from) return ['&', 1]; // "&#" or "&#x" with no digits stays as it is
  if (s.charCodeAt(i) === 59 /* ; */) i++;
  return [codePoint(code), i - pos];
}

/** The HTML parser's decoder: a `<textarea>` of an inert document, made once; `null` where there is none. */
let decoder: HTMLTextAreaElement | null | undefined;
/** Pieces decoded by the parser, so a file full of `&copy;` asks it once. */
const decoded = new Map<string, string>();

function parserDecode(piece: string): string | undefined {
  if (decoder === undefined) {
    try {
      decoder = typeof document === 'undefined' ? null : document.implementation.createHTMLDocument('').createElement('textarea');
    } catch {
      decoder = null;
    }
  }
  if (!decoder) return undefined;
  const known = decoded.get(piece);
  if (known !== undefined) return known;
  const markup = markupText(piece);
  if (markup === undefined) {
    decoder = null;
    return undefined;
  }
  try {
    decoder.innerHTML = markup;
  } catch {
    decoder = null;
    return undefined;
  }
  const value = decoder.value;
  if (decoded.size > 512) decoded.clear();
  decoded.set(piece, value);
  return value;
}

/** A named reference from the small table: `[text, length]`. */
function tableDecode(s: string, pos: number, end: number): [string, number] {
  const name = s.slice(pos + 1, end);
  if (s.charCodeAt(end) === 59 /* ; */ && NAMED[name] !== undefined) return [NAMED[name], end - pos + 1];
  for (const [legacy, value] of LEGACY) if (name.startsWith(legacy)) return [value, legacy.length + 1];
  return ['&', 1];
}

/**
 * Decodes the character reference at `pos` of `s` (which holds `&`): `[text, length]`, where
 * `text` is what the characters `s[pos, pos + length)` read as (`"&"` and 1 when there is none).
 */
export function reference(s: string, pos: number): [string, number] {
  const next = s.charCodeAt(pos + 1);
  if (next === 35 /* # */) return numeric(s, pos);
  if (!isAlnum(next)) return ['&', 1];
  let end = pos + 1;
  while (end < s.length && end - pos <= MAX_NAME && isAlnum(s.charCodeAt(end))) end++;
  const semicolon = s.charCodeAt(end) === 59;
  // The common names with `;` need no parser.
  if (semicolon) {
    const named = NAMED[s.slice(pos + 1, end)];
    if (named !== undefined) return [named, end - pos + 1];
  }
  const piece = s.slice(pos, semicolon ? end + 1 : end);
  const value = parserDecode(piece);
  // The parser read the whole piece: what it did not take as a reference is in `value` as it was.
  return value !== undefined ? [value, piece.length] : tableDecode(s, pos, end);
}
