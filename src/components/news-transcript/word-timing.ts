// Word timing in a `<news-transcript>`: where a cue carries WebVTT inline timestamps, its timed words
// are elements with `part="word"` (rendered by the cue list through {@link wordSpan}), and the word
// being spoken is `part="word active"`. Segment i of a cue (the text between its i-th and (i+1)-th
// timestamp, across any elements) spans [its timestamp, the next one); the text before the first
// timestamp starts with the cue, the last segment ends with it. Per time update only the active
// cue's words are looked at (a binary search in its word times) and only the spans that change are
// touched; while the clip plays, one timer for the next word boundary moves the mark on time
// between the player's time updates (about four a second).
import { html, type TemplateResult } from 'lit';
import { parseCueText, type CueNode } from '../../media/cues/markup.js';
import type { Cue } from '../../media/cues/types.js';
import type { NewsPlayer } from '../news-player/news-player.component.js';
import { sharedHighlight } from './transcript-search.js';

/**
 * The Highlight the word being spoken is painted with, where the browser has the API: moving it
 * costs a repaint only, where a style on the span (the fallback) costs a style and layout pass per
 * word (0.3 ms against 0.07 ms per time update at 10,000 cues, bench/transcript.mjs).
 */
const WORD_HIGHLIGHT = 'news-transcript-word';

/** Whether a cue text tree holds an inline timestamp (its text is then rendered as timed words). */
export function hasTimestamps(nodes: readonly CueNode[]): boolean {
  return nodes.some((n) => n.type === 'timestamp' || (n.type !== 'text' && hasTimestamps(n.children)));
}

/** Inline timestamps in a cue text tree, in document order. */
function timestampsOf(nodes: readonly CueNode[], out: number[]): number[] {
  for (const n of nodes) {
    if (n.type === 'timestamp') out.push(n.time);
    else if (n.type !== 'text') timestampsOf(n.children, out);
  }
  return out;
}

/** How many inline timestamps `text` holds (the words of the pieces of a long cue are numbered on from there). */
export function timestampCount(text: string): number {
  return /<\d/.test(text) ? timestampsOf(parseCueText(text), []).length : 0;
}

/** Start time of each word segment of `cue` (never decreasing), `undefined` when it has no inline timestamps. */
export function wordTimes(cue: Cue): Float64Array | undefined {
  if (!/<\d/.test(cue.text)) return undefined;
  const stamps = timestampsOf(parseCueText(cue.text), []);
  if (!stamps.length) return undefined;
  const times = new Float64Array(stamps.length + 1);
  times[0] = cue.start;
  for (let i = 0; i < stamps.length; i++) times[i + 1] = Math.max(times[i], stamps[i]);
  return times;
}

/**
 * A text run of segment `seg` as a timed word: leading whitespace stays outside the span (so the
 * mark covers the word, not the space before it); `content` is what goes inside (the text, or the
 * text with search `<mark>`s).
 */
export function wordSpan(text: string, seg: number, content: (text: string) => unknown): unknown {
  let lead = 0;
  while (lead < text.length && /\s/.test(text[lead])) lead++;
  if (lead === text.length) return text;
  const word: TemplateResult = html`<span part="word" class="word" data-word=${seg}>${content(text.slice(lead))}</span>`;
  return lead ? [text.slice(0, lead), word] : word;
}

/** The rate the player's clip moves at: 0 while paused. */
function rateOf(player: NewsPlayer | undefined): number {
  if (!player || player.paused) return 0;
  const rate = player.player?.playbackRate?.();
  return typeof rate === 'number' && rate > 0 ? rate : 1;
}

/** What word timing needs of its cue list. */
export interface WordHost {
  /** The rendered elements of cue `index` (several for the pieces of a long cue; none if not rendered). */
  els(index: number): readonly HTMLElement[];
  cue(index: number): Cue | undefined;
  /** Indices of the cues marked active. */
  active(): readonly number[];
  /** Time to look again (a word boundary was reached while playing). */
  tick(): void;
}

/** Margin after a word boundary before the timer looks again (ms), so the clock has passed it. */
const AFTER_BOUNDARY_MS = 8;

/** The word being spoken: found and marked per time update, moved on time by a timer while playing. */
export class WordTiming {
  /** Cue whose words are followed, -1 for none. */
  private index = -1;
  private times: Float64Array | undefined;
  /** The elements whose spans are in {@link segs}: a re-render (or a piece scrolled in) changes them. */
  private els: readonly HTMLElement[] = [];
  private segs: HTMLElement[][] = [];
  /** The segment marked active, -1 for none. */
  private current = -1;
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** The ranges this transcript added to the shared word Highlight. */
  private ranges: StaticRange[] = [];

  constructor(private readonly host: WordHost) {}

  /**
   * Marks the word of the active cue spoken at `time` (the player's), touching only the spans that
   * change; while `player` plays, sets a timer for the next word boundary.
   */
  follow(time: number, player: NewsPlayer | undefined): void {
    this.stop();
    const active = this.host.active();
    // Of overlapping cues, the one that started last holds the words being spoken.
    const index = active.length ? active[active.length - 1] : -1;
    const cue = this.host.cue(index);
    if (index !== this.index) {
      this.markSeg(-1);
      this.index = index;
      this.times = cue ? wordTimes(cue) : undefined;
      this.els = [];
      this.segs = [];
    }
    const times = this.times;
    if (!cue || !times) return;
    const els = this.host.els(index);
    if (els.length !== this.els.length || els.some((el, i) => el !== this.els[i])) {
      this.markSeg(-1);
      this.els = els;
      this.segs = [];
      for (const el of els) {
        for (const span of el.querySelectorAll<HTMLElement>('.word')) (this.segs[Number(span.dataset.word)] ??= []).push(span);
      }
    }
    // The last segment starting at or before `time`.
    let lo = 0;
    let hi = times.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (times[mid] <= time) lo = mid + 1;
      else hi = mid;
    }
    const seg = time >= cue.start && time < cue.end ? lo - 1 : -1;
    this.markSeg(seg);
    const rate = rateOf(player);
    if (rate > 0 && seg >= 0) {
      const next = seg + 1 < times.length ? Math.min(times[seg + 1], cue.end) : cue.end;
      this.timer = setTimeout(this.onTimer, ((next - time) / rate) * 1000 + AFTER_BOUNDARY_MS);
    }
  }

  /** The time of the timed word `target` is in (or inside of), `undefined` when it is in none. */
  timeAt(target: EventTarget | null): number | undefined {
    const word = target instanceof Element ? target.closest<HTMLElement>('.word') : null;
    const cueEl = word?.closest<HTMLElement>('.cue');
    if (!word || !cueEl) return undefined;
    const index = Number(cueEl.dataset.index);
    const cue = this.host.cue(index);
    const times = index === this.index ? this.times : cue && wordTimes(cue);
    return times?.[Number(word.dataset.word)];
  }

  /** Stops the timer (paused, a seek, the element left the page). */
  stop(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
  }

  /** Forgets the cue followed: the rows were rendered anew. */
  reset(): void {
    this.stop();
    this.paint([]);
    this.index = -1;
    this.times = undefined;
    this.els = [];
    this.segs = [];
    this.current = -1;
  }

  private onTimer = (): void => {
    this.timer = undefined;
    this.host.tick();
  };

  private markSeg(seg: number): void {
    if (seg === this.current) return;
    for (const span of this.segs[this.current] ?? []) span.setAttribute('part', 'word');
    for (const span of this.segs[seg] ?? []) span.setAttribute('part', 'word active');
    this.current = seg;
    this.paint(this.segs[seg] ?? []);
  }

  /** Paints `spans` as the word being spoken (the shared Highlight), and no other span of this transcript. */
  private paint(spans: readonly HTMLElement[]): void {
    const highlight = sharedHighlight(WORD_HIGHLIGHT);
    if (!highlight) return;
    for (const range of this.ranges) highlight.delete(range);
    this.ranges = spans.map((span) => new StaticRange({ startContainer: span, startOffset: 0, endContainer: span, endOffset: span.childNodes.length }));
    for (const range of this.ranges) highlight.add(range);
  }
}
