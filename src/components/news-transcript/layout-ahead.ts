// Lays out a transcript's blocks of rows ahead of a seek, in idle time. A block off screen is
// skipped by layout (`content-visibility: auto`), and a block never laid out has no layout to
// keep: a seek that lands in it makes the browser style and lay out its rows when the active cue's
// position is read (auto-scroll, the next frame), a few ms for 25 rows. A block laid out once keeps
// that layout while it is skipped (its size stays the estimated one until it comes near the view,
// so nothing on screen moves), and a seek into it restyles one row. Reading a position inside a
// skipped block is what makes the browser lay it out, block by block, a few per idle period.

/** Longest an idle period is used for laying out blocks (ms). */
const SLICE_MS = 8;

/**
 * Runs `callback` in the page's next idle period (a task where `requestIdleCallback` is missing),
 * with a function that says how many ms of it are left; returns a function that cancels it.
 */
export function whenIdle(callback: (left: () => number) => void): () => void {
  const started = (): (() => number) => {
    const from = performance.now();
    return () => SLICE_MS - (performance.now() - from);
  };
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback((deadline) => {
      const slice = started();
      callback(() => Math.min(slice(), deadline.timeRemaining()));
    });
    return () => cancelIdleCallback(handle);
  }
  const handle = setTimeout(() => callback(started()), 0);
  return () => clearTimeout(handle);
}

/**
 * Lays out the blocks of a list ahead of the reader, in order, a few per idle period; again when
 * the list's width changes (its rows wrap anew) or it is shown after being hidden (nothing to lay out then).
 */
export class LayoutAhead {
  /** The first block not laid out yet. */
  private next = 0;
  private cancel: (() => void) | undefined;
  /** Watches the list's width once its blocks are laid out (or while it is hidden). */
  private resize: ResizeObserver | undefined;
  private width = -1;
  /** What the last block took to lay out (ms): the next one is started only if that much is left. */
  private cost = 0;

  /** `blocks`: the list's blocks, every one rendered; `live`: whether the list is still in the page. */
  constructor(
    private readonly blocks: () => readonly HTMLElement[],
    private readonly live: () => boolean,
  ) {}

  /** True while blocks wait to be laid out (from the moment every block is rendered). */
  get pending(): boolean {
    return this.cancel !== undefined;
  }

  /** Lays out every block from the first, in idle time (again, after the rows changed). */
  start(): void {
    this.next = 0;
    this.cancel ??= whenIdle(this.onIdle);
  }

  /** Stops laying out and watching the list's width (new rows, or the list left the page). */
  stop(): void {
    this.cancel?.();
    this.cancel = undefined;
    this.resize?.disconnect();
    this.resize = undefined;
    this.width = -1;
  }

  private onIdle = (left: () => number): void => {
    this.cancel = undefined;
    const blocks = this.blocks();
    const list = blocks[0]?.parentElement;
    if (!this.live() || !list) return;
    this.watch(list);
    // Hidden (no box): nothing would be laid out; the width it gets when shown starts again.
    if (!list.getClientRects().length) return;
    // At least one block each time; a block near the view is laid out already, and costs nothing.
    do {
      const from = performance.now();
      blocks[this.next]?.lastElementChild?.getBoundingClientRect();
      this.cost = performance.now() - from;
      this.next++;
    } while (this.next < blocks.length && left() > this.cost);
    if (this.next < blocks.length) this.cancel = whenIdle(this.onIdle);
  };

  private watch(list: HTMLElement): void {
    if (this.resize || typeof ResizeObserver !== 'function') return;
    this.resize = new ResizeObserver((entries) => {
      const width = Math.round(entries[entries.length - 1].contentRect.width);
      // The first call reports the width the blocks are being laid out at.
      if (this.width >= 0 && width !== this.width && width > 0) this.start();
      this.width = width;
    });
    this.resize.observe(list);
  }
}
