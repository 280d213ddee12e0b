import type { Cue } from '../media/cues/types.js';

/** Detail of `news-transcript-seek`. */
export interface NewsTranscriptSeekDetail {
  /** The cue the reader activated. */
  cue: Cue;
  /** Where the player is asked to go: the cue's start, in seconds. */
  time: number;
}

/**
 * Fired by `<news-transcript>` when the reader activates a cue, before it seeks its player.
 * Cancelable: `preventDefault()` keeps the player where it is (the page handles the request).
 */
export class NewsTranscriptSeekEvent extends CustomEvent<NewsTranscriptSeekDetail> {
  constructor(detail: NewsTranscriptSeekDetail) {
    super('news-transcript-seek', { bubbles: true, composed: true, cancelable: true, detail });
  }
}

declare global {
  interface HTMLElementEventMap {
    'news-transcript-seek': NewsTranscriptSeekEvent;
  }
  /** Also on `document` and `window`, where the event arrives by bubbling. */
  interface GlobalEventHandlersEventMap {
    'news-transcript-seek': NewsTranscriptSeekEvent;
  }
}
