// Rolling captions, read as a transcript. Captions made for the screen repeat themselves: YouTube's
// automatic captions show each line twice (a cue holds the previous line and the new one, whose
// words carry inline timestamps, and a ~10 ms cue between shows the line alone); broadcast roll-up
// captions converted to WebVTT roll two or three lines (A / A B / B C); paint-on captions grow a
// line word by word (WE ARE / WE ARE OPEN). Read cue by cue, a transcript would say everything two
// or three times. This finds such files and merges their cues: every phrase once, in order, each
// with its own time range. Pure: no DOM, so it runs anywhere and is tested alone.
import { cueTextToPlain, voiceOf } from './markup.js';
import type { Cue } from './types.js';
import { webvttTime as stamp } from './write-webvtt.js';

/** A line of a cue: its WebVTT text, and its words as plain text with whitespace collapsed. */
interface Line {
  raw: string;
  plain: string;
}

/** Share of cues (after the first) that must continue the cue before them for a file to be rolling. */
const SHARE = 0.5;
/** Cues looked at before deciding whether to read the whole file (a plain file costs no more than this). */
const SAMPLE = 400;

function linesOf(cue: Cue): Line[] {
  const lines: Line[] = [];
  for (const raw of cue.text.split('\n')) {
    const plain = cueTextToPlain(raw).replace(/\s+/g, ' ').trim();
    if (plain) lines.push({ raw: raw.trim(), plain });
  }
  return lines;
}

/**
 * How the lines of a cue continue those of the cue before it: its first `k` lines repeat the
 * previous cue's last `k` (the last of them possibly grown: `grow`, it extends the line it repeats).
 */
function overlap(previous: readonly Line[], lines: readonly Line[]): { k: number; grow: boolean } {
  const p = previous.length;
  for (let k = Math.min(p, lines.length); k >= 1; k--) {
    let same = true;
    for (let j = 0; j < k - 1 && same; j++) same = lines[j].plain === previous[p - k + j].plain;
    if (!same) continue;
    const last = previous[p - 1].plain;
    const line = lines[k - 1].plain;
    if (line === last) return { k, grow: false };
    if (line.length > last.length && line.startsWith(last)) return { k, grow: true };
  }
  return { k: 0, grow: false };
}

/** The share of cues (their lines: a sample or all) that continue the cue before them; 0 for fewer than two. */
function rollingShare(lines: readonly Line[][]): number {
  let continued = 0;
  let pairs = 0;
  for (let i = 1; i < lines.length; i++) {
    if (!lines[i].length || !lines[i - 1].length) continue;
    pairs++;
    if (overlap(lines[i - 1], lines[i]).k > 0) continued++;
  }
  return pairs >= 2 && continued >= 2 ? continued / pairs : 0;
}

const escapeText = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/**
 * The cues of rolling captions merged, every phrase once: `undefined` when `cues` are not rolling
 * captions (plain captions are never touched). Each merged cue starts when its words first appear
 * and ends when the next new words appear (or when it leaves the screen, if sooner); a line that
 * grows word by word gets the words it gains with an inline timestamp at the time they appeared,
 * so they are timed words. Inline timestamps of the original lines are kept.
 */
export function mergeRolling(cues: readonly Cue[]): Cue[] | undefined {
  if (cues.length < 3) return undefined;
  if (rollingShare(cues.slice(0, SAMPLE).map(linesOf)) < SHARE) return undefined;
  const all = cues.map(linesOf);
  if (cues.length > SAMPLE && rollingShare(all) < SHARE) return undefined;

  const out: Cue[] = [];
  /** Plain text of each merged cue's last line, to know what it gained when it grows. */
  const lastLines: string[] = [];
  /** Merged cues before this one have ended: new words appeared after them. */
  let closed = 0;
  let previous: Line[] = [];
  /** Index in `out` of the merged cue that holds each line of `previous`. */
  let owners: number[] = [];
  // New words at `time` in merged cue `m`: every merged cue before it ends there.
  const close = (m: number, time: number): void => {
    for (; closed < m; closed++) out[closed].end = Math.min(out[closed].end, time);
  };

  for (let i = 0; i < cues.length; i++) {
    const cue = cues[i];
    const lines = all[i];
    if (!lines.length) {
      // The screen was cleared: what follows is new, even if it repeats.
      previous = [];
      owners = [];
      continue;
    }
    const { k, grow } = overlap(previous, lines);
    const next: number[] = [];
    for (let j = 0; j < k; j++) next.push(owners[previous.length - k + j]);
    if (grow) {
      const m = next[k - 1];
      const gained = lines[k - 1].plain.slice(lastLines[m].length);
      out[m].text += `<${stamp(cue.start)}>${escapeText(gained)}`;
      lastLines[m] = lines[k - 1].plain;
      close(m, cue.start);
    }
    if (k < lines.length) {
      const fresh = lines.slice(k);
      const text = fresh.map((l) => l.raw).join('\n');
      const merged: Cue = { id: cue.id, start: cue.start, end: cue.end, text };
      const voice = voiceOf(text);
      if (voice) merged.voice = voice;
      out.push(merged);
      lastLines.push(fresh[fresh.length - 1].plain);
      for (let j = k; j < lines.length; j++) next.push(out.length - 1);
      close(out.length - 1, cue.start);
    }
    // Lines still on screen stay current until new words come.
    for (const m of next) if (m >= closed) out[m].end = Math.max(out[m].end, cue.end);
    previous = lines;
    owners = next;
  }
  return out;
}
