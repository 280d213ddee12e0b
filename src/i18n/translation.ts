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

  /** Accessible name of the transcript region; names the story when the player has a headline. */
  transcript: (headline: string) => string;
  /** Accessible name of the transcript's search box. */
  transcriptSearch: string;
  /** Placeholder of the transcript's search box. */
  transcriptSearchPlaceholder: string;
  /** Match count of a search, e.g. "3 of 12"; `total` 0 means nothing matched. */
  transcriptMatches: (current: number, total: number) => string;
  /** Button that moves to the previous search match. */
  transcriptPreviousMatch: string;
  /** Button that moves to the next search match. */
  transcriptNextMatch: string;
  /** Button that resumes auto-scroll and scrolls back to the cue being spoken. */
  transcriptBackToCurrent: string;
  /** Link that downloads the transcript as plain text. */
  transcriptDownload: string;
  /** Link that downloads the captions as the file gave them, as WebVTT (rolling captions before they were merged). */
  transcriptDownloadCaptions: string;
  /** Shown while the transcript file loads. */
  transcriptLoading: string;
  /** Title of a transcript that cannot be shown. */
  transcriptUnavailable: string;
  /** Reason line: the transcript file could not be fetched (HTTP error, network); a Retry button follows. */
  transcriptLoadFailed: string;
  /** Reason line, for readers: the transcript file was fetched but is not WebVTT, SubRip or JSON cues. */
  transcriptMalformed: string;
  /** Reason line: there is no transcript at all (no `src`, no timed children, no captions track). */
  transcriptNone: string;

  /** Accessible name of a `<news-timestamp>`, e.g. "Play from 1:23". */
  playFrom: (time: string) => string;
  /** Poster card note when a link or timestamp starts playback later, e.g. "Starts at 1:23". */
  startsAt: (time: string) => string;
  /** Poster card badge and label of a live stream. */
  live: string;
  /** Control bar button that copies a link to the current moment. */
  copyLink: string;
  /** Announced once the link is on the clipboard. */
  linkCopied: string;
  /** Announced when neither the clipboard nor the fallback could copy the link. */
  linkCopyFailed: string;
  /** Accessible text of the current chapter shown beside the time, e.g. "Chapter: Opening". */
  currentChapter: (title: string) => string;
  /**
   * Spoken position of the progress bar: `current` of `duration`, both already spoken
   * ("1 minute 23 seconds of 2 minutes 44 seconds").
   */
  timeOf: (current: string, duration: string) => string;
  /** Description of the transcript cues inside a linked range (`#t=83,95`, a timestamp with `end`). */
  transcriptInRange: string;
  /** Reason line: the transcript file made no progress for `timeout` seconds (a Retry button follows). */
  transcriptTimedOut: string;
  /** Reason line: the transcript's `src` (or the captions track's) is not a usable address. */
  transcriptBadAddress: string;
  /** Search count when the search stopped at `cap` matches: the current one of "at least `cap`" ("1 of 1000+"). */
  transcriptManyMatches: (current: number, cap: number) => string;
  /** Search count when the query is longer than `max` characters (nothing is searched). */
  transcriptQueryTooLong: (max: number) => string;
  /** Note above a very long transcript, of which only the lines near the view are on the page. */
  transcriptLong: string;
  /** Accessible name of the transcript's language choice (shown when the player has several captions tracks). */
  transcriptLanguage: string;
  /** Message of a transcript whose cues come with the stream (subtitles in an HLS/DASH manifest), before it loads. */
  transcriptWhenLoaded: string;
  /** Button under {@link transcriptWhenLoaded}: loads the player (without playing) so the transcript can be read. */
  transcriptLoadVideo: string;
  /**
   * Said in the transcript when the reader presses a cue while the player is `unavailable`; the
   * player's reason line follows it.
   */
  transcriptCannotPlay: string;

  // Settings menu and layout (issue 13)
  /** Accessible name of the control bar's settings menu button (the gear). */
  controlsSettings: string;
  /** Settings menu entry and submenu title: playback speed. */
  controlsSpeed: string;
  /** The speed 1 in the speed submenu ("Normal"). */
  controlsNormalSpeed: string;
  /** Settings menu entry and submenu title: video quality of a stream. */
  controlsQuality: string;
  /** The automatic quality choice, first in the quality submenu. */
  controlsAuto: string;
  /** Settings menu entry and submenu title: captions and subtitles. */
  controlsCaptions: string;
  /** Captions submenu choice that turns captions off. */
  controlsCaptionsNone: string;
  /** Settings menu choice: captions in a band under the picture rather than over it. */
  controlsCaptionsBelow: string;
  /** Settings menu entry and submenu title: chapters. */
  controlsChapters: string;
  /** First item of a settings submenu: back to the settings menu. */
  controlsMenuBack: string;

  /**
   * Spoken length for browsers whose `Intl` has no data for this language (used only then),
   * e.g. Hausa "minti 1 da daƙiƙa 23".
   */
  $spokenTime?: (hours: number, minutes: number, seconds: number) => string;
  /**
   * Words for video.js's own controls, keyed by video.js's English strings, where video.js ships
   * no language pack for this language or its pack lacks some. The pack wins where both have one.
   */
  $videojs?: Readonly<Record<string, string>>;

  // Mini-player (issue 13)
  /** The mini-player's close button: the floating frame goes back in place and playback pauses. */
  controlsMiniClose: string;
  /** The mini-player's button that scrolls the article back to the player. */
  controlsMiniBack: string;
  /** Said politely (once per page) when a playing video first floats in the corner. */
  controlsMiniAnnounce: string;
  // Keyboard shortcuts, help, replay (issue 13)
  /** Title and accessible name of the keyboard shortcuts dialog (`?`), and its own row. */
  controlsShortcuts: string;
  /** The Space bar's name on a key cap. */
  controlsKeySpace: string;
  /** The Home key's name on a key cap. */
  controlsKeyHome: string;
  /** The End key's name on a key cap. */
  controlsKeyEnd: string;
  /** Shortcuts row: play or pause. */
  controlsKeyPlay: string;
  /** Shortcuts row: back or forward by `time` ("5 seconds", spoken words). */
  controlsKeySeek: (time: string) => string;
  /** Shortcuts row: volume up or down. */
  controlsKeyVolume: string;
  /** Shortcuts row: to the start or the end. */
  controlsKeyStartEnd: string;
  /** Shortcuts row: the digits go to 0 % to 90 % of the video. */
  controlsKeyPercent: string;
  /** Shortcuts row: slower or faster. */
  controlsKeySpeed: string;
  /** Shortcuts row: mute or unmute. */
  controlsKeyMute: string;
  /** Shortcuts row: captions on or off. */
  controlsKeyCaptions: string;
  /** Shortcuts row: full screen on or off. */
  controlsKeyFullscreen: string;
  /** Said after a shortcut moved forward by `time` (spoken words: "10 seconds"). */
  controlsForward: (time: string) => string;
  /** Said after a shortcut moved back by `time`. */
  controlsBack: (time: string) => string;
  /** Said after a shortcut jumped to `time` (spoken words). */
  controlsPosition: (time: string) => string;
  /** Said after a volume shortcut; `percent` is formatted ("60%"). */
  controlsVolume: (percent: string) => string;
  /** Said after muting. */
  controlsMuted: string;
  /** Said after unmuting. */
  controlsUnmuted: string;
  /** Said after a speed shortcut; `rate` is formatted ("1.5×"). */
  controlsSpeedIs: (rate: string) => string;
  /** Said after captions were turned on. */
  controlsCaptionsOn: string;
  /** Said after captions were turned off. */
  controlsCaptionsOff: string;
  /** Said when the captions shortcut finds no captions. */
  controlsNoCaptions: string;
  /** Name of the big button once the clip has ended: plays it again from the start. */
  controlsReplay: string;
}

/**
 * The keys of the loaded player's own controls (settings, speed, shortcuts, mini-player, and the
 * control bar's copy link, current chapter and spoken time, named before this split): English
 * ones arrive with the engine's lazy chunk (see `en-controls.ts`), none weigh on the poster card.
 */
export type ControlsKey = Extract<keyof Translation, `controls${string}` | 'copyLink' | 'currentChapter' | 'timeOf'>;

/** The keys of what `copyLink()` says: English ones arrive with the copying code (`media/share.ts`, see `en-share.ts`). */
export type ShareKey = 'linkCopied' | 'linkCopyFailed';

/** The keys of the transcript's words: English ones arrive with the transcript (see `en-core.ts`). */
export type TranscriptKey = Extract<keyof Translation, 'transcript' | `transcript${string}`>;
