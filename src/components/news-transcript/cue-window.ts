// The list of a very long transcript (tens of thousands of cues, or megabytes of text): only the
// rows near the view exist in the DOM, a window that moves with the scroll box. The list of
// blocks in ./cue-list.ts renders every cue in the background, which is right for 10,000 cues and
// wrong for a million (millions of nodes, a gigabyte of memory, minutes of one core).
//
// How the window is placed: the scroll box holds a sizer as tall as the rows' estimated heights
// (capped, browsers have a maximum element height), and the scroll position is read as a fraction
// of the whole list. That fraction picks an anchor row and a point inside it, which is placed on a
// line that moves from the top of the view (at the start) to its bottom (at the end); the rows
// around it are rendered (keyed, so rows that stay keep their elements and state) and the window
// is moved so the anchor sits on that line. The layout is a function of the scroll position alone:
// no drift, and both ends are exact. A cue longer than a few thousand characters is shown as
// several rows (pieces cut between words), so no row is one enormous text node laid out at once.
import { html, nothing, render, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { cueTextToPlain } from '../../media/cues/markup.js';
import type { Cue } from '../../media/cues/types.js';
import { formatTime } from '../../media/time.js';
import { CueList, later, type CueListOptions, type Row } from './cue-list.js';
import { timestampCount } from './word-timing.js';

/** A cue longer than this (characters) is shown as several rows. */
const PIECE_CHARS = 2000;
/** Tallest the sizer gets (px): under every browser's maximum element height. */
const MAX_HEIGHT = 8_000_000;
/** Estimated characters per line of cue text, for the rows' estimated heights. */
const CHARS_PER_LINE = 60;
/** Rows rendered at most on each side of the anchor. */
const MAX_SIDE_ROWS = 120;
/** Longest a slice of background work runs before it yields (ms). */
const SLICE_MS = 8;

/** Lets the page handle input and paint: `scheduler.yield()` where the browser has it, else a task. */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Where a piece of a long cue may end: after whitespace, outside a tag and an entity. */
function pieceEnd(text: string, from: number): number {
  const hard = from + PIECE_CHARS;
  if (hard >= text.length) return text.length;
  let end = hard;
  // Back to the last whitespace, within a quarter of a piece; else cut where it is.
  for (let i = hard; i > hard - PIECE_CHARS / 4; i--) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 10 || c === 9 || c === 13) {
      end = i + 1;
      break;
    }
  }
  // Never inside `<…>` or `&…;`: cut before them. Looks back a short way only (tags and entities
  // are short): a search through the whole text for every piece would be quadratic.
  for (let i = end - 1; i > from && i > end - 256; i--) {
    const c = text.charCodeAt(i);
    if (c === 62 /* > */) break;
    if (c === 60 /* < */) {
      end = i;
      break;
    }
  }
  for (let i = end - 1; i > from && i > end - 12; i--) {
    const c = text.charCodeAt(i);
    if (c === 59 /* ; */ || c === 32) break;
    if (c === 38 /* & */) {
      end = i;
      break;
    }
  }
  return end > from ? end : hard;
}

/** A transcript with more cues than this is windowed: only the rows near the view are in the page. */
const WINDOWED_CUES = 20_000;
/** Likewise a transcript with more text than this (characters), however few its cues. */
const WINDOWED_CHARS = 3_000_000;

/** Whether `cues` need the windowed list (too many rows, or too much text, to render them all). */
export function needsWindow(cues: readonly Cue[]): boolean {
  if (cues.length > WINDOWED_CUES) return true;
  let chars = 0;
  for (const cue of cues) if ((chars += cue.text.length) > WINDOWED_CHARS) return true;
  return false;
}

/** What the windowed list needs besides a block list's options. */
export interface CueWindowOptions extends CueListOptions {
  /** The list moves the scroll box itself (to bring a row into the window): not the reader's scroll. */
  ownScroll(): void;
}

/**
 * The rows of a very long transcript, of which only those near the view are rendered. Same
 * surface as {@link CueList}: the transcript talks to either.
 */
export class WindowedCueList extends CueList {
  /** First row of each cue (and the row count at the end). */
  private firstRow = new Uint32Array(1);
  /** Estimated top of each row (px), and the total height at the end. */
  private tops = new Float64Array(1);
  private box: HTMLElement | undefined;
  private windowEl: HTMLElement | undefined;
  /** Rows rendered now: `from` to `to` (excluded). */
  private from = 0;
  private to = 0;
  private rowEls = new Map<number, HTMLElement>();
  /** Elements whose state was set since they were rendered (rows kept by a re-render keep it). */
  private dressed = new WeakSet<HTMLElement>();
  private scale = 1;
  private cancelIdle: (() => void) | undefined;
  private unitTextsCache: string[] | undefined;
  private resize: ResizeObserver | undefined;

  constructor(private readonly windowOptions: CueWindowOptions) {
    super(windowOptions);
  }

  override get gain(): number {
    return this.scale;
  }

  /** Rows for `cues`, a long cue cut into pieces. */
  override build(cues: readonly Cue[], chapters: readonly Cue[]): void {
    super.build(cues, chapters);
    this.unitTextsCache = undefined;
    const firstRow = new Uint32Array(cues.length + 1);
    if (!this.rows.some((r) => r.cue.text.length > PIECE_CHARS)) {
      for (let i = 0; i <= cues.length; i++) firstRow[i] = i;
    } else {
      const rows: Row[] = [];
      for (const row of this.rows) {
        firstRow[row.index] = rows.length;
        const text = row.cue.text;
        if (text.length <= PIECE_CHARS) {
          rows.push(row);
          continue;
        }
        // A cue with timed words numbers them on from piece to piece.
        let words = /<\d/.test(text) ? 0 : undefined;
        for (let from = 0; from < text.length; ) {
          const end = pieceEnd(text, from);
          const piece = text.slice(from, end);
          rows.push({ ...row, chapters: from === 0 ? row.chapters : [], speaker: from === 0 ? row.speaker : undefined, piece: { text: piece, first: from === 0, words } });
          if (words !== undefined) words += timestampCount(piece);
          from = end;
        }
      }
      firstRow[cues.length] = rows.length;
      this.rows = rows;
    }
    this.firstRow = firstRow;
  }

  override unitTexts(): readonly string[] {
    this.unitTextsCache ??= this.rows.map((r) => r.piece?.text ?? r.cue.text);
    return this.unitTextsCache;
  }

  override renderedUnit(unit: number): HTMLElement | undefined {
    return this.rowEls.get(unit);
  }

  override unitEl(unit: number): HTMLElement | undefined {
    if (!this.rowEls.has(unit)) this.jumpTo(unit);
    return this.rowEls.get(unit);
  }

  override cueOfUnit(unit: number): number {
    return this.rows[unit]?.index ?? 0;
  }

  override reset(list: HTMLElement | undefined): void {
    this.stop();
    this.words.reset();
    this.listEl = list;
    this.cueEls = [];
    this.rowEls = new Map();
    this.active = [];
    this.inRange = new Set();
    this.from = this.to = 0;
    this.rowsKey = this.currentRowsKey();
    this.focusIndex = Math.min(this.focusIndex, Math.max(0, this.firstRow.length - 2));
    if (!list) return;
    this.box = list.parentElement ?? undefined;
    // Estimated heights, in the list's font size: a cue row is 2.05em and 1.45em per extra line.
    const em = parseFloat(getComputedStyle(list).fontSize) || 16;
    const n = this.rows.length;
    const tops = new Float64Array(n + 1);
    for (let i = 0; i < n; i++) {
      const row = this.rows[i];
      const length = row.piece ? row.piece.text.length : row.cue.text.length;
      const lines = Math.max(1, Math.ceil(length / CHARS_PER_LINE)) + (row.speaker ? 1 : 0);
      tops[i + 1] = tops[i] + em * (2.05 + 1.45 * (lines - 1) + 2.45 * row.chapters.length);
    }
    this.tops = tops;
    const height = Math.min(tops[n], MAX_HEIGHT);
    this.scale = height > 0 ? Math.max(1, tops[n] / height) : 1;
    const sizer = document.createElement('div');
    sizer.className = 'sizer';
    sizer.style.blockSize = `${height}px`;
    const windowEl = document.createElement('div');
    windowEl.className = 'window';
    sizer.append(windowEl);
    list.replaceChildren(sizer);
    this.windowEl = windowEl;
    this.listen();
    this.markRange();
    this.layout();
  }

  override refresh(): boolean {
    if (this.rowsKey === this.currentRowsKey()) return false;
    this.rowsKey = this.currentRowsKey();
    this.dressed = new WeakSet();
    this.layout();
    return true;
  }

  override renderedEl(index: number): HTMLElement | undefined {
    return this.cueEls[index];
  }

  /** The element of cue `index`; the window moves to it first if it is not rendered. */
  override cueEl(index: number | undefined): HTMLElement | undefined {
    if (index === undefined) return undefined;
    if (!this.cueEls[index]) this.jumpTo(this.firstRow[index] ?? 0);
    return this.cueEls[index];
  }

  /**
   * Moves the list's single tab stop to cue `index` without moving the window: a cue far from the
   * view (the one being spoken while the reader looks elsewhere) leaves it on a row in view.
   */
  override moveTabStop(index: number): void {
    if (index === this.focusIndex) return;
    for (const el of this.elsOf(this.focusIndex)) el.tabIndex = -1;
    this.focusIndex = index;
    const el = this.cueEls[index];
    if (el) el.tabIndex = 0;
    else this.tabStopInView();
  }

  /** Nothing renders in the background: only the `idle` work (the download's file), in a later task. */
  override renderRest(more: boolean): void {
    if (!this.options.host.isConnected) return;
    this.listen();
    if (more) this.cancelIdle ??= later(() => {
      this.cancelIdle = undefined;
      this.options.idle();
    });
  }

  /** A printout shows the window only: the note above the list says to download the whole. */
  override renderAll = (): void => undefined;

  override stop(): void {
    this.cancelIdle?.();
    this.cancelIdle = undefined;
    this.box?.removeEventListener('scroll', this.onScroll);
    this.resize?.disconnect();
  }

  /** The plain-text form, made in slices that yield to the page (a million cues take seconds). */
  async plainTextInSlices(): Promise<string[]> {
    const parts: string[] = [];
    let lines: string[] = [];
    let started = performance.now();
    for (let i = 0; i < this.rows.length; i++) {
      const row = this.rows[i];
      for (const title of row.chapters) lines.push(...(parts.length || lines.length ? [''] : []), title, '');
      const voice = row.cue.voice ? `${row.cue.voice}: ` : '';
      const head = `[${formatTime(row.cue.start, this.guideTime)}] ${voice}`;
      if (!row.piece) {
        lines.push(`${head}${cueTextToPlain(row.cue.text).replace(/\s+/g, ' ').trim()}`);
      } else {
        // A long cue piece by piece, each a slice of work: one line of the file in several parts.
        const last = this.firstRow[row.index + 1] - 1;
        const words: string[] = [];
        for (let r = i; r <= last; r++) {
          words.push(cueTextToPlain(this.rows[r].piece!.text).replace(/\s+/g, ' '));
          if (performance.now() - started > SLICE_MS) {
            await yieldToPage();
            started = performance.now();
          }
        }
        i = last;
        lines.push(`${head}${words.join('').trim()}`);
      }
      if (lines.length >= 1000 || performance.now() - started > SLICE_MS) {
        parts.push(`${lines.join('\n')}\n`);
        lines = [];
        if (performance.now() - started > SLICE_MS) {
          await yieldToPage();
          started = performance.now();
        }
      }
    }
    if (lines.length) parts.push(`${lines.join('\n')}\n`);
    return parts;
  }

  /** Every rendered element of cue `index` (its pieces). */
  protected override elsOf(index: number): readonly HTMLElement[] {
    const els: HTMLElement[] = [];
    const end = this.firstRow[index + 1] ?? 0;
    for (let r = Math.max(this.firstRow[index] ?? 0, this.from); r < Math.min(end, this.to); r++) {
      const el = this.rowEls.get(r);
      if (el) els.push(el);
    }
    return els;
  }

  /** Rows are rendered by {@link layout}, never a block at a time. */
  protected override renderChunk(): void {}

  private listen(): void {
    this.box?.removeEventListener('scroll', this.onScroll);
    this.box?.addEventListener('scroll', this.onScroll, { passive: true });
    // A box of another size shows more or fewer rows (and rows of another width, other heights).
    if (this.box && typeof ResizeObserver === 'function') {
      this.resize ??= new ResizeObserver(() => this.layout());
      this.resize.disconnect();
      this.resize.observe(this.box);
    }
  }

  private onScroll = (): void => this.layout();

  /** Moves the scroll box so row `row` is in the window (near the view's middle), and renders it. */
  private jumpTo(row: number): void {
    const box = this.box;
    const total = this.tops[this.rows.length];
    if (!box || !total) return;
    const view = box.clientHeight;
    const max = box.scrollHeight - view;
    const mid = (this.tops[row] + this.tops[Math.min(row + 1, this.rows.length)]) / 2;
    this.windowOptions.ownScroll();
    box.scrollTop = Math.round(Math.max(0, Math.min(max, (mid / total) * max)));
    this.layout();
  }

  /** Renders the rows around the scroll position and places them (see the top of this file). */
  private layout(): void {
    const box = this.box;
    const windowEl = this.windowEl;
    const n = this.rows.length;
    if (!box || !windowEl || !windowEl.isConnected || n === 0) return;
    const view = box.clientHeight || 400;
    const max = Math.max(0, box.scrollHeight - view);
    const t = box.scrollTop;
    const q = max > 0 ? Math.min(1, Math.max(0, t / max)) : 0;
    const tops = this.tops;
    const y = q * tops[n];
    // The anchor row: the last row whose estimated top is at or before y.
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (tops[mid] <= y) lo = mid;
      else hi = mid - 1;
    }
    const anchor = lo;
    const frac = Math.min(1, Math.max(0, (y - tops[anchor]) / (tops[anchor + 1] - tops[anchor] || 1)));
    let from = anchor;
    for (let above = 0; from > 0 && above < view * 1.5 && anchor - from < MAX_SIDE_ROWS; ) {
      from--;
      above += tops[from + 1] - tops[from];
    }
    let to = anchor + 1;
    for (let below = 0; to < n && below < view * 1.5 && to - anchor < MAX_SIDE_ROWS; to++) below += tops[to + 1] - tops[to];
    this.renderRows(from, to);
    const el = this.rowEls.get(anchor);
    const at = el ? el.offsetTop + frac * el.offsetHeight : 0;
    let top = t + q * view - at;
    const height = windowEl.offsetHeight;
    // No empty space above the first row nor below the last one.
    if (to === n) top = Math.max(top, t + view - height);
    if (from === 0) top = Math.min(top, t);
    windowEl.style.transform = `translateY(${Math.round(top)}px)`;
  }

  private renderRows(from: number, to: number): void {
    const windowEl = this.windowEl!;
    const marks = this.options.marks();
    const level = Math.min(6, Math.max(1, this.options.headingLevel() || 3));
    const indices: number[] = [];
    for (let r = from; r < to; r++) indices.push(r);
    // A focused row the reader scrolled away from goes with its row: focus then stays in the list.
    const focused = this.options.host.shadowRoot?.activeElement;
    const hadFocus = focused instanceof HTMLElement && windowEl.contains(focused) ? focused : undefined;
    render(
      repeat(
        indices,
        (r) => r,
        (r) => this.renderWindowRow(r, marks, level),
      ),
      windowEl,
      { host: this.options.host },
    );
    this.from = from;
    this.to = to;
    this.rowEls = new Map();
    this.cueEls = [];
    const els: HTMLElement[] = [];
    for (const rowEl of windowEl.children) {
      const el = rowEl.lastElementChild as HTMLElement | null;
      if (el) els.push(el);
    }
    let focusShown = false;
    for (const el of els) {
      const r = Number((el.parentElement as HTMLElement).dataset.row);
      const index = Number(el.dataset.index);
      this.rowEls.set(r, el);
      this.cueEls[index] ??= el;
      if (index === this.focusIndex && el === this.cueEls[index]) focusShown = true;
      if (this.dressed.has(el)) continue;
      this.dressed.add(el);
      // A new row: the state of its cue.
      const active = this.active.includes(index);
      if (active) el.setAttribute('aria-current', 'true');
      if (this.inRange.has(index)) this.markElInRange(el, index, true);
      else if (active) el.setAttribute('part', 'cue active');
      el.setAttribute('tabindex', '-1');
    }
    for (const el of els) {
      const index = Number(el.dataset.index);
      el.tabIndex = index === this.focusIndex && el === this.cueEls[index] ? 0 : -1;
    }
    if (hadFocus && !hadFocus.isConnected) {
      this.tabStopInView(true);
      this.cueEls[this.focusIndex]?.focus({ preventScroll: true });
    } else if (!focusShown) this.tabStopInView();
    this.options.rendered(0, Infinity);
  }

  /**
   * The tab stop is always a rendered cue: when its cue is not rendered (and the reader is not in
   * the list, or its focused row just left the page), the first row in view takes it.
   */
  private tabStopInView(focusGone = false): void {
    const root = this.options.host.shadowRoot;
    if (this.from === this.to || (!focusGone && this.listEl?.contains(root?.activeElement ?? null))) return;
    const first = this.rowEls.get(Math.min(this.to - 1, Math.max(this.from, this.anchorRow())));
    if (!first) return;
    const index = Number(first.dataset.index);
    this.focusIndex = index;
    this.cueEls[index].tabIndex = 0;
  }

  /** The first row rendered at or below the top of the view. */
  private anchorRow(): number {
    const box = this.box;
    if (!box) return this.from;
    const top = box.getBoundingClientRect().top;
    for (let r = this.from; r < this.to; r++) {
      const el = this.rowEls.get(r);
      if (el && el.getBoundingClientRect().bottom > top) return r;
    }
    return this.from;
  }

  private renderWindowRow(r: number, marks: RegExp | undefined, level: number): TemplateResult {
    const row = this.rows[r];
    const piece = row.piece;
    if (!piece) return html`<div class="row" data-row=${r}>${this.renderRow(row, marks, level)}</div>`;
    const { cue, index } = row;
    // A piece after the first continues its cue: no time, the same cue for keys, clicks and state.
    return html`<div class="row" data-row=${r}>
      ${piece.first ? row.chapters.map((title) => html`<div part="chapter" class="chapter" role="heading" aria-level=${level}>${title}</div>`) : nothing}
      <div part="cue" class=${piece.first ? 'cue' : 'cue more'} role="button" tabindex="-1" data-index=${index} data-row=${r} data-start=${cue.start} data-end=${cue.end}
        ><span part="time" class="time">${piece.first ? this.options.localize.time(cue.start, this.guideTime) : nothing}</span
        ><span class="words"
          >${piece.first && row.speaker ? html`<span part="speaker" class="speaker">${row.speaker}</span>` : nothing}<span part="text" class="text"
            >${this.renderText(piece.text, marks, piece.words)}</span
          ></span
        ></div
      >
    </div>`;
  }
}
