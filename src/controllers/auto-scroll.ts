import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Why auto-scroll is paused: the reader scrolled (or moved through cues), or is searching. */
export type AutoScrollPause = 'reader' | 'search';

/** Options of {@link AutoScrollController}. */
export interface AutoScrollOptions {
  /** Called when auto-scroll may follow again after a pause ended (hover left, "Back to current"). */
  onResume: () => void;
  /**
   * Pixels the content moves per pixel of scrolling (default 1). A windowed list of a million
   * cues maps its whole length onto a capped scroll height, so its content moves faster.
   */
  gain?: () => number;
}

/** Keys that scroll a focused scroll box when nothing handled them first. */
const SCROLL_KEYS = new Set(['ArrowUp', 'ArrowDown', 'PageUp', 'PageDown', 'Home', 'End', ' ']);

/** How long a programmatic scroll may take before its scroll events count as the reader's again. */
const OWN_SCROLL_MS = { instant: 300, smooth: 1500 };

/** `follow` keeps an element comfortably inside; `nearest` just inside; `center` centres it. */
type ScrollMode = 'follow' | 'nearest' | 'center';

/**
 * Frames to keep checking a scroll target: cues near the view are laid out over the next frames
 * (`content-visibility: auto`), and until then the target was placed with estimated sizes.
 */
const MAX_SETTLE_FRAMES = 30;
/** Frames in a row the target must stay put before the check ends (layout lands a few frames late). */
const STILL_FRAMES = 4;

const prefersReducedMotion = (): boolean =>
  typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;

/**
 * Keeps an element in view inside one scroll box, by computing that box's `scrollTop` (never
 * `scrollIntoView`, which also scrolls every scrollable ancestor, the page included).
 *
 * Following pauses while the reader scrolls the box (wheel, touch, keys, scrollbar, or any scroll
 * the controller did not start itself), while a mouse hovers it, and while the host says the
 * reader is searching. Scroll and search pauses stick until {@link resume} ("Back to current");
 * a hover pause ends when the pointer leaves. Smooth scrolling only without
 * `prefers-reduced-motion: reduce`. While the box is off screen, following waits and catches up
 * (without animation) when the box comes into view.
 */
export class AutoScrollController implements ReactiveController {
  private box: HTMLElement | undefined;
  private readonly reasons = new Set<AutoScrollPause>();
  private hovering = false;
  /** The programmatic scroll in flight: when its events stop counting as ours. */
  private own: { until: number } | undefined;
  /** The last programmatic scroll, checked again until the content it revealed is laid out. */
  private settle: { el: Element; mode: ScrollMode; tries: number; top: number; still: number } | undefined;
  private settleFrame = 0;
  /** The placement asked for since the last frame, done in that frame. */
  private request: { el: Element; mode: ScrollMode; instant: boolean } | undefined;
  private requestFrame = 0;
  /** Whether the box is on screen; while it is not, following waits (nothing to see, and sizes are estimates). */
  private onScreen = true;
  private deferred: Element | undefined;
  private visibility: IntersectionObserver | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: AutoScrollOptions,
  ) {
    host.addController(this);
  }

  /** True while following is paused for any reason (scroll, search or hover). */
  get paused(): boolean {
    return this.reasons.size > 0 || this.hovering;
  }

  /** True while a scroll or search pause holds until the reader asks to resume. */
  get stuck(): boolean {
    return this.reasons.size > 0;
  }

  hostConnected(): void {
    if (this.box) this.listen(this.box);
  }

  hostDisconnected(): void {
    if (this.box) this.unlisten(this.box);
    this.own = undefined;
    this.settle = undefined;
    this.request = undefined;
    cancelAnimationFrame(this.settleFrame);
    cancelAnimationFrame(this.requestFrame);
    this.requestFrame = 0;
    this.hovering = false;
  }

  /** Sets the scroll box to manage (the host's `part="body"`), or none. */
  attach(box: HTMLElement | undefined): void {
    if (box === this.box) return;
    if (this.box) this.unlisten(this.box);
    this.box = box;
    if (box) this.listen(box);
  }

  /** Pauses following for `reason` until {@link resume}. */
  pause(reason: AutoScrollPause): void {
    if (this.reasons.has(reason)) return;
    this.reasons.add(reason);
    this.host.requestUpdate();
  }

  /** Ends the pause for `reason`, or every sticky pause when none is given, and follows again. */
  resume(reason?: AutoScrollPause): void {
    const had = this.reasons.size;
    if (reason) this.reasons.delete(reason);
    else this.reasons.clear();
    if (this.reasons.size === had) return;
    this.host.requestUpdate();
    if (!this.paused) this.options.onResume();
  }

  /** The next scroll of the box is the host's own (it moved the box itself), not the reader's. */
  ownScroll(): void {
    this.own = { until: performance.now() + OWN_SCROLL_MS.instant };
  }

  /** Keeps `el` comfortably in view unless paused; `instant` skips the smooth animation. */
  follow(el: Element | undefined, instant = false): void {
    if (!el || this.paused) return;
    if (!this.onScreen) {
      this.deferred = el;
      return;
    }
    this.ask(el, 'follow', instant);
  }

  /** Brings `el` into view whether paused or not (search results, keyboard focus). */
  reveal(el: Element | undefined, mode: 'nearest' | 'center' = 'nearest'): void {
    if (el) this.ask(el, mode, false);
  }

  /**
   * Places `el` in the next animation frame rather than now: measuring it now would force style
   * and layout inside the task that asked (a time update, a key press), of a block of cues that
   * may have been skipped; in the frame that layout is done once, for the last of several asks
   * (`seeking`, `timeupdate` and `seeked` in a row move the view once).
   */
  private ask(el: Element, mode: ScrollMode, instant: boolean): void {
    this.request = { el, mode, instant };
    this.requestFrame ||= requestAnimationFrame(() => {
      this.requestFrame = 0;
      const request = this.request;
      this.request = undefined;
      // Paused since (the reader scrolled, or hovers): a follow no longer applies.
      if (!request || !request.el.isConnected || (request.mode === 'follow' && this.paused)) return;
      this.place(request.el, request.mode, request.instant);
    });
  }

  /** Scrolls so `el` sits as `mode` says; returns whether it had to move. */
  private scrollTo(el: Element, mode: ScrollMode, instant: boolean): boolean {
    const box = this.box;
    if (!box || !box.isConnected) return false;
    const view = box.clientHeight;
    const max = box.scrollHeight - view;
    if (view <= 0 || max <= 0) return false;
    const boxRect = box.getBoundingClientRect();
    const rect = el.getBoundingClientRect();
    const current = box.scrollTop;
    // Position of the element in the box's scrolled content, whatever its offsetParent.
    const top = rect.top - boxRect.top - box.clientTop + current;
    const bottom = top + rect.height;
    let target: number;
    if (mode === 'nearest') {
      if (top >= current && bottom <= current + view) return false;
      target = top < current ? top - 8 : bottom - view + 8;
    } else if (mode === 'center') {
      target = top - (view - rect.height) / 2;
    } else {
      // Following: leave the element alone while it sits inside the middle of the box, then
      // move it to a third from the top so the next cues are visible too.
      const margin = Math.min(view * 0.15, 48);
      if (top >= current + margin && bottom <= current + view - margin) return false;
      target = top - view / 3;
    }
    // Where content moves faster than the scroll position, scroll that much less.
    const gain = Math.max(1, this.options.gain?.() ?? 1);
    if (gain !== 1) target = current + (target - current) / gain;
    target = Math.round(Math.max(0, Math.min(max, target)));
    if (Math.abs(target - current) < 1) return false;
    const smooth = !instant && !prefersReducedMotion();
    this.own = { until: performance.now() + (smooth ? OWN_SCROLL_MS.smooth : OWN_SCROLL_MS.instant) };
    box.scrollTo({ top: target, behavior: smooth ? 'smooth' : 'instant' });
    return true;
  }

  /** Scrolls, then keeps `el` placed while the content around it is laid out. */
  private place(el: Element, mode: ScrollMode, instant: boolean): void {
    if (!this.scrollTo(el, mode, instant)) return;
    // Off-screen cues are laid out only when they come near (`content-visibility: auto`), so
    // the target was measured against estimated sizes: look again until nothing moves.
    this.settle = { el, mode, tries: 0, top: NaN, still: 0 };
    if (!this.own || this.own.until - performance.now() <= OWN_SCROLL_MS.instant) this.scheduleSettle();
  }

  private scheduleSettle(): void {
    cancelAnimationFrame(this.settleFrame);
    this.settleFrame = requestAnimationFrame(() => {
      this.settleFrame = 0;
      const settle = this.settle;
      if (!settle || !settle.el.isConnected || !this.box || (settle.mode === 'follow' && this.paused)) {
        this.settle = undefined;
        return;
      }
      const moved = this.scrollTo(settle.el, settle.mode, true);
      const top = settle.el.getBoundingClientRect().top - this.box.getBoundingClientRect().top;
      settle.still = !moved && Math.abs(top - settle.top) < 1 ? settle.still + 1 : 0;
      settle.top = top;
      if (settle.still >= STILL_FRAMES || ++settle.tries >= MAX_SETTLE_FRAMES) this.settle = undefined;
      else this.scheduleSettle();
    });
  }

  private listen(box: HTMLElement): void {
    if (typeof IntersectionObserver === 'function') {
      this.visibility = new IntersectionObserver((entries) => {
        const entry = entries[entries.length - 1];
        this.onScreen = entry.isIntersecting;
        if (this.onScreen && this.deferred) {
          const el = this.deferred;
          this.deferred = undefined;
          this.follow(el, true);
        }
      });
      this.visibility.observe(box);
    }
    box.addEventListener('scroll', this.onScroll, { passive: true });
    box.addEventListener('scrollend', this.onScrollEnd, { passive: true });
    box.addEventListener('wheel', this.onReader, { passive: true });
    box.addEventListener('touchmove', this.onReader, { passive: true });
    box.addEventListener('pointerdown', this.onPointerDown, { passive: true });
    box.addEventListener('keydown', this.onKeyDown);
    box.addEventListener('pointerenter', this.onPointerEnter);
    box.addEventListener('pointerleave', this.onPointerLeave);
  }

  private unlisten(box: HTMLElement): void {
    this.visibility?.disconnect();
    this.visibility = undefined;
    this.deferred = undefined;
    box.removeEventListener('scroll', this.onScroll);
    box.removeEventListener('scrollend', this.onScrollEnd);
    box.removeEventListener('wheel', this.onReader);
    box.removeEventListener('touchmove', this.onReader);
    box.removeEventListener('pointerdown', this.onPointerDown);
    box.removeEventListener('keydown', this.onKeyDown);
    box.removeEventListener('pointerenter', this.onPointerEnter);
    box.removeEventListener('pointerleave', this.onPointerLeave);
  }

  private onScroll = (): void => {
    // Ours until it ends (`scrollend`, or the time a scroll of its kind may take): a smooth
    // scroll sends many events, the last ones a fraction of a pixel from the target.
    if (this.own && performance.now() <= this.own.until) return;
    this.own = undefined;
    this.settle = undefined;
    this.pause('reader');
  };

  private onScrollEnd = (): void => {
    this.own = undefined;
    if (this.settle) this.scheduleSettle();
  };

  private onReader = (): void => {
    this.own = undefined;
    this.settle = undefined;
    this.pause('reader');
  };

  private onPointerDown = (event: PointerEvent): void => {
    // A press on the box itself, not on its content, is a press on its scrollbar.
    if (event.target === this.box) this.onReader();
  };

  private onKeyDown = (event: KeyboardEvent): void => {
    // Keys the content handled (moving between cues, typing) call preventDefault first.
    if (!event.defaultPrevented && SCROLL_KEYS.has(event.key)) this.onReader();
  };

  private onPointerEnter = (event: PointerEvent): void => {
    if (event.pointerType !== 'mouse') return;
    this.hovering = true;
  };

  private onPointerLeave = (event: PointerEvent): void => {
    if (event.pointerType !== 'mouse' || !this.hovering) return;
    this.hovering = false;
    if (!this.paused) this.options.onResume();
  };
}
