/**
 * Where the cues of a `<news-transcript>` came from: its `src`, its server-rendered children, a
 * `<track>` of its player, or a subtitle rendition of the player's stream (HLS/DASH manifest).
 */
export type TranscriptSource = 'src' | 'inline' | 'track' | 'stream';

/** Detail of `news-transcript-load`. */
export interface NewsTranscriptLoadDetail {
  /** Which source gave the cues. */
  source: TranscriptSource;
  /** How many cues are shown. */
  count: number;
}

/** Fired by `<news-transcript>` each time a new set of cues has been rendered. */
export class NewsTranscriptLoadEvent extends CustomEvent<NewsTranscriptLoadDetail> {
  constructor(detail: NewsTranscriptLoadDetail) {
    super('news-transcript-load', { bubbles: true, composed: true, detail });
  }
}

declare global {
  interface HTMLElementEventMap {
    'news-transcript-load': NewsTranscriptLoadEvent;
  }
  /** Also on `document` and `window`, where the event arrives by bubbling. */
  interface GlobalEventHandlersEventMap {
    'news-transcript-load': NewsTranscriptLoadEvent;
  }
}
