import type { PlayerState } from '../media/state.js';

/** Detail of `news-player-statechange`. */
export interface NewsPlayerStateChangeDetail {
  /** The state just entered. */
  state: PlayerState;
  /** The state left. */
  previous: PlayerState;
}

/** Fired by `<news-player>` each time its `state` changes. Bubbles and crosses shadow roots. */
export class NewsPlayerStateChangeEvent extends CustomEvent<NewsPlayerStateChangeDetail> {
  constructor(detail: NewsPlayerStateChangeDetail) {
    super('news-player-statechange', { bubbles: true, composed: true, detail });
  }
}

declare global {
  interface HTMLElementEventMap {
    'news-player-statechange': NewsPlayerStateChangeEvent;
  }
  /** Also on `document` and `window`, where the event arrives by bubbling. */
  interface GlobalEventHandlersEventMap {
    'news-player-statechange': NewsPlayerStateChangeEvent;
  }
}
