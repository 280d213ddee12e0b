// The contract between `<news-player>` and its engine, the lazily loaded side that runs video.js.
// Types only: the element and the engine both import this module, and nothing else of each other.
//
// Commands go down as method calls on `Engine`; what happens comes up as `EngineNotification`s
// through the one `EngineDelegate` the element gives the engine when it creates it. The engine
// keeps no state of the element's (state, intent, error, ranges, chapters): it reports, the
// element decides (see src/state/player-machine.ts, the one writer of player state).
import type { ErrorCode } from '../media/errors.js';
import type { MediaSource } from '../media/sources.js';
import type { Player, VideoJs } from '../media/videojs-loader.js';
import type { Translation } from '../i18n/translation.js';
import type { Chapter } from '../media/chapters.js';
import type { CaptionTrack } from '../media/caption-tracks.js';
import type { VideojsStrings } from '../media/videojs-lang.js';
import type { MediaEventType } from '../events/media-events.js';

/** What the element asks of its engine, and reads back from it. */
export interface Engine {
  /** The video.js Player, for plugins (the element's public `player`); `undefined` for the early engine. */
  readonly player: Player | undefined;
  /** Playback position, in seconds. */
  readonly currentTime: number;
  /** The media's duration: NaN until known, Infinity for a live stream. */
  readonly duration: number;
  /** True unless the media is playing or about to. */
  readonly paused: boolean;
  /** Playback rate (1 is normal speed). */
  readonly playbackRate: number;
  /** Volume from 0 to 1. */
  readonly volume: number;
  /** True while muted. */
  readonly muted: boolean;
  /** Plays; settles as the media element's `play()` does (rejects with `NotAllowedError` when blocked). */
  play(): Promise<void>;
  /** Pauses. */
  pause(): void;
  /** Moves the playback position to `time` seconds. */
  seek(time: number): void;
  /**
   * Pauses playback when it reaches `time` seconds (once, reported as `stopped`), precisely: a
   * timer for the moment, time updates as the safety net. `undefined` cancels it.
   */
  stopAt(time: number | undefined): void;
  /**
   * Loads `sources`, the first one first; when one fails the next is tried (and played, when
   * playback was asked for), and when the last fails the failure is told apart and reported.
   * `duration` (seconds) is shown until the media's own is known.
   */
  load(sources: readonly MediaSource[], duration?: number): void;
  /** Sets the volume (0 to 1). */
  setVolume(volume: number): void;
  /** Mutes or unmutes. */
  setMuted(muted: boolean): void;
  /** Names the player (its accessible name); `relabel` re-reads the controls' words after a language change. */
  label(name: string, relabel?: boolean): void;
  /** Re-reads chapters and duration: progress-bar markers, the current chapter, the chapter menu. */
  refreshChapters(): void;
  /** Moves focus to the player (its controls). */
  focus(): void;
  /** Releases video.js and everything the engine added; no notification follows. */
  dispose(): void;
}

/**
 * The engine a click starts before video.js has arrived (./early-media.ts): a bare media element
 * in the stage, playing the first playable source, which video.js then adopts.
 */
export interface EarlyEngine extends Engine {
  readonly player: undefined;
  /**
   * Resolves once video.js may take the element over: its metadata is in, and playback started
   * (or no playback is asked for), and no failure is being told apart.
   */
  whenSettled(): Promise<void>;
  /** What video.js needs to adopt the element (the early engine keeps reporting until `done`). */
  handOver(): Adoption;
}

/** A playing (or loaded) media element handed to video.js, with where the early engine stood. */
export interface Adoption {
  /** The media element, in its `data-vjs-player` box in the stage. */
  media: HTMLVideoElement;
  /** The index of the source it plays among the element's sources. */
  index: number;
  /** The pending stop time (see {@link Engine.stopAt}). */
  stopAt: number | undefined;
  /** Playback was asked for and not paused since. */
  wantsPlay: boolean;
  /** The media has played. */
  started: boolean;
  /** video.js reports from now on: the early engine stops, its overlay goes; true when it had focus. */
  done(): boolean;
}

/** What the engine reports, in the order it happens. */
export type EngineNotification =
  /** video.js created its player; the first source is not loading yet (the moment for plugins). */
  | { type: 'created'; player: Player }
  /** A media event to re-dispatch from the element under its native name (before its meaning below). */
  | { type: 'media'; event: MediaEventType }
  /** Metadata arrived: duration and dimensions are known; the element applies its start position. */
  | { type: 'metadata' }
  /** Playback was asked for (the media's `play`). */
  | { type: 'play' }
  /** The media plays. */
  | { type: 'playing' }
  /** Playback paused (not a source switch, an error or the end); `hasStarted`: it had played before. */
  | { type: 'pause'; hasStarted: boolean }
  /** Playback stalls, waiting for data. */
  | { type: 'waiting' }
  /** Played to the end. */
  | { type: 'ended' }
  /** Loading made progress (data, metadata, a seek done, time moving). */
  | { type: 'progress' }
  /** The playback position moved. */
  | { type: 'time'; time: number; duration: number }
  /** The media's duration changed (Infinity: a live stream). */
  | { type: 'duration'; duration: number }
  /** A seek finished at `time`. */
  | { type: 'seeked'; time: number }
  /** Playback paused itself at the `stopAt` time. */
  | { type: 'stopped' }
  /** The playback rate changed. */
  | { type: 'rate' }
  /** The captions/subtitles tracks, or the one showing, changed (a stream's renditions included). */
  | { type: 'captions'; tracks: CaptionTrack[] }
  /** Words for the reader's status region, already in their language (what a shortcut did: "Volume 60%"). */
  | { type: 'announce'; text: string }
  /** Every source failed; `code` says why (the failure probed and told apart). */
  | { type: 'failed'; code: ErrorCode; mediaErrorCode?: number };

/** The one way up: the engine calls `notify` for everything that happens. */
export interface EngineDelegate {
  notify(notification: EngineNotification): void;
}

/**
 * The element as the engine reads it: its public API only (the attributes and properties a page
 * sets too), read when the engine is created and when its controls draw.
 */
export interface EngineElement extends HTMLElement {
  /** The story's title (Media Session's title). */
  readonly headline: string;
  /** `off`: the player never floats when it scrolls out of view (any other value: it may). */
  readonly miniPlayer?: string;
  readonly poster?: string;
  readonly crossOrigin?: string;
  readonly playsInline: boolean;
  readonly preload: '' | 'none' | 'metadata' | 'auto';
  readonly loop: boolean;
  readonly muted: boolean;
  readonly volume: number;
  readonly audio: boolean;
  readonly sources: readonly MediaSource[];
  /** The `duration` attribute: the length shown until the media's own is known. */
  readonly durationHint?: string;
  readonly chapters: readonly Chapter[];
  readonly duration: number;
  readonly captions?: 'on' | 'off';
  /** The page's video.js options, merged over ours (our layout and words win). */
  readonly options?: Record<string, unknown> | null;
  /** The range played: playback stops at its end (see {@link Engine.stopAt}). */
  readonly range?: { start: number; end: number };
  copyLink(): Promise<unknown>;
}

/** Everything the engine is created with. */
export interface EngineSetup {
  /** The `videojs` function to create the player with. */
  videojs: VideoJs;
  /** video.js's stylesheet, adopted by `root`. */
  sheet: CSSStyleSheet;
  /** video.js's own words for the reader's language, when there is a pack. */
  words?: { code: string; strings: VideojsStrings };
  /** The element: its settings, sources, tracks and what its controls show. */
  element: EngineElement;
  /** The element's shadow root. */
  root: ShadowRoot;
  /** Where the player's element goes, inside `root`. */
  stage: HTMLElement;
  /** The player's accessible name. */
  label: string;
  /** The reader's language (BCP 47) and its translation, for the controls' words. */
  i18n(): { lang: string; t: Translation };
  /** Where notifications go. */
  delegate: EngineDelegate;
  /** A media element already playing in `stage` (the early engine's), for video.js to adopt rather than load. */
  adopt?: Adoption;
}

/** The engine module's factory: creates the player and starts loading the element's sources. */
export type CreateEngine = (setup: EngineSetup) => Engine;

/** What the lazily loaded engine module exports. */
export interface EngineModule {
  createEngine: CreateEngine;
  /** video.js's language pack for `lang`, fetched (with its chunk) when there is one. */
  videojsLanguage(lang: string, t: Translation): Promise<{ code: string; strings: VideojsStrings } | undefined>;
}
