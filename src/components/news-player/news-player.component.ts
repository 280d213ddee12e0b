import { html, nothing, type PropertyValues } from 'lit';
import { property, query } from 'lit/decorators.js';
import { NewsElement } from '../../internal/news-element.js';
import { LocalizeController } from '../../i18n/localize.js';
import { NewsPlayerStateChangeEvent } from '../../events/news-player-statechange.js';
import { NewsPlayerErrorEvent } from '../../events/news-player-error.js';
import { NewsPlayerProgressEvent } from '../../events/news-player-progress.js';
import { NewsPlayerChaptersChangeEvent } from '../../events/news-player-chapterschange.js';
import { NewsPlayerRangeChangeEvent, type TimeRange } from '../../events/news-player-rangechange.js';
import { NewsPlayerShareEvent } from '../../events/news-player-share.js';
import type { Translation } from '../../i18n/translation.js';
import { chapterAt, fetchChapters, sameChapters, type Chapter } from '../../media/chapters.js';
import type * as Engine from './news-player.engine.js';
import { deepLinkUrl, readDeepLink, type DeepLink } from '../../media/deep-link.js';
import type { NewsControls } from '../../media/vjs-components.js';
import type { PlayerState } from '../../media/state.js';
import { ERROR_MESSAGES, RETRYABLE, type ErrorCode, type NewsPlayerErrorInfo } from '../../media/errors.js';
import { parseTime } from '../../media/time.js';
import { guessType, isAudioSource, readSources, type MediaSource } from '../../media/sources.js';
import {
  isStreaming,
  loadVideojs,
  loadVideojsStyles,
  type Player,
} from '../../media/videojs-loader.js';
import styles from './news-player.styles.js';

/** Media events re-dispatched from the host with their native names. */
export const MEDIA_EVENTS = [
  'loadstart',
  'loadedmetadata',
  'loadeddata',
  'canplay',
  'play',
  'pause',
  'playing',
  'waiting',
  'seeking',
  'seeked',
  'timeupdate',
  'durationchange',
  'ended',
  'volumechange',
  'ratechange',
  'error',
] as const;

/** Every connected player, for "one at a time". */
const connected = new Set<NewsPlayer>();

type Intent = 'none' | 'load' | 'play';
type LoadStrategy = 'interaction' | 'visible' | 'eager';
/** What the control bar's time display shows. */
export type TimeFormat = 'both' | 'elapsed' | 'remaining';

/** `el` and the shadow hosts above it, outermost first. */
function hostChain(el: Element): Element[] {
  const chain = [el];
  for (let root = el.getRootNode(); root instanceof ShadowRoot; root = root.host.getRootNode()) chain.unshift(root.host);
  return chain;
}

/** Negative when `a` comes before `b` in the page, reading shadow trees where their hosts are. */
function pageOrder(a: Element, b: Element): number {
  const ca = hostChain(a);
  const cb = hostChain(b);
  let i = 0;
  while (i < ca.length && i < cb.length && ca[i] === cb[i]) i++;
  if (i === ca.length || i === cb.length) return ca.length - cb.length; // a host comes before its shadow tree
  return ca[i].compareDocumentPosition(cb[i]) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
}

/** True for a mutation that only adds or removes the player's own JSON-LD script. */
const ownScriptOnly = (record: MutationRecord): boolean =>
  [...record.addedNodes, ...record.removedNodes].every(
    (n) => n instanceof HTMLScriptElement && n.hasAttribute('data-news-player'),
  );

/** True when a source needs video.js's streaming engine (HLS/DASH). */
const anyStreaming = (sources: MediaSource[]): boolean => sources.some((s) => isStreaming(s.src, s.type));

/**
 * What a player needs from the network once the reader asks for it (each fetched once per page):
 * video.js (the full build when `streaming`), its styles, our controls and the engine that runs
 * video.js for the element.
 */
function loadPlayerChunks(streaming: boolean) {
  return {
    videojs: loadVideojs(streaming),
    sheet: loadVideojsStyles(),
    controls: import('../../media/vjs-components.js'),
    engine: import('./news-player.engine.js'),
  };
}

/** Origins already given a `<link rel="preconnect">`, once per page. */
const preconnected = new Set<string>();

/** Opens a connection to the server of `src` ahead of the request, when it is another origin. */
function preconnect(src: string | undefined, crossOrigin: string | undefined): void {
  if (!src) return;
  let origin: string;
  try {
    origin = new URL(src, document.baseURI).origin;
  } catch {
    return;
  }
  // A CORS request (`crossorigin`) uses a different connection pool than a plain media request.
  const key = `${origin} ${crossOrigin ?? ''}`;
  if (origin === 'null' || origin === location.origin || preconnected.has(key)) return;
  preconnected.add(key);
  const link = document.createElement('link');
  link.rel = 'preconnect';
  link.href = origin;
  if (crossOrigin != null) link.crossOrigin = crossOrigin;
  document.head.append(link);
}

interface PendingPlay {
  resolve: () => void;
  reject: (reason: unknown) => void;
}

const PLAY_ICON = html`<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="M6 4l15 8-15 8z" /></svg>`;

/**
 * A media player for news articles: a light poster card until the reader asks to play, then
 * video.js inside the shadow root, with every state (including "No media source currently
 * available") designed and announced.
 *
 * @summary News article video/audio player wrapping video.js.
 *
 * Deep links: the page URL can start a player at a moment. `#t=83`, `#t=1:23`, `#t=1m23s`,
 * `?t=83` and `?t=1m23s` start the page's first player (on a one-player page, the player);
 * `#t=<id>:83` names a player by its `id` on a page with several; `#t=83,95` plays that range and
 * pauses at its end. The poster card then says "Starts at 1:23", and later `hashchange`s seek.
 * Fragments without `t=` are left alone. The control bar offers "Copy link at current time".
 *
 * Chapters come from a child `<track kind="chapters">`, read without loading video.js
 * (`chapters`, `news-player-chapterschange`); once loaded they mark the progress bar, name the
 * current chapter beside the time and fill video.js's chapter menu.
 *
 * Languages: the words come from the closest `lang` (falling back `zh-Hant-TW` → `zh-hant` →
 * `zh` → `en`) and follow it at runtime. English is built in; the 17 other languages shipped
 * (ar, de, es, fa, fr, ha, hi, id, it, pt, ru, sw, tr, uk, ur, zh-Hans, zh-Hant) are fetched the
 * first time an element needs one, and video.js's own language pack with the player. Times and
 * counts use the language's digits through `Intl` (CLDR): Persian digits for `fa`, Arabic-Indic
 * for `ar-EG`, Latin for `ar` (as BBC News Arabic writes them; `ar-u-nu-arab` asks for
 * Arabic-Indic). video.js's clock in the control bar stays in Latin digits (its formatter is one
 * per page, not per player); the progress bar's spoken value is in words and in the language.
 *
 * Right to left: with `dir="rtl"` (or a right-to-left language), the poster card, the messages,
 * the menus and the captions settings mirror. The control bar does not: play stays at the left,
 * the progress bar fills from the left and the right arrow key goes forward, as in YouTube, in
 * video.js (whose bar is `dir="ltr"` on purpose), in the BBC's players, and as Apple's and
 * Microsoft's guidelines say of playback controls (time in media runs left to right). The words
 * inside the bar (chapter title, menus, tooltips) still read right to left.
 *
 * Captions: `captions="on"` shows captions from the start (the track in the reader's language,
 * else the `default` one, else the first), `captions="off"` hides them; the reader's own choice in
 * the captions menu is remembered in `localStorage` (`news-player:captions`) and wins over both.
 *
 * Loading: with `load="interaction"` (the default) nothing of video.js is fetched until the reader
 * points at or focuses the poster card, which prefetches video.js, its styles and the player's
 * video.js engine (and preconnects to a media host on another origin); pressing it creates the
 * player, and the media request starts at once, beside those requests rather than after them.
 *
 * @attr {PlayerState} state - Read-only, reflected: `idle`, `loading`, `ready`, `playing`, `paused`, `waiting`, `ended` or `unavailable`.
 *
 * @slot - `<source>` and `<track>` elements, as on `<video>`; they are read, not displayed.
 *
 * @event loadstart - Re-dispatched media event.
 * @event loadedmetadata - Re-dispatched media event.
 * @event loadeddata - Re-dispatched media event.
 * @event canplay - Re-dispatched media event.
 * @event play - Re-dispatched media event.
 * @event pause - Re-dispatched media event.
 * @event playing - Re-dispatched media event.
 * @event waiting - Re-dispatched media event.
 * @event seeking - Re-dispatched media event.
 * @event seeked - Re-dispatched media event.
 * @event timeupdate - Re-dispatched media event.
 * @event durationchange - Re-dispatched media event.
 * @event ended - Re-dispatched media event.
 * @event volumechange - Re-dispatched media event.
 * @event ratechange - Re-dispatched media event.
 * @event error - Re-dispatched media error event.
 * @event {NewsPlayerStateChangeEvent} news-player-statechange - The `state` changed; `detail: { state, previous }`.
 * @event {NewsPlayerErrorEvent} news-player-error - The player became unavailable; `detail: { code, message, mediaErrorCode? }`.
 * @event {NewsPlayerProgressEvent} news-player-progress - A quartile was reached; `detail: { percent }`.
 * @event {NewsPlayerChaptersChangeEvent} news-player-chapterschange - The chapters became known or changed; `detail: { chapters }`.
 * @event {NewsPlayerRangeChangeEvent} news-player-rangechange - The range to play changed; `detail: { range }` (`null` when cleared).
 * @event {NewsPlayerShareEvent} news-player-share - The reader asked for a link to the current moment; cancel it to copy nothing. `detail: { url, time }`.
 *
 * @csspart base - The frame around everything.
 * @csspart stage - Where video.js lives once loaded.
 * @csspart poster-card - The poster card button shown while idle.
 * @csspart poster - The poster image.
 * @csspart headline - The headline on the poster card.
 * @csspart duration - The duration badge on the poster card.
 * @csspart play-icon - The big play button on the poster card.
 * @csspart start - The "Starts at 1:23" note on the poster card (deep links, timestamps).
 * @csspart live - The LIVE badge on the poster card of a live stream.
 * @csspart loading - The "Please wait" overlay.
 * @csspart unavailable - The "No media source currently available" overlay.
 * @csspart message - The unavailable title.
 * @csspart reason - The unavailable reason line.
 * @csspart retry - The Retry button.
 *
 * @cssproperty [--news-player-aspect-ratio=16 / 9] - Frame shape of video players.
 * @cssproperty [--news-player-audio-height=4.5em] - Height of the audio layout.
 * @cssproperty [--news-player-accent=#c8102e] - Colour of the big play button.
 * @cssproperty [--news-player-background=#000] - Background behind the media.
 * @cssproperty [--news-player-card-background=#111] - Poster card background without a poster.
 * @cssproperty [--news-player-overlay-background=rgb(0 0 0 / 0.75)] - Shade behind messages.
 * @cssproperty [--news-player-color=#fff] - Text colour over the media.
 * @cssproperty [--news-player-focus=#ffbf47] - Focus ring colour.
 * @cssproperty [--news-player-font] - Font of the card and messages.
 * @cssproperty [--news-player-radius=0] - Corner radius (falls back to `--news-radius`).
 * @cssproperty [--news-player-chapter-marker=rgb(0 0 0 / 0.75)] - Colour of the chapter ticks on the progress bar.
 * @cssproperty [--news-player-live=#c8102e] - Colour of the LIVE badge (falls back to `--news-player-accent`).
 */
export class NewsPlayer extends NewsElement {
  static override styles = styles;

  private readonly localize = new LocalizeController(this);

  @query('.stage') private stage!: HTMLDivElement;

  /** URL of the single media source; child `<source>` elements are used when it is absent. */
  @property() src?: string;

  /** MIME type of `src`. */
  @property() type?: string;

  /** Image shown before playback and behind messages. */
  @property() poster?: string;

  /** The story's title: shown on the poster card and used as the accessible name (text only). */
  @property() headline = '';

  /** Known length as seconds or a clock (`164`, `2:44`), shown before media metadata exists. */
  @property({ attribute: 'duration' }) durationHint?: string;

  /** When to load video.js and the media: `interaction` (default), `visible` or `eager`. */
  @property({ attribute: 'load' }) loadStrategy: LoadStrategy = 'interaction';

  /** Position (seconds or clock) where playback begins. */
  @property() start?: string;

  /** Seconds of loading without progress before the player gives up with code `timeout`. */
  @property({ type: Number }) timeout = 20;

  /** Starts playback as soon as possible (browsers usually allow it only when muted). */
  @property({ type: Boolean }) autoplay = false;

  /** Restarts at the end. */
  @property({ type: Boolean }) loop = false;

  /** Plays inline on iOS rather than in fullscreen. */
  @property({ type: Boolean, attribute: 'playsinline' }) playsInline = false;

  /** Preload hint once the player is loaded: `none`, `metadata` or `auto`. */
  @property() preload: '' | 'none' | 'metadata' | 'auto' = 'metadata';

  /** CORS mode for the media, as on `<video crossorigin>`. */
  @property({ attribute: 'crossorigin' }) crossOrigin?: string;

  /** Audio-only layout; automatic when every source is audio. */
  @property({ type: Boolean, reflect: true }) audio = false;

  /** Opts out of "one at a time": this player neither pauses others nor is paused by them. */
  @property({ type: Boolean }) independent = false;

  /** Times in the control bar: `both` (elapsed / duration and remaining), `elapsed` or `remaining`. */
  @property({ attribute: 'time-format' }) timeFormat: TimeFormat = 'both';

  /** Captions from the start (`on`) or not (`off`); the reader's own remembered choice wins, and without either the track's `default` decides. */
  @property() captions?: 'on' | 'off';

  /** A live stream: the card says LIVE; set by the player too once the stream proves live. */
  @property({ type: Boolean, reflect: true }) live = false;

  /** Emits schema.org `VideoObject` JSON-LD into a `<script type="application/ld+json">` child. */
  @property({ type: Boolean, attribute: 'structured-data' }) structuredData = false;

  /** Summary of the clip, for structured data (text). */
  @property() description?: string;

  /** When the clip was first published (ISO 8601), for structured data. */
  @property({ attribute: 'upload-date' }) uploadDate?: string;

  /** When the live broadcast started (ISO 8601), for structured data. */
  @property({ attribute: 'live-start' }) liveStart?: string;

  /** When the live broadcast ends or ended (ISO 8601), for structured data. */
  @property({ attribute: 'live-end' }) liveEnd?: string;

  /** Starts muted; also the live muted state once loaded. */
  @property({ type: Boolean, attribute: 'muted' })
  get muted(): boolean {
    return this.vjs ? Boolean(this.vjs.muted()) : this._muted;
  }
  set muted(value: boolean) {
    const old = this._muted;
    this._muted = Boolean(value);
    this.vjs?.muted(this._muted);
    this.requestUpdate('muted', old);
  }
  private _muted = false;

  private _state: PlayerState = 'idle';
  private _error: NewsPlayerErrorInfo | undefined;
  private vjs: Player | undefined;
  private creating: Promise<Player | undefined> | undefined;
  private intent: Intent = 'none';
  private pendingTime: number | undefined;
  private startApplied = false;
  private pendingPlays: PendingPlay[] = [];
  private watchdog: ReturnType<typeof setTimeout> | undefined;
  private sourceIndex = 0;
  /** Bumped on every teardown so late async results of an older player are ignored. */
  private generation = 0;
  private quartiles = new Set<number>();
  private playthroughEnded = false;
  private visibility: IntersectionObserver | undefined;
  private children$: MutationObserver | undefined;
  private resumeAfterReconnect: { time: number } | undefined;
  private _volume = 1;
  /** What the status region says, in whatever language is current when it is first shown. */
  private announcement: { say: (t: Translation) => string; t?: Translation } | undefined;
  /** Focus was on a control that a state change removes: move it to what replaces it. */
  private refocus = false;
  private _chapters: Chapter[] = [];
  private chaptersUrl: string | undefined;
  private chaptersAbort: AbortController | undefined;
  private controls: NewsControls | undefined;
  private controlsLang: unknown;
  private deepLinkRead = false;
  private _range: TimeRange | undefined;
  private rangeReached = false;
  private rangeTimer: ReturnType<typeof setTimeout> | undefined;
  private structuredQueued = false;
  private listenRoot: Node | undefined;
  private liveDetected = false;
  private prefetched = false;
  /** A detached `<video>` that started the media request early (see `warmMedia`). */
  private warmer: HTMLVideoElement | undefined;
  /** The lazily loaded module that runs video.js for the element. */
  private engine: typeof Engine | undefined;

  /** The current state; reflected to the read-only `state` attribute. */
  get state(): PlayerState {
    return this._state;
  }

  /** Why the player is `unavailable`, else `undefined`. */
  get error(): NewsPlayerErrorInfo | undefined {
    return this._error;
  }

  /** The video.js Player once loaded (for plugins), `undefined` before. */
  get player(): Player | undefined {
    return this.vjs;
  }

  /** True unless media is playing or about to. */
  get paused(): boolean {
    return this.vjs ? Boolean(this.vjs.paused()) : this.intent !== 'play' || this._state === 'unavailable';
  }

  /** True once the clip has played to its end. */
  get ended(): boolean {
    return this._state === 'ended';
  }

  /** Playback position in seconds; set while idle, it is kept and applied when media loads. */
  get currentTime(): number {
    if (this.vjs && this.startApplied) return this.vjs.currentTime() ?? 0;
    return this.pendingTime ?? parseTime(this.start) ?? 0;
  }
  set currentTime(value: number) {
    const time = Number(value);
    if (!Number.isFinite(time) || time < 0) return;
    if (this.vjs && this.startApplied) {
      this.vjs.currentTime(time);
    } else {
      this.pendingTime = time;
      this.requestUpdate();
    }
  }

  /** The media's duration, else the `duration` hint, else NaN. */
  get duration(): number {
    const media = this.vjs?.duration();
    if (typeof media === 'number' && (media > 0 || media === Infinity)) return media;
    return parseTime(this.durationHint) ?? NaN;
  }

  /** Volume from 0 to 1. */
  get volume(): number {
    return this.vjs ? (this.vjs.volume() ?? this._volume) : this._volume;
  }
  set volume(value: number) {
    const v = Math.min(1, Math.max(0, Number(value)));
    if (!Number.isFinite(v)) return;
    this._volume = v;
    this.vjs?.volume(v);
  }

  /** The sources in use: `src`, else child `<source>` elements. */
  get sources(): MediaSource[] {
    return readSources(this, this.src, this.type);
  }

  /**
   * The chapters of the child `<track kind="chapters">` (`{ start, end, title }`, sorted), read
   * without loading video.js; empty until fetched and for a clip without chapters.
   */
  get chapters(): readonly Chapter[] {
    return this._chapters;
  }

  /** The chapter at the current time, `undefined` outside every chapter. */
  get currentChapter(): Chapter | undefined {
    return chapterAt(this._chapters, this.currentTime);
  }

  /**
   * The stretch `{ start, end }` (seconds) the player plays and then pauses at the end of, from a
   * `#t=83,95` link or a `<news-timestamp end>`. Setting it does not seek; `undefined` clears it.
   * It also clears once the reader plays on past its end or seeks out of it.
   */
  get range(): TimeRange | undefined {
    return this._range ? { ...this._range } : undefined;
  }
  set range(value: TimeRange | undefined) {
    const next =
      value && Number.isFinite(value.start) && Number.isFinite(value.end) && value.end > value.start && value.start >= 0
        ? { start: value.start, end: value.end }
        : undefined;
    const old = this._range;
    this.rangeReached = false;
    if (old?.start === next?.start && old?.end === next?.end) return;
    this._range = next;
    clearTimeout(this.rangeTimer);
    if (this.vjs) this.armRangeTimer(this.vjs);
    this.emit(new NewsPlayerRangeChangeEvent({ range: next ? { ...next } : null }));
  }

  override connectedCallback(): void {
    super.connectedCallback();
    connected.add(this);
    if (!this.hasAttribute('state')) this.setAttribute('state', this._state);
    this.children$ ??= new MutationObserver((records) => {
      // The player's own JSON-LD script is not a source or a track.
      if (records.every(ownScriptOnly)) return;
      this.loadChapters();
      this.onChildrenChanged();
    });
    this.children$.observe(this, { childList: true });
    window.addEventListener('online', this.onOnline);
    this.connectTimestamps();
    if (this.vjs || this.creating) return; // moved within the page: nothing to redo
    // First connect: settle in the first update, once properties set right after insertion
    // (React's layout effects through @lit/react, `append(el); el.src = …`) have arrived, so a
    // player given a source never reports `no-source` on the way.
    if (this.hasUpdated) this.settle();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    connected.delete(this);
    this.children$?.disconnect();
    this.visibility?.disconnect();
    this.visibility = undefined;
    window.removeEventListener('online', this.onOnline);
    window.removeEventListener('hashchange', this.onHashChange);
    this.listenRoot?.removeEventListener('news-transcript-load', this.onTranscriptLoad);
    this.listenRoot = undefined;
    // A move is a disconnect then a connect in the same task: only tear down if we stay out.
    queueMicrotask(() => {
      if (!this.isConnected) this.teardown(true);
    });
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!this.hasUpdated) {
      this.audio ||= this.sources.length > 0 && this.sources.every(isAudioSource);
      if (this.isConnected && !this.vjs && !this.creating) this.settle();
      return;
    }
    if (changed.has('src') || changed.has('type')) this.onSourcesChanged();
    if (changed.has('loadStrategy') && this._state === 'idle') this.settle();
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('headline') && this.vjs) this.engine?.labelPlayer(this, this.vjs);
    const language = `${this.localize.lang}|${this.localize.t.$code}`;
    if (this.vjs && this.controls && this.controlsLang !== language) {
      this.controlsLang = language;
      this.engine?.labelPlayer(this, this.vjs);
      void this.controls.relabel();
    }
    const described = ['structuredData', 'headline', 'description', 'poster', 'uploadDate', 'src', 'durationHint', 'live', 'liveStart', 'liveEnd'];
    if (described.some((key) => changed.has(key as keyof NewsPlayer))) this.queueStructuredData();
  }

  // ---- state ---------------------------------------------------------------------------------

  private setState(next: PlayerState): void {
    const previous = this._state;
    if (previous === next) return;
    this._state = next;
    this.setAttribute('state', next);
    if (next === 'loading' || next === 'waiting') this.armWatchdog();
    else this.disarmWatchdog();
    const code = this._error?.code;
    const spoken: Partial<Record<PlayerState, (t: Translation) => string>> = {
      loading: (t) => t.pleaseWait,
      playing: (t) => t.playing,
      paused: (t) => t.paused,
      ended: (t) => t.ended,
      unavailable: (t) => (code ? `${t.unavailable}. ${t.reason[code]}` : t.unavailable),
    };
    // Playing is announced only after the reader waited; the rest always.
    const say = spoken[next];
    if (say && (next !== 'playing' || previous === 'loading' || previous === 'waiting')) {
      this.announcement = { say };
    }
    this.requestUpdate();
    this.emit(new NewsPlayerStateChangeEvent({ state: next, previous }));
  }

  /** Puts a player without a running video.js where its attributes say it should be. */
  private settle(): void {
    if (this.sources.length === 0) {
      this.fail('no-source');
      return;
    }
    if (this._state === 'unavailable' && this._error?.code === 'no-source') {
      this._error = undefined;
      this.setState('idle');
    }
    if (this.resumeAfterReconnect) {
      this.pendingTime = this.resumeAfterReconnect.time;
      this.resumeAfterReconnect = undefined;
      void this.load();
      return;
    }
    if (this.autoplay) {
      this.play().catch(() => undefined);
    } else if (this.loadStrategy === 'eager') {
      void this.load();
    } else if (this.loadStrategy === 'visible') {
      this.observeVisibility();
    } else if (this._state !== 'idle' && !this.vjs) {
      this.setState('idle');
    }
  }

  private observeVisibility(): void {
    if (this.visibility || typeof IntersectionObserver === 'undefined') return;
    this.visibility = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) {
          this.visibility?.disconnect();
          this.visibility = undefined;
          void this.load();
        }
      },
      { rootMargin: '200px' },
    );
    this.visibility.observe(this);
  }

  private armWatchdog(): void {
    this.disarmWatchdog();
    const seconds = Number.isFinite(this.timeout) && this.timeout > 0 ? this.timeout : 20;
    this.watchdog = setTimeout(() => {
      if (this._state === 'loading' || this._state === 'waiting') this.fail('timeout');
    }, seconds * 1000);
  }

  private disarmWatchdog(): void {
    clearTimeout(this.watchdog);
    this.watchdog = undefined;
  }

  /** Ends in `unavailable` with `code`, releasing video.js and every pending `play()`. */
  private fail(code: ErrorCode, mediaErrorCode?: number): void {
    this._error = { code, message: ERROR_MESSAGES[code], ...(mediaErrorCode ? { mediaErrorCode } : {}) };
    const hadFocus = this.matches(':focus-within');
    this.teardown(false);
    this.setState('unavailable');
    // The focused control just vanished: give focus to Retry, or the message, not to the page.
    if (hadFocus) {
      void this.updateComplete.then(() => {
        const root = this.shadowRoot;
        const target = root?.querySelector<HTMLElement>('[part="retry"]') ?? root?.querySelector<HTMLElement>('[part="unavailable"]');
        target?.focus({ preventScroll: true });
      });
    }
    this.emit(new NewsPlayerErrorEvent({ ...this._error }));
  }

  /** Disposes video.js; `forget` also drops the reader's intent (element removed). */
  private teardown(forget: boolean): void {
    this.generation++;
    this.disarmWatchdog();
    const player = this.vjs;
    if (player && forget && this._state !== 'idle' && this._state !== 'unavailable') {
      this.resumeAfterReconnect = { time: player.currentTime() ?? 0 };
    }
    this.vjs = undefined;
    this.creating = undefined;
    this.startApplied = false;
    const error = Object.assign(new Error('The play() request was interrupted.'), { name: 'AbortError' });
    this.rejectPlays(error);
    if (player && !player.isDisposed()) player.dispose();
    this.releaseWarmer();
    if (forget) {
      this.intent = 'none';
      if (this._state !== 'unavailable') this.setState('idle');
    }
  }

  private rejectPlays(reason: unknown): void {
    const pending = this.pendingPlays;
    this.pendingPlays = [];
    for (const p of pending) p.reject(reason);
  }

  // ---- video.js ------------------------------------------------------------------------------

  /** Loads video.js and creates the player once; concurrent callers share the same promise. */
  private ensurePlayer(): Promise<Player | undefined> {
    if (this.vjs) return Promise.resolve(this.vjs);
    if (this.creating) return this.creating;
    const sources = this.sources;
    if (sources.length === 0) {
      this.fail('no-source');
      return Promise.resolve(undefined);
    }
    const generation = this.generation;
    this._error = undefined;
    this.setState('loading');
    const streaming = anyStreaming(sources);
    if (!streaming) this.warmMedia(sources[0]);
    const chunks = loadPlayerChunks(streaming);
    // video.js's own words for the reader's language: its pack, fetched beside video.js.
    const language = Promise.all([chunks.controls, this.localize.ready])
      .then(([m]) => m.videojsLanguage(this.localize.lang, this.localize.t))
      .catch(() => undefined);
    this.creating = Promise.all([chunks.videojs, chunks.sheet, chunks.controls, language, chunks.engine]).then(
      ([videojs, sheet, extras, words, engine]) => {
        if (generation !== this.generation || !this.isConnected) return undefined;
        this.engine = engine;
        const player = engine.createPlayer(this, videojs, sheet, extras, words);
        // video.js's element has what the early request fetched (or failed on its own): let go.
        player.one(['loadedmetadata', 'error'], () => this.releaseWarmer());
        this.creating = undefined;
        this.requestUpdate();
        return player;
      },
      () => {
        if (generation !== this.generation) return undefined;
        // The chunk itself could not be fetched.
        this.fail(navigator.onLine === false ? 'offline' : 'network');
        return undefined;
      },
    );
    return this.creating;
  }

  /**
   * Starts the media request now, beside the requests for video.js's chunks rather than after
   * them: a detached `<video>` loads `source`, and the browser hands what it fetched to
   * video.js's own element for the same URL (Chromium shares media data per URL: on a slow link
   * the player's metadata then arrives in milliseconds instead of another round trip or two).
   */
  private warmMedia(source: MediaSource): void {
    // Metadata only: on a slow link, more would compete with video.js's chunks for bandwidth;
    // video.js's element fetches the rest once it plays.
    if (this.preload === 'none' && this.intent !== 'play') return;
    if (this.warmer) return;
    const type = source.type ?? guessType(source.src, this.audio);
    const video = document.createElement('video');
    if (type && !video.canPlayType(type)) return;
    video.preload = 'metadata';
    video.muted = true;
    // The same CORS mode as video.js's element, or the browser will not share the data.
    if (this.crossOrigin != null) video.crossOrigin = this.crossOrigin;
    video.src = new URL(source.src, document.baseURI).href;
    this.warmer = video;
  }

  /** Stops the early request's element (the data it fetched stays with video.js's element). */
  private releaseWarmer(): void {
    const video = this.warmer;
    this.warmer = undefined;
    if (!video) return;
    video.removeAttribute('src');
    video.load();
  }

  /** After `play` from video.js: the reader's intent, a replay's quartiles, one player at a time. */
  private onPlay(): void {
    this.intent = 'play';
    if (this.playthroughEnded) {
      this.playthroughEnded = false;
      this.quartiles.clear();
    }
    if (!this.independent) {
      for (const other of connected) {
        if (other !== this && !other.independent && !other.paused) other.pause();
      }
    }
  }

  /** Resolves every pending `play()`: the media plays. */
  private settlePlays(): void {
    const pending = this.pendingPlays;
    this.pendingPlays = [];
    for (const p of pending) p.resolve();
  }

  private emitQuartile(percent: 25 | 50 | 75 | 100): void {
    if (this.quartiles.has(percent)) return;
    this.quartiles.add(percent);
    this.emit(new NewsPlayerProgressEvent({ percent }));
  }

  // ---- reactions -------------------------------------------------------------------------------

  private onOnline = (): void => {
    if (this._state === 'unavailable' && this._error?.code === 'offline') this.retry();
  };

  private onChildrenChanged(): void {
    if (this.src) return;
    this.onSourcesChanged();
  }

  private onSourcesChanged(): void {
    const sources = this.sources;
    if (sources.length === 0) {
      this.fail('no-source');
      return;
    }
    const player = this.vjs;
    if (player) {
      const wasPlaying = !player.paused();
      this.sourceIndex = 0;
      this.pendingTime = undefined;
      this.engine?.applySource(this, player);
      if (wasPlaying) {
        this.intent = 'play';
        this.setState('loading');
        player.play()?.catch(() => undefined);
      } else {
        this.setState('loading');
      }
      return;
    }
    if (this._state === 'unavailable') {
      this._error = undefined;
      this.setState('idle');
    }
    if (!this.creating) this.settle();
  }

  private onCardClick = (): void => {
    this.play().catch(() => undefined);
  };

  /**
   * The reader points at or focuses the poster card: a click is likely to follow, so fetch what
   * the click needs now (video.js, its styles, our controls) and open the connection to the
   * media's server. Nothing is created and no media is requested until the click.
   */
  private onCardIntent = (): void => {
    if (this.prefetched) return;
    this.prefetched = true;
    const sources = this.sources;
    preconnect(sources[0]?.src, this.crossOrigin);
    // A failure here is the click's to report.
    for (const chunk of Object.values(loadPlayerChunks(anyStreaming(sources)))) chunk.catch(() => undefined);
  };

  private onRetryClick = (): void => {
    this.refocus = true;
    this.retry();
  };

  // ---- deep links, ranges, chapters, structured data ------------------------------------------

  /** On connect: the page's deep link (first connect only), `hashchange`, chapters, JSON-LD. */
  private connectTimestamps(): void {
    if (!this.deepLinkRead) {
      this.deepLinkRead = true;
      this.applyDeepLink(readDeepLink(window.location));
    }
    window.addEventListener('hashchange', this.onHashChange);
    const root = this.getRootNode();
    if (root !== this.listenRoot) {
      this.listenRoot?.removeEventListener('news-transcript-load', this.onTranscriptLoad);
      root.addEventListener('news-transcript-load', this.onTranscriptLoad);
      this.listenRoot = root;
    }
    this.loadChapters();
    this.queueStructuredData();
  }

  /** True when no connected player comes before this one on the page (shadow trees included). */
  private isFirstPlayer(): boolean {
    for (const other of connected) if (other !== this && pageOrder(other, this) < 0) return false;
    return true;
  }

  /** The `id` deep links must name this player by, `undefined` when the unnamed form reaches it. */
  private linkId(): string | undefined {
    return this.id && !this.isFirstPlayer() ? this.id : undefined;
  }

  /** Starts (or, loaded, moves) the player at a deep link meant for it: named, or it is the first. */
  private applyDeepLink(link: DeepLink | undefined): void {
    if (!link || (link.id ? link.id !== this.id : !this.isFirstPlayer())) return;
    this.range = link.end !== undefined ? { start: link.start, end: link.end } : undefined;
    this.currentTime = link.start;
  }

  private onHashChange = (): void => {
    this.applyDeepLink(readDeepLink(window.location));
  };

  private onTranscriptLoad = (): void => {
    this.queueStructuredData();
  };

  /** Reads the child `<track kind="chapters">` (again, when it changed) without video.js. */
  private loadChapters(): void {
    const track = this.querySelector<HTMLTrackElement>(':scope > track[kind="chapters" i]');
    const url = track?.src || undefined;
    if (url === this.chaptersUrl) return;
    this.chaptersUrl = url;
    this.chaptersAbort?.abort();
    if (!url) {
      this.setChapters([]);
      return;
    }
    const abort = new AbortController();
    this.chaptersAbort = abort;
    void fetchChapters(url, abort.signal).then((list) => {
      if (!abort.signal.aborted) this.setChapters(list);
    });
  }

  private setChapters(list: Chapter[]): void {
    if (sameChapters(list, this._chapters)) return;
    this._chapters = list;
    if (this.vjs) this.controls?.refresh();
    this.emit(new NewsPlayerChaptersChangeEvent({ chapters: list }));
    this.queueStructuredData();
  }

  /** Pauses at the range's end: a timer for precision, `timeupdate` as the safety net. */
  private checkRange(player: Player): void {
    const range = this._range;
    if (!range || this.rangeReached || player.paused()) return;
    const time = player.currentTime() ?? 0;
    // A seek fires timeupdate before seeked: a jump well past the end leaves the range, not pauses.
    if (time > range.end + 1 || time < range.start - 1) {
      this.range = undefined;
    } else if (time >= range.end - 0.05) {
      this.rangeReached = true;
      player.pause();
    }
  }

  private armRangeTimer(player: Player): void {
    clearTimeout(this.rangeTimer);
    const range = this._range;
    if (!range || this.rangeReached || player.paused()) return;
    const rate = Number(player.playbackRate()) || 1;
    const left = (range.end - (player.currentTime() ?? 0)) / rate;
    if (left > 0) this.rangeTimer = setTimeout(() => this.vjs === player && this.checkRange(player), left * 1000);
  }

  /** Says `text` in the polite status region, even when it is the same words as last time. */
  private async announce(say: (t: Translation) => string): Promise<void> {
    this.announcement = undefined;
    this.requestUpdate();
    await this.updateComplete;
    this.announcement = { say };
    this.requestUpdate();
  }

  /**
   * The status region's words: none while the language's words are on their way (so it speaks
   * once, in the reader's language), and none after a language change (nothing new happened).
   */
  private statusText(): string {
    const a = this.announcement;
    const t = this.localize.t;
    if (!a || this.localize.loading) return '';
    a.t ??= t;
    return a.t === t ? a.say(t) : '';
  }

  /** Rewrites the JSON-LD once per task, however many things changed. */
  private queueStructuredData(): void {
    if (this.structuredQueued) return;
    this.structuredQueued = true;
    queueMicrotask(() => {
      this.structuredQueued = false;
      void this.writeStructuredData();
    });
  }

  private async writeStructuredData(): Promise<void> {
    if (!this.isConnected) return;
    if (!this.structuredData) {
      this.querySelector(':scope > script[data-news-player]')?.remove();
      return;
    }
    // Opt-in, so its code loads only for players that ask for it.
    const { describePlayer, writeJsonLd } = await import('../../media/json-ld.js');
    if (!this.structuredData || !this.isConnected) return;
    writeJsonLd(this, describePlayer(this, { id: this.linkId(), deepLinkUrl }));
  }

  // ---- public methods --------------------------------------------------------------------------

  /**
   * Loads what is needed and plays. Resolves once playing; rejects (never hangs) when the player
   * ends `unavailable`, the browser blocks playback, or `pause()` interrupts.
   */
  play(): Promise<void> {
    if (this._state === 'unavailable') {
      return Promise.reject(Object.assign(new Error(this._error?.message ?? 'Unavailable'), { name: 'NotSupportedError' }));
    }
    if (this.vjs && this._state === 'playing') return Promise.resolve();
    this.intent = 'play';
    // The card (or Retry) goes away now: focus moves to "Please wait", then to the player.
    const hadFocus = this.refocus || (this.shadowRoot?.activeElement?.classList.contains('card') ?? false);
    this.refocus = false;
    if (hadFocus) {
      void this.updateComplete.then(() => {
        if (this.vjs) return;
        this.shadowRoot?.querySelector<HTMLElement>('[part="loading"]')?.focus({ preventScroll: true });
      });
    }
    const promise = new Promise<void>((resolve, reject) => this.pendingPlays.push({ resolve, reject }));
    void this.ensurePlayer().then((player) => {
      if (!player || this.vjs !== player || this.intent !== 'play') return;
      if (hadFocus) (player.el() as HTMLElement).focus({ preventScroll: true });
      if (this._state === 'ready' || this._state === 'paused' || this._state === 'ended') this.setState('loading');
      const started = player.play();
      started?.catch((error: unknown) => {
        if (this.vjs !== player) return;
        const name = (error as { name?: string } | null)?.name;
        if (name === 'NotAllowedError') {
          // Autoplay policy: show the controls so the reader can press play, never a spinner.
          this.intent = 'load';
          this.setState(this.startApplied ? 'paused' : 'ready');
          this.rejectPlays(error);
        }
      });
    });
    return promise;
  }

  /** Pauses playback; a pending `play()` rejects with `AbortError`. */
  pause(): void {
    if (this.vjs) {
      this.vjs.pause();
    }
    if (this.intent === 'play') this.intent = this.vjs ? 'load' : 'none';
    this.rejectPlays(Object.assign(new Error('The play() request was interrupted by a call to pause().'), { name: 'AbortError' }));
  }

  /** Loads video.js and the media metadata without playing. */
  async load(): Promise<void> {
    if (this.intent === 'none') this.intent = 'load';
    if (this.vjs) {
      this.sourceIndex = 0;
      this.engine?.applySource(this, this.vjs);
      return;
    }
    await this.ensurePlayer();
  }

  /** Starts over after `unavailable`, with the same intent as before (play or just load). */
  retry(): void {
    const intent = this.intent;
    this.teardown(false);
    this._error = undefined;
    if (this.sources.length === 0) {
      this.fail('no-source');
      return;
    }
    this.setState('idle');
    if (intent === 'load') void this.load();
    else this.play().catch(() => undefined);
  }

  /**
   * The page URL that opens this player at `time` seconds (default: the current second), or plays
   * `time` to `end`: the page with `#t=83` (`#t=83,95`), or `#t=<id>:83` when the player is not the
   * page's first. A live stream's link has no time.
   */
  linkAt(time: number = Math.floor(this.currentTime), end?: number): string {
    const page = new URL(window.location.href);
    if (this.live) {
      page.hash = '';
      return page.href;
    }
    return deepLinkUrl(page.href, Math.max(0, time), { id: this.linkId(), end });
  }

  /**
   * Copies {@link linkAt} for the current second to the clipboard (with a fallback where the
   * Clipboard API is missing or refused) and announces "Link copied". Fires the cancelable
   * `news-player-share` first. Resolves to the URL copied, `undefined` when nothing was.
   */
  async copyLink(): Promise<string | undefined> {
    const time = Math.floor(this.currentTime);
    const url = this.linkAt(time);
    if (this.emit(new NewsPlayerShareEvent({ url, time })).defaultPrevented) return undefined;
    const root = this.shadowRoot!;
    const { copyText } = await import('../../media/share.js');
    const copied = await copyText(url, root.querySelector('.base') ?? root);
    await this.announce((t) => (copied ? t.linkCopied : t.linkCopyFailed));
    return copied ? url : undefined;
  }

  // ---- render ----------------------------------------------------------------------------------

  private renderPoster() {
    return this.poster ? html`<img part="poster" class="poster" src=${this.poster} alt="" />` : nothing;
  }

  private renderCard() {
    const t = this.localize.t;
    const hint = parseTime(this.durationHint);
    const time = hint !== undefined && !this.live ? this.localize.time(hint) : '';
    const starts = this.pendingTime && !this.live ? this.localize.time(this.pendingTime, hint ?? 0) : '';
    // The name comes from one hidden phrase, so the visible pieces need no aria-label of their own.
    const name = [t.playMedia(this.headline), this.live ? t.live : time ? t.durationLabel(time) : '', starts ? t.startsAt(starts) : '']
      .filter(Boolean)
      .join(', ');
    return html`<button
      part="poster-card"
      class="card"
      type="button"
      @click=${this.onCardClick}
      @pointerenter=${this.onCardIntent}
      @focus=${this.onCardIntent}
    >
      ${this.renderPoster()}
      <span class="shade"></span>
      <span class="sr-only">${name}</span>
      <span part="play-icon" class="play-icon" aria-hidden="true">${PLAY_ICON}</span>
      ${this.headline ? html`<span part="headline" class="headline" aria-hidden="true">${this.headline}</span>` : nothing}
      ${time ? html`<span part="duration" class="badge" aria-hidden="true">${time}</span>` : nothing}
      ${this.live ? html`<span part="live" class="badge live" aria-hidden="true">${t.live}</span>` : nothing}
      ${starts ? html`<span part="start" class="starts" aria-hidden="true">${t.startsAt(starts)}</span>` : nothing}
    </button>`;
  }

  private renderLoading() {
    return html`<div part="loading" class="overlay" tabindex="-1">
      ${this.renderPoster()}
      <span class="spinner" aria-hidden="true"></span>
      <p class="message">${this.localize.t.pleaseWait}</p>
    </div>`;
  }

  private renderUnavailable() {
    const t = this.localize.t;
    const code = this._error?.code ?? 'no-source';
    return html`<div part="unavailable" class="overlay" data-code=${code} tabindex="-1">
      ${this.renderPoster()}
      <p part="message" class="message">${t.unavailable}</p>
      <p part="reason" class="reason">${t.reason[code]}</p>
      ${RETRYABLE.has(code)
        ? html`<button part="retry" class="retry" type="button" @click=${this.onRetryClick}>${t.retry}</button>`
        : nothing}
    </div>`;
  }

  override render() {
    const state = this._state;
    const showStage = this.vjs !== undefined && state !== 'unavailable';
    return html`<div
      part="base"
      class="base ${this.audio ? 'audio' : 'video'} ${showStage ? 'loaded' : ''} time-${this.timeFormat}"
      lang=${this.localize.lang}
      dir=${this.localize.dir}
    >
      <div part="stage" class="stage" ?hidden=${!showStage}></div>
      ${state === 'idle' ? this.renderCard() : nothing}
      ${state === 'loading' && !this.startApplied ? this.renderLoading() : nothing}
      ${state === 'unavailable' ? this.renderUnavailable() : nothing}
      <div class="sr-only" role="status">${this.statusText()}</div>
    </div>`;
  }
}
