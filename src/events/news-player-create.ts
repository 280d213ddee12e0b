import type { Player } from '../media/videojs-loader.js';

/** Detail of `news-player-create`. */
export interface NewsPlayerCreateDetail {
  /** The video.js Player just created (also `el.player` from now on). */
  player: Player;
}

/**
 * Fired by `<news-player>` when video.js has created its player, before the player loads its
 * source: the moment for video.js plugins, ads and analytics SDKs (`e.detail.player.myPlugin()`).
 * Fired again if the player is created anew (after Retry, or removal and return). Bubbles and
 * crosses shadow roots.
 */
export class NewsPlayerCreateEvent extends CustomEvent<NewsPlayerCreateDetail> {
  constructor(detail: NewsPlayerCreateDetail) {
    super('news-player-create', { bubbles: true, composed: true, detail });
  }
}

declare global {
  interface HTMLElementEventMap {
    'news-player-create': NewsPlayerCreateEvent;
  }
  /** Also on `document` and `window`, where the event arrives by bubbling. */
  interface GlobalEventHandlersEventMap {
    'news-player-create': NewsPlayerCreateEvent;
  }
}
