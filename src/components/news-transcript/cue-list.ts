// The list of cues of a `<news-transcript>`, rendered in blocks, and what is set on cues by hand
// (active, in range, the tab stop). A new list renders its first blocks at once and the others in
// short tasks after it (and any block the reader scrolls near, or that holds the cue being spoken,
// focused or found, at once), so 10,000 cues appear as fast as a hundred and the rest follow
// without a long task. Off-screen blocks are also skipped by layout (`content-visibility: auto`).
// The state set on cues lives here and is applied to each block when it renders.
import { html, nothing, render, type TemplateResult } from 'lit';
import type { LocalizeController } from '../../i18n/localize.js';
import { CueIndex } from '../../media/cues/find.js';
import { cueTextToPlain, parseCueText, type CueNode } from '../../media/cues/markup.js';
import type { Cue } from '../../media/cues/types.js';
import type { TimeRange } from '../../events/news-player-rangechange.js';
import { formatTime } from '../../media/time.js';
import { hasTimestamps, WordTiming, wordSpan } from './word-timing.js';

/**
 * What a row of the list shows besides its cue: chapter headings before it, its speaker label;
 * in a windowed list, a piece of a very long cue (`piece`, its text, and whether it is the first).
 */
export interface Row {
  cue: Cue;
  index: number;
  chapters: readonly string[];
  speaker: string | undefined;
  piece?: { text: string; first: boolean; words?: number };
}

/** While rendering a cue with inline timestamps: the word segment the text belongs to. */
interface Words {
  seg: number;
}

/** The chapters of a row without any (one shared array, not one per row of a long list). */
const NO_TITLES: readonly string[] = Object.freeze([]);

/** Id of the hidden note that describes the cues inside the player's range. */
export const RANGE_NOTE = 'range-note';

/**
 * Cues per block. A block is the unit of lazy rendering and of `content-visibility: auto`: a seek
 * to a block that was skipped lays out its cues at once, so blocks are small; each block is also a
 * skipped root the browser keeps track of, so not tiny.
 */
const CHUNK = 25;
/** Blocks rendered with the list itself (the top of the list, before anything is known of the view). */
const FIRST_CHUNKS = 4;
/** Rows rendered with the list itself: a transcript this short is done in one go. */
export const FIRST_ROWS = FIRST_CHUNKS * CHUNK;
/** Longest a task renders blocks for before it yields to the page (ms). */
const IDLE_SLICE_MS = 8;

/** The Prioritized Task Scheduling API, where the browser has it. */
type PostTask = (callback: () => void, options: { priority: 'user-visible'; signal?: AbortSignal }) => Promise<unknown>;

/**
 * Runs `callback` in a later task; returns a function that cancels it. An ordinary task, not idle
 * time nor background priority: a busy page (a playing clip, timers) has few idle periods and
 * starves background tasks, and the rest of the transcript must arrive soon (find in page). Each
 * task does at most {@link IDLE_SLICE_MS} of work, so input and frames come in between.
 */
export function later(callback: () => void): () => void {
  const scheduler = (globalThis as { scheduler?: { postTask?: PostTask } }).scheduler;
  if (typeof scheduler?.postTask === 'function') {
    const abort = new AbortController();
    scheduler.postTask(callback, { priority: 'user-visible', signal: abort.signal }).catch(() => undefined);
    return () => abort.abort();
  }
  const handle = setTimeout(callback, 0);
  return () => clearTimeout(handle);
}

/** The `part` of a cue element: `cue`, plus `active` and `in-range` as they apply. */
export const cuePart = (active: boolean, inRange: boolean): string =>
  active ? (inRange ? 'cue active in-range' : 'cue active') : inRange ? 'cue in-range' : 'cue';

/** What the list needs of the transcript around it. */
export interface CueListOptions {
  /** The element: the event host of rendered rows; nothing renders in the background once it is gone. */
  host: HTMLElement;
  localize: LocalizeController;
  /** Heading level (1–6) of chapter titles. */
  headingLevel(): number;
  /** The search query as `<mark>`s in the rows' text, where the Custom Highlight API is missing. */
  marks(): RegExp | undefined;
  /** Cues `from`–`to` were rendered (search highlights go on them). */
  rendered(from: number, to: number): void;
  /** A background task starts (before it renders blocks). */
  idle(): void;
  /** A word boundary was reached while playing: sync with the player again. */
  tick(): void;
}

/**
 * The rows of a transcript in blocks of {@link CHUNK} cues, rendered by hand into the list element
 * (never by the element's template, so nothing re-renders per time update), with the cues' state.
 */
export class CueList {
  rows: Row[] = [];
  /** The clip's length as far as the cues tell, so every time is written alike (`0:05` or `0:00:05`). */
  guideTime = 0;
  /** Finds the cues active at a time. */
  index = new CueIndex([]);
  /** Indices of the cues marked active now. */
  active: number[] = [];
  /** Indices of the cues marked as in the player's range now. */
  protected inRange = new Set<number>();
  /** The player's range, whose cues are marked. */
  protected range: TimeRange | undefined;
  /** Index of the cue that holds the list's single tab stop. */
  focusIndex = 0;
  /** Cue elements by cue index, as their blocks render (holes for blocks not rendered yet). */
  protected cueEls: HTMLElement[] = [];
  protected listEl: HTMLElement | undefined;
  private chunkEls: HTMLElement[] = [];
  /** Whether each block's rows are rendered (placeholders until then). */
  private chunkDone: boolean[] = [];
  private pendingChunks = 0;
  private nextChunk = 0;
  /** What rendered rows show besides their cue (heading level, `<mark>` query, language). */
  protected rowsKey = '';
  private cancelRest: (() => void) | undefined;
  /** Renders the blocks the reader scrolls near before the background tasks reach them. */
  private near: IntersectionObserver | undefined;
  /** The timed word being spoken (cues with inline timestamps). */
  readonly words = new WordTiming({
    els: (i) => this.elsOf(i),
    cue: (i) => this.index.cues[i],
    active: () => this.active,
    tick: () => this.options.tick(),
  });

  constructor(protected readonly options: CueListOptions) {}

  /** The list element the blocks are rendered into, `undefined` while there is none. */
  get list(): HTMLElement | undefined {
    return this.listEl;
  }

  /** Rows for `cues`, with the chapter titles of `chapters` before the cues they start at. */
  build(cues: readonly Cue[], chapters: readonly Cue[]): void {
    let c = 0;
    let voice: string | undefined;
    let guide = 0;
    this.rows = cues.map((cue, index) => {
      const titles: string[] = [];
      while (c < chapters.length && chapters[c].start <= cue.start) {
        const title = cueTextToPlain(chapters[c].text).replace(/\s+/g, ' ').trim();
        if (title) titles.push(title);
        c++;
      }
      if (titles.length) voice = undefined;
      const speaker = cue.voice && cue.voice !== voice ? cue.voice : undefined;
      if (cue.voice) voice = cue.voice;
      if (Number.isFinite(cue.end)) guide = Math.max(guide, cue.end);
      return { cue, index, chapters: titles.length ? titles : NO_TITLES, speaker };
    });
    this.guideTime = guide;
    this.index = new CueIndex(cues);
  }

  /**
   * Empties `list` into placeholder blocks for the rows, each as tall as its rows should be, and
   * renders the first blocks and the tab stop's.
   */
  reset(list: HTMLElement | undefined): void {
    this.stop();
    this.words.reset();
    this.listEl = list;
    this.cueEls = [];
    this.chunkEls = [];
    this.chunkDone = [];
    this.active = [];
    this.inRange = new Set();
    this.nextChunk = 0;
    this.rowsKey = this.currentRowsKey();
    this.focusIndex = Math.min(this.focusIndex, Math.max(0, this.rows.length - 1));
    if (!list) {
      this.pendingChunks = 0;
      return;
    }
    const blocks = document.createDocumentFragment();
    for (let from = 0; from < this.rows.length; from += CHUNK) {
      const chunk = document.createElement('div');
      chunk.className = 'chunk';
      chunk.dataset.chunk = String(this.chunkEls.length);
      chunk.setAttribute('data-pending', '');
      const rows = Math.min(CHUNK, this.rows.length - from);
      if (rows < CHUNK) chunk.style.setProperty('--rows', String(rows));
      this.chunkEls.push(chunk);
      this.chunkDone.push(false);
      blocks.append(chunk);
    }
    this.pendingChunks = this.chunkEls.length;
    list.replaceChildren(blocks);
    this.markRange();
    for (let k = 0; k < FIRST_CHUNKS; k++) this.renderChunk(k);
    this.renderChunk(this.chunkOf(this.focusIndex));
  }

  /**
   * Updates rendered rows in place when what they show besides their cue changed (the blocks still
   * to come render with it anyway); true if it did, and then the caller repaints the search.
   */
  refresh(): boolean {
    if (this.rowsKey === this.currentRowsKey()) return false;
    this.rowsKey = this.currentRowsKey();
    for (let k = 0; k < this.chunkEls.length; k++) if (this.chunkDone[k]) this.fillChunk(k, false);
    return true;
  }

  /** The element of cue `index` if its block is rendered, without rendering it. */
  renderedEl(index: number): HTMLElement | undefined {
    return this.cueEls[index];
  }

  /** What search reads: the raw text of each unit it searches (here a unit is a cue). */
  unitTexts(): readonly string[] {
    return this.rows.map((r) => r.cue.text);
  }

  /** The element of search unit `unit` if it is rendered. */
  renderedUnit(unit: number): HTMLElement | undefined {
    return this.cueEls[unit];
  }

  /** The element of search unit `unit`, rendered first if need be. */
  unitEl(unit: number): HTMLElement | undefined {
    return this.cueEl(unit);
  }

  /** The cue of search unit `unit`. */
  cueOfUnit(unit: number): number {
    return unit;
  }

  /** How many pixels content moves per pixel of scrolling (1: the list is laid out as it is). */
  get gain(): number {
    return 1;
  }

  /** The element of cue `index`, its block rendered first if need be. */
  cueEl(index: number | undefined): HTMLElement | undefined {
    if (index === undefined) return undefined;
    this.renderChunk(this.chunkOf(index));
    return this.cueEls[index];
  }

  /** Marks `next` active and unmarks the others, touching only the cues whose state changed. */
  setActive(next: number[]): void {
    const previous = this.active;
    // The cue followed is rendered now, wherever the background rendering is (a few rows).
    if (next.length) this.renderChunk(this.chunkOf(next[0]));
    for (const i of previous) if (!next.includes(i)) this.mark(i, false);
    for (const i of next) if (!previous.includes(i)) this.mark(i, true);
    this.active = next;
  }

  /**
   * Follows the player's range. Nothing here runs per time update: the cues in range are found
   * again only when the range (or the list of cues) changes.
   */
  setRange(range: TimeRange | null | undefined): void {
    const next = range && range.end > range.start ? { start: range.start, end: range.end } : undefined;
    if (next?.start === this.range?.start && next?.end === this.range?.end) return;
    this.range = next;
    this.markRange();
  }

  /**
   * Marks the cues overlapping the range (`start < range.end && end > range.start`), touching only
   * those that changed.
   */
  protected markRange(): void {
    const range = this.range;
    const next = new Set<number>();
    if (range) {
      for (const { cue, index } of this.rows) if (cue.start < range.end && cue.end > range.start) next.add(index);
    }
    const previous = this.inRange;
    for (const i of previous) if (!next.has(i)) this.markInRange(i, false);
    for (const i of next) if (!previous.has(i)) this.markInRange(i, true);
    this.inRange = next;
  }

  /** Moves the list's single tab stop to cue `index`. */
  moveTabStop(index: number): void {
    if (index === this.focusIndex) return;
    this.cueEls[this.focusIndex]?.setAttribute('tabindex', '-1');
    this.focusIndex = index;
    // The tab stop is always a rendered cue.
    this.cueEl(index)?.setAttribute('tabindex', '0');
  }

  /**
   * Renders the remaining blocks in short later tasks, and those the reader scrolls near at once
   * (the background task also calls `idle` first, e.g. for the download link's file).
   */
  renderRest(more: boolean): void {
    if (!this.options.host.isConnected || (this.pendingChunks === 0 && !more)) return;
    if (this.pendingChunks > 0 && !this.near && typeof IntersectionObserver === 'function') {
      // Near the viewport, also inside the transcript's own scroll box (`scrollMargin`, where known).
      const options = { rootMargin: '50% 0px', scrollMargin: '50% 0px' } as IntersectionObserverInit;
      this.near = new IntersectionObserver((entries) => {
        for (const entry of entries) if (entry.isIntersecting) this.renderChunk(Number((entry.target as HTMLElement).dataset.chunk));
      }, options);
      this.chunkEls.forEach((chunk, k) => {
        if (!this.chunkDone[k]) this.near!.observe(chunk);
      });
    }
    this.cancelRest ??= later(this.onRestTask);
  }

  /** Renders every block now (before printing). */
  renderAll = (): void => {
    for (let k = 0; k < this.chunkEls.length; k++) this.renderChunk(k);
    this.stop();
  };

  /** Stops background rendering and watching the blocks (every block rendered, new rows, or disconnected). */
  stop(): void {
    this.cancelRest?.();
    this.cancelRest = undefined;
    this.near?.disconnect();
    this.near = undefined;
  }

  /** The `[m:ss] Speaker: text` plain-text form of the transcript, chapters as their own lines. */
  plainText(): string {
    const lines: string[] = [];
    for (const row of this.rows) {
      if (row.piece && !row.piece.first) continue;
      for (const title of row.chapters) lines.push(...(lines.length ? [''] : []), title, '');
      const text = cueTextToPlain(row.cue.text).replace(/\s+/g, ' ').trim();
      const voice = row.cue.voice ? `${row.cue.voice}: ` : '';
      lines.push(`[${formatTime(row.cue.start, this.guideTime)}] ${voice}${text}`);
    }
    return `${lines.join('\n')}\n`;
  }

  private onRestTask = (): void => {
    this.cancelRest = undefined;
    const started = performance.now();
    const more = (): boolean => performance.now() - started < IDLE_SLICE_MS;
    this.options.idle();
    // At least one block each time.
    if (this.pendingChunks > 0) {
      do {
        while (this.nextChunk < this.chunkEls.length && this.chunkDone[this.nextChunk]) this.nextChunk++;
        this.renderChunk(this.nextChunk);
      } while (this.pendingChunks > 0 && more());
    }
    if (this.pendingChunks > 0) this.renderRest(false);
    else this.stop();
  };

  private chunkOf(index: number): number {
    return Math.floor(index / CHUNK);
  }

  protected currentRowsKey(): string {
    return `${this.options.headingLevel()}|${this.options.marks()?.source ?? ''}|${this.options.localize.lang}`;
  }

  /** Renders the rows of block `k` unless they are already. */
  protected renderChunk(k: number): void {
    const chunk = this.chunkEls[k];
    if (!chunk || this.chunkDone[k]) return;
    this.chunkDone[k] = true;
    this.pendingChunks--;
    this.near?.unobserve(chunk);
    this.fillChunk(k);
    chunk.removeAttribute('data-pending');
  }

  /**
   * Renders (or updates in place) the rows of block `k`, then applies the cues' state to them;
   * `paint` reports them `rendered` (for the search highlights).
   */
  private fillChunk(k: number, paint = true): void {
    const chunk = this.chunkEls[k];
    const from = k * CHUNK;
    const to = Math.min(this.rows.length, from + CHUNK);
    const marks = this.options.marks();
    const level = Math.min(6, Math.max(1, this.options.headingLevel() || 3));
    const rows: TemplateResult[] = [];
    for (let i = from; i < to; i++) rows.push(this.renderRow(this.rows[i], marks, level));
    render(rows, chunk, { host: this.options.host });
    const els = chunk.querySelectorAll<HTMLElement>('.cue');
    for (let j = 0; j < els.length; j++) this.cueEls[from + j] = els[j];
    for (const i of this.active) if (i >= from && i < to) this.mark(i, true);
    if (this.inRange.size) for (let i = from; i < to; i++) if (this.inRange.has(i)) this.markInRange(i, true);
    if (this.focusIndex >= from && this.focusIndex < to) this.cueEls[this.focusIndex]?.setAttribute('tabindex', '0');
    if (paint) this.options.rendered(from, to);
  }

  /** The rendered elements of cue `index` (one, or none while its block is not rendered). */
  protected elsOf(index: number): readonly HTMLElement[] {
    const el = this.cueEls[index];
    return el ? [el] : [];
  }

  protected mark(index: number, on: boolean): void {
    for (const el of this.elsOf(index)) {
      if (on) el.setAttribute('aria-current', 'true');
      else el.removeAttribute('aria-current');
      el.setAttribute('part', cuePart(on, this.inRange.has(index)));
    }
  }

  protected markInRange(index: number, on: boolean): void {
    for (const el of this.elsOf(index)) this.markElInRange(el, index, on);
  }

  protected markElInRange(el: HTMLElement, index: number, on: boolean): void {
    if (on) {
      el.setAttribute('data-in-range', '');
      el.setAttribute('aria-describedby', RANGE_NOTE);
    } else {
      el.removeAttribute('data-in-range');
      el.removeAttribute('aria-describedby');
    }
    el.setAttribute('part', cuePart(this.active.includes(index), on));
  }

  /** Renders the safe cue markup tree: text bindings and a fixed set of inert elements only. */
  protected renderNodes(nodes: readonly CueNode[], marks: RegExp | undefined, words?: Words): unknown[] {
    return nodes.map((node): unknown => {
      switch (node.type) {
        case 'text':
          if (words) return wordSpan(node.value, words.seg, (text) => (marks ? this.renderMarked(text, marks) : text));
          return marks ? this.renderMarked(node.value, marks) : node.value;
        case 'timestamp':
          // The text after an inline timestamp is the next timed word.
          if (words) words.seg++;
          return nothing;
        case 'b':
          return html`<b>${this.renderNodes(node.children, marks, words)}</b>`;
        case 'i':
          return html`<i>${this.renderNodes(node.children, marks, words)}</i>`;
        case 'u':
          return html`<u>${this.renderNodes(node.children, marks, words)}</u>`;
        case 'ruby':
          return html`<ruby>${this.renderNodes(node.children, marks, words)}</ruby>`;
        case 'rt':
          return html`<rt>${this.renderNodes(node.children, marks, words)}</rt>`;
        case 'lang':
          return html`<span lang=${node.annotation ?? ''}>${this.renderNodes(node.children, marks, words)}</span>`;
        case 'c':
        case 'v':
          return html`<span class=${node.type}>${this.renderNodes(node.children, marks, words)}</span>`;
      }
    });
  }

  /** Where the Highlight API is missing: matches as `<mark>` around text bindings. */
  private renderMarked(text: string, pattern: RegExp): unknown[] {
    const out: unknown[] = [];
    let from = 0;
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      out.push(text.slice(from, m.index), html`<mark>${m[0]}</mark>`);
      from = m.index + m[0].length;
    }
    out.push(text.slice(from));
    return out;
  }

  /**
   * The safe markup of cue text `text`; with inline timestamps (in it, or for a piece of a long cue,
   * `fromWord` being the number of timestamps before it), its text as timed words.
   */
  protected renderText(text: string, marks: RegExp | undefined, fromWord?: number): unknown[] {
    const nodes = parseCueText(text);
    return this.renderNodes(nodes, marks, fromWord !== undefined || hasTimestamps(nodes) ? { seg: fromWord ?? 0 } : undefined);
  }

  /** One cue's row, after the chapter headings (`aria-level` `level`) that start at it. */
  protected renderRow(row: Row, marks: RegExp | undefined, level: number): TemplateResult {
    const { cue, index } = row;
    return html`${row.chapters.map(
        (title) => html`<div part="chapter" class="chapter" role="heading" aria-level=${level}>${title}</div>`,
      )}<div part="cue" class="cue" role="button" tabindex="-1" data-index=${index} data-start=${cue.start} data-end=${cue.end}
        ><span part="time" class="time">${this.options.localize.time(cue.start, this.guideTime)}</span
        ><span class="words"
          >${row.speaker ? html`<span part="speaker" class="speaker">${row.speaker}</span>` : nothing}<span part="text" class="text"
            >${this.renderText(cue.text, marks)}</span
          ></span
        ></div
      >`;
  }
}
