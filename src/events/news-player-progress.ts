/** Detail of `news-player-progress`: the quartile of the clip just reached. */
export interface NewsPlayerProgressDetail {
  percent: 25 | 50 | 75 | 100;
}

/** Fired once per playthrough at 25, 50, 75 and 100 percent, for analytics. */
export class NewsPlayerProgressEvent extends CustomEvent<NewsPlayerProgressDetail> {
  constructor(detail: NewsPlayerProgressDetail) {
    super('news-player-progress', { bubbles: true, composed: true, detail });
  }
}

declare global {
  interface HTMLElementEventMap {
    'news-player-progress': NewsPlayerProgressEvent;
  }
  /** Also on `document` and `window`, where the event arrives by bubbling. */
  interface GlobalEventHandlersEventMap {
    'news-player-progress': NewsPlayerProgressEvent;
  }
}
