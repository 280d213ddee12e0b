import type { ErrorCode } from '../media/errors.js';

/**
 * Every reader-facing string of news-player. Keys are stable camelCase; strings with values are
 * functions so each language can order the words its own way.
 */
export interface Translation {
  /** BCP 47 code of this translation, lowercase (`en`, `zh-hans`). */
  $code: string;
  /** English name of the language, for language pickers. */
  $name: string;
  /** Writing direction. */
  $dir: 'ltr' | 'rtl';

  /** Accessible name of the poster card's play button. */
  playMedia: (headline: string) => string;
  /** Accessible name of the player region when there is no headline. */
  videoPlayer: string;
  /** Accessible name of the audio player region when there is no headline. */
  audioPlayer: string;
  /** Duration badge's accessible text, e.g. "Duration 2:44". */
  durationLabel: (time: string) => string;
  /** Shown and announced while loading. */
  pleaseWait: string;
  /** Title of the unavailable state. */
  unavailable: string;
  /** Reason line under the unavailable title, one per error code. */
  reason: Record<ErrorCode, string>;
  /** Retry button. */
  retry: string;
  /** Announced when playback starts. */
  playing: string;
  /** Announced when playback pauses. */
  paused: string;
  /** Announced when the clip ends. */
  ended: string;
  /** Shown over the frame while buffering. */
  buffering: string;
}
