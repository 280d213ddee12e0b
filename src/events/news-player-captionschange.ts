import type { CaptionTrack } from '../media/caption-tracks.js';

/** Detail of `news-player-captionschange`. */
export interface NewsPlayerCaptionsChangeDetail {
  /** The captions and subtitles tracks now (see `NewsPlayer.captionTracks`). */
  tracks: readonly CaptionTrack[];
  /** The track the player shows now, `undefined` while captions are off. */
  showing: CaptionTrack | undefined;
}

/**
 * Fired by `<news-player>` when its captions/subtitles tracks change: its `<track>` children
 * changed, video.js loaded them or found a stream's subtitle renditions, or the reader turned
 * captions on, off or to another language. Bubbles and crosses shadow roots.
 */
export class NewsPlayerCaptionsChangeEvent extends CustomEvent<NewsPlayerCaptionsChangeDetail> {
  constructor(detail: NewsPlayerCaptionsChangeDetail) {
    super('news-player-captionschange', { bubbles: true, composed: true, detail });
  }
}

declare global {
  interface HTMLElementEventMap {
    'news-player-captionschange': NewsPlayerCaptionsChangeEvent;
  }
  /** Also on `document` and `window`, where the event arrives by bubbling. */
  interface GlobalEventHandlersEventMap {
    'news-player-captionschange': NewsPlayerCaptionsChangeEvent;
  }
}
