import type { Chapter } from '../media/chapters.js';

/** Detail of `news-player-chapterschange`. */
export interface NewsPlayerChaptersChangeDetail {
  /** The chapters now, sorted by start (empty when the clip has none). */
  chapters: readonly Chapter[];
}

/**
 * Fired by `<news-player>` when its chapters become known or change: read from its
 * `<track kind="chapters">` without loading video.js. Bubbles and crosses shadow roots.
 */
export class NewsPlayerChaptersChangeEvent extends CustomEvent<NewsPlayerChaptersChangeDetail> {
  constructor(detail: NewsPlayerChaptersChangeDetail) {
    super('news-player-chapterschange', { bubbles: true, composed: true, detail });
  }
}

declare global {
  interface HTMLElementEventMap {
    'news-player-chapterschange': NewsPlayerChaptersChangeEvent;
  }
  /** Also on `document` and `window`, where the event arrives by bubbling. */
  interface GlobalEventHandlersEventMap {
    'news-player-chapterschange': NewsPlayerChaptersChangeEvent;
  }
}
