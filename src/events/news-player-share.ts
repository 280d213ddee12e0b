/** Detail of `news-player-share`. */
export interface NewsPlayerShareDetail {
  /** The link to the moment: the page URL with `#t=<seconds>` (or `#t=<player id>:<seconds>`). */
  url: string;
  /** The moment, in whole seconds. */
  time: number;
}

/**
 * Fired by `<news-player>` when the reader asks for a link to the current moment, before it is
 * copied. Cancelable: `preventDefault()` leaves the clipboard alone (the page shares the link its
 * own way, for example with `navigator.share`). Bubbles and crosses shadow roots.
 */
export class NewsPlayerShareEvent extends CustomEvent<NewsPlayerShareDetail> {
  constructor(detail: NewsPlayerShareDetail) {
    super('news-player-share', { bubbles: true, composed: true, cancelable: true, detail });
  }
}

declare global {
  interface HTMLElementEventMap {
    'news-player-share': NewsPlayerShareEvent;
  }
  /** Also on `document` and `window`, where the event arrives by bubbling. */
  interface GlobalEventHandlersEventMap {
    'news-player-share': NewsPlayerShareEvent;
  }
}
