import type { NewsPlayerErrorInfo } from '../media/errors.js';

/** Fired by `<news-player>` when it becomes `unavailable`; `detail` equals `player.error`. */
export class NewsPlayerErrorEvent extends CustomEvent<NewsPlayerErrorInfo> {
  constructor(detail: NewsPlayerErrorInfo) {
    super('news-player-error', { bubbles: true, composed: true, detail });
  }
}

declare global {
  interface HTMLElementEventMap {
    'news-player-error': NewsPlayerErrorEvent;
  }
  /** Also on `document` and `window`, where the event arrives by bubbling. */
  interface GlobalEventHandlersEventMap {
    'news-player-error': NewsPlayerErrorEvent;
  }
}
