/** A stretch of a clip, in seconds. */
export interface TimeRange {
  /** Start, in seconds. */
  start: number;
  /** End, in seconds (after `start`). */
  end: number;
}

/** Detail of `news-player-rangechange`. */
export interface NewsPlayerRangeChangeDetail {
  /** The range the player plays and pauses at the end of; `null` once there is none. */
  range: TimeRange | null;
}

/**
 * Fired by `<news-player>` when its `range` changes: a deep link such as `#t=83,95` or a
 * `<news-timestamp time end>` set one, or it ended (the reader played on or seeked out of it).
 * A `<news-transcript>` following the player highlights the cues that overlap the range.
 * Bubbles and crosses shadow roots.
 */
export class NewsPlayerRangeChangeEvent extends CustomEvent<NewsPlayerRangeChangeDetail> {
  constructor(detail: NewsPlayerRangeChangeDetail) {
    super('news-player-rangechange', { bubbles: true, composed: true, detail });
  }
}

declare global {
  interface HTMLElementEventMap {
    'news-player-rangechange': NewsPlayerRangeChangeEvent;
  }
  /** Also on `document` and `window`, where the event arrives by bubbling. */
  interface GlobalEventHandlersEventMap {
    'news-player-rangechange': NewsPlayerRangeChangeEvent;
  }
}
