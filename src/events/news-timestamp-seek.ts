import type { NewsPlayer } from '../components/news-player/news-player.component.js';

/** Detail of `news-timestamp-seek`. */
export interface NewsTimestampSeekDetail {
  /** The player asked to seek. */
  player: NewsPlayer;
  /** Where it is asked to go, in seconds. */
  time: number;
  /** End of the range to play, in seconds, when the timestamp has an `end`. */
  end?: number;
}

/**
 * Fired by `<news-timestamp>` when the reader activates it, before it seeks its player and plays.
 * Cancelable: `preventDefault()` keeps the player where it is. Bubbles and crosses shadow roots.
 */
export class NewsTimestampSeekEvent extends CustomEvent<NewsTimestampSeekDetail> {
  constructor(detail: NewsTimestampSeekDetail) {
    super('news-timestamp-seek', { bubbles: true, composed: true, cancelable: true, detail });
  }
}

declare global {
  interface HTMLElementEventMap {
    'news-timestamp-seek': NewsTimestampSeekEvent;
  }
  /** Also on `document` and `window`, where the event arrives by bubbling. */
  interface GlobalEventHandlersEventMap {
    'news-timestamp-seek': NewsTimestampSeekEvent;
  }
}
