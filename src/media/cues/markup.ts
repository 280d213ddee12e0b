import { reference } from './references.js';
import { parseTimestamp } from './timestamp.js';

/** The WebVTT cue elements that may be shown as formatting; every other tag is dropped. */
export type CueElementType = 'b' | 'i' | 'u' | 'c' | 'lang' | 'ruby' | 'rt' | 'v';

/** A run of plain text, entities already decoded; render it as text, never as HTML. */
export interface CueTextNode {
  type: 'text';
  value: string;
}

/** One of the WebVTT cue elements, with its classes and, for `v` and `lang`, its annotation. */
export interface CueElementNode {
  type: CueElementType;
  classes: string[];
  /** The speaker of a `v`, the language tag of a `lang`; absent for the other elements. */
  annotation?: string;
  children: CueNode[];
}

/** A karaoke-style timestamp inside the cue text (`<00:01.000>`), in seconds. */
export interface CueTimestampNode {
  type: 'timestamp';
  time: number;
}

/** A node of the tree `parseCueText` returns. */
export type CueNode = CueTextNode | CueElementNode | CueTimestampNode;

type Token =
  | { kind: 'text'; value: string }
  | { kind: 'start'; name: string; classes: string[]; annotation: string }
  | { kind: 'end'; name: string }
  | { kind: 'timestamp'; value: string };

const ELEMENTS: ReadonlySet<string> = new Set(['b', 'i', 'u', 'c', 'lang', 'ruby', 'rt', 'v']);

// Deeper nesting than this is ignored so hostile input cannot build a tree that overflows
// the stack of whatever walks it recursively; real captions nest two or three levels.
const MAX_DEPTH = 32;

function isSpace(c: string): boolean {
  return c === ' ' || c === '\t' || c === '\n' || c === '\f';
}

/**
 * The WebVTT cue text tokenizer; calls `visit` with each token until it returns `false`.
 */
function tokenize(s: string, visit: (token: Token) => boolean): void {
  const n = s.length;
  let i = 0;
  while (i < n) {
    if (s[i] !== '<') {
      // Data state: text up to the next tag.
      let value = '';
      let from = i;
      while (i < n && s[i] !== '<') {
        if (s[i] === '&') {
          const [decoded, length] = reference(s, i);
          value += s.slice(from, i) + decoded;
          i += length;
          from = i;
        } else {
          i++;
        }
      }
      value += s.slice(from, i);
      if (!visit({ kind: 'text', value })) return;
      continue;
    }
    i++; // past '<'
    const c = i < n ? s[i] : '';
    if (c === '/') {
      // End tag state.
      const close = s.indexOf('>', i);
      const stop = close === -1 ? n : close;
      const name = s.slice(i + 1, stop);
      i = close === -1 ? n : close + 1;
      if (!visit({ kind: 'end', name })) return;
      continue;
    }
    if (c >= '0' && c <= '9') {
      // Timestamp tag state.
      const close = s.indexOf('>', i);
      const stop = close === -1 ? n : close;
      const value = s.slice(i, stop);
      i = close === -1 ? n : close + 1;
      if (!visit({ kind: 'timestamp', value })) return;
      continue;
    }
    // Start tag, class and annotation states.
    let name = '';
    const classes: string[] = [];
    let annotation = '';
    let state: 'name' | 'class' | 'annotation' = 'name';
    let buffer = '';
    while (i < n) {
      const ch = s[i];
      if (state === 'annotation') {
        if (ch === '>') break;
        if (ch === '&') {
          const [decoded, length] = reference(s, i);
          buffer += decoded;
          i += length;
          continue;
        }
        buffer += ch;
        i++;
        continue;
      }
      if (ch === '>') break;
      if (isSpace(ch)) {
        if (state === 'class' && buffer) classes.push(buffer);
        buffer = ch === '\n' ? ch : '';
        state = 'annotation';
      } else if (ch === '.') {
        if (state === 'class' && buffer) classes.push(buffer);
        buffer = '';
        state = 'class';
      } else if (state === 'name') {
        name += ch;
      } else {
        buffer += ch;
      }
      i++;
    }
    if (state === 'class' && buffer) classes.push(buffer);
    if (state === 'annotation') annotation = buffer.trim().replace(/[ \t\n\f\r]+/g, ' ');
    i++; // past '>' (or past the end)
    if (!visit({ kind: 'start', name, classes, annotation })) return;
  }
}

/**
 * Parses WebVTT cue text into a tree of safe nodes: only the WebVTT elements survive, any
 * other tag (`<script>`, `<img onerror>`, `<a href>`…) is dropped while its text stays.
 *
 * This is the spec's cue text parsing: an unknown tag disappears, its contents do not, so
 * `<script>alert(1)</script>` reads "alert(1)", exactly what a browser shows in its captions.
 * Character references are decoded with HTML's rules (./references.ts): `&amp;`, `&eacute`
 * (HTML's legacy names need no `;`), `&#x2014;`; anything else starting with `&` stays literal.
 */
export function parseCueText(text: string): CueNode[] {
  const root: CueNode[] = [];
  const stack: CueElementNode[] = [];
  let children = root;
  const current = (): CueElementNode | undefined => stack[stack.length - 1];
  const pop = (): void => {
    stack.pop();
    children = current()?.children ?? root;
  };
  tokenize(text, (token) => {
    switch (token.kind) {
      case 'text': {
        const last = children[children.length - 1];
        // Dropped tags would otherwise leave the text split in pieces.
        if (last && last.type === 'text') last.value += token.value;
        else if (token.value) children.push({ type: 'text', value: token.value });
        break;
      }
      case 'start': {
        const name = token.name;
        if (!ELEMENTS.has(name) || stack.length >= MAX_DEPTH) break;
        if (name === 'rt' && current()?.type !== 'ruby') break;
        const node: CueElementNode = {
          type: name as CueElementType,
          classes: token.classes,
          children: [],
        };
        if (name === 'v' || name === 'lang') node.annotation = token.annotation;
        children.push(node);
        stack.push(node);
        children = node.children;
        break;
      }
      case 'end': {
        const open = current();
        if (!open) break;
        if (open.type === token.name) pop();
        else if (open.type === 'rt' && token.name === 'ruby') {
          // </ruby> closes an open <rt> as well.
          pop();
          pop();
        }
        break;
      }
      case 'timestamp': {
        const time = parseTimestamp(token.value);
        if (time !== undefined) children.push({ type: 'timestamp', time });
        break;
      }
    }
    return true;
  });
  return root;
}

/** Returns the readable plain text of WebVTT cue text (tags removed, entities decoded). */
export function cueTextToPlain(text: string): string {
  if (!text.includes('<') && !text.includes('&')) return text;
  let out = '';
  tokenize(text, (token) => {
    if (token.kind === 'text') out += token.value;
    return true;
  });
  return out;
}

/** Returns the speaker named by the first `<v>` tag of WebVTT cue text, if there is one. */
export function voiceOf(text: string): string | undefined {
  if (!text.includes('<v')) return undefined;
  let voice: string | undefined;
  tokenize(text, (token) => {
    if (token.kind !== 'start' || token.name !== 'v') return true;
    voice = token.annotation || undefined;
    return false;
  });
  return voice;
}
