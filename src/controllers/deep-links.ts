import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Engine, EngineNotification } from '../engine/contract.js';
import { NewsPlayerRangeChangeEvent, type TimeRange } from '../events/news-player-rangechange.js';
import { deepLinkUrl, readDeepLink, type DeepLink } from '../media/deep-link.js';
import type { OneAtATimeController } from './one-at-a-time.js';

/** What deep links and ranges need of a player. */
export interface DeepLinkHost extends ReactiveControllerHost, HTMLElement {
  /** Set to start (or move) the player at a link's time. */
  currentTime: number;
  /** A live stream's links have no time. */
  readonly live: boolean;
}

/**
 * Deep links and ranges of a player: the page URL's `#t=…` (read on the first connect and on
 * every `hashchange`) starts the player it names, or the page's first; links to a moment are
 * written in the same forms; and the range `{ start, end }` (from `#t=83,95` or a timestamp with
 * an `end`) stops playback at its end (the engine pauses there), until the reader plays on past
 * it or seeks out of it.
 */
export class DeepLinkController implements ReactiveController {
  private read = false;
  private current: TimeRange | undefined;
  /** Playback stopped at the range's end. */
  private reached = false;

  constructor(
    private readonly host: DeepLinkHost,
    private readonly page: OneAtATimeController,
    private readonly engine: () => Engine | undefined,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    if (!this.read) {
      this.read = true;
      this.apply(readDeepLink(window.location));
    }
    window.addEventListener('hashchange', this.onHashChange);
  }

  hostDisconnected(): void {
    window.removeEventListener('hashchange', this.onHashChange);
  }

  /** The `id` deep links must name the player by, `undefined` when the unnamed form reaches it. */
  linkId(): string | undefined {
    return this.host.id && !this.page.first ? this.host.id : undefined;
  }

  /** The page URL opening the player at `time`, or playing `time` to `end`; no time for live streams. */
  linkAt(time: number, end?: number): string {
    const page = new URL(window.location.href);
    if (this.host.live) {
      page.hash = '';
      return page.href;
    }
    return deepLinkUrl(page.href, Math.max(0, time), { id: this.linkId(), end });
  }

  /** The range played, `undefined` when none. */
  get range(): TimeRange | undefined {
    return this.current ? { ...this.current } : undefined;
  }

  /**
   * Sets (or with `undefined`, clears) the range; a change fires `news-player-rangechange`. Playback
   * stops at its end (the engine's `stopAt`), also when the same range is set again.
   */
  set range(value: TimeRange | undefined) {
    const next =
      value && Number.isFinite(value.start) && Number.isFinite(value.end) && value.end > value.start && value.start >= 0
        ? { start: value.start, end: value.end }
        : undefined;
    const old = this.current;
    this.reached = false;
    this.engine()?.stopAt(next?.end);
    if (old?.start === next?.start && old?.end === next?.end) return;
    this.current = next;
    this.host.dispatchEvent(new NewsPlayerRangeChangeEvent({ range: next ? { ...next } : null }));
  }

  /** Keeps the range as the engine reports playback: done once played past, gone once left. */
  notify(n: EngineNotification): void {
    const range = this.current;
    if (!range) return;
    // Out of the range by more than a second (a seek, or a time update on the way to one).
    const left = (time: number) => time < range.start - 1 || time > range.end + 1;
    if (n.type === 'stopped') this.reached = true;
    // Play after the range's end means "go on": the range is done.
    else if (n.type === 'play' && this.reached) this.range = undefined;
    else if (n.type === 'seeked' && left(n.time)) this.range = undefined;
    else if (n.type === 'time' && !this.reached && !this.engine()?.paused && left(n.time)) this.range = undefined;
  }

  /** Starts (or, loaded, moves) the player at a deep link meant for it: named, or it is the first. */
  private apply(link: DeepLink | undefined): void {
    if (!link || (link.id ? link.id !== this.host.id : !this.page.first)) return;
    this.range = link.end !== undefined ? { start: link.start, end: link.end } : undefined;
    this.host.currentTime = link.start;
  }

  private onHashChange = (): void => {
    this.apply(readDeepLink(window.location));
  };
}
