import { html, nothing, type PropertyValues } from 'lit';
import { NewsElement } from '../../internal/news-element.js';
import { LocalizeController } from '../../i18n/localize.js';
import type { TimeRange } from '../../events/news-player-rangechange.js';
import { NewsPlayerShareEvent } from '../../events/news-player-share.js';
import { AnnounceController, stateWords } from '../../controllers/announcer.js';
import { ChaptersController } from '../../controllers/chapters.js';
import { DeepLinkController } from '../../controllers/deep-links.js';
import { EngineController } from '../../controllers/engine.js';
import { LoadStrategyController } from '../../controllers/load-strategy.js';
import { OneAtATimeController } from '../../controllers/one-at-a-time.js';
import { PlayerStateController } from '../../controllers/player-state.js';
import { PrefetchController } from '../../controllers/prefetch.js';
import { RenderHold } from '../../controllers/render-hold.js';
import { StructuredDataController, ownScriptOnly } from '../../controllers/structured-data.js';
import type { EngineNotification } from '../../engine/contract.js';
import { chapterAt, type Chapter } from '../../media/chapters.js';
import type { PlayerState } from '../../media/state.js';
import type { NewsPlayerErrorInfo } from '../../media/errors.js';
import { parseTime } from '../../media/time.js';
import { PlaybackPosition } from '../../controllers/position.js';
import { FocusKeeper } from '../../controllers/focus.js';
import { tracksOfChildren, type CaptionTrack } from '../../media/caption-tracks.js';
import { isAudioSource, readSources, usableSources, type MediaSource } from '../../media/sources.js';
import type { Player } from '../../media/videojs-loader.js';
import styles from './news-player.styles.js';
import { renderCard } from './news-player.card.js';
import { renderAudioTitle, renderLoading, renderUnavailable } from './news-player.overlays.js';

export { MEDIA_EVENTS } from '../../events/media-events.js';

/** What the control bar's time display shows. */
export type TimeFormat = 'both' | 'elapsed' | 'remaining';

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
 * `zh` → `en`) and follow it at runtime; English is built in, the 17 other languages shipped are
 * fetched the first time an element needs one (and video.js's own pack with the player). Numbers
 * use the language's digits through `Intl` (CLDR). Right to left, the card, messages and menus
 * mirror; the control bar does not (time in media runs left to right, as in YouTube, video.js and
 * the BBC's players), though the words inside it still read right to left. See the README.
 *
 * Captions: `captions="on"` shows captions from the start (the track in the reader's language,
 * else the `default` one, else the first), `captions="off"` hides them; the reader's own choice in
 * the captions menu is remembered in `localStorage` (`news-player:captions`) and wins over both.
 *
 * Loading: with `load="interaction"` (the default) nothing of video.js is fetched until the reader
 * asks. Pointing at or focusing the poster card preconnects to a media host on another origin (and
 * prefetches video.js for a stream). Pressing it plays a progressive file at once in a bare media
 * element; video.js arrives after the first media bytes and adopts that element (`player` is set,
 * `news-player-create` fires, then) without restarting it; the card stays until it plays (or 100
 * ms pass: "Please wait"). Streams load video.js first.
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
 * @event {NewsPlayerCaptionsChangeEvent} news-player-captionschange - The captions/subtitles tracks or the one shown changed (a stream's renditions found, the reader's choice); `detail: { tracks, showing }`.
 * @event {NewsPlayerCreateEvent} news-player-create - video.js created its player, before it loads its source (plugins, ads, analytics); `detail: { player }`.
 * @event {NewsPlayerShareEvent} news-player-share - The reader asked for a link to the current moment; cancel it to copy nothing. `detail: { url, time }`.
 *
 * @csspart base - The frame around everything.
 * @csspart stage - Where video.js lives once loaded.
 * @csspart poster-card - The poster card button shown while idle.
 * @csspart poster - The poster image.
 * @csspart headline - The headline on the poster card.
 * @csspart audio-title - Loaded audio: the headline and length above the control bar.
 * @csspart duration - The duration badge on the poster card.
 * @csspart play-icon - The big play button on the poster card.
 * @csspart start - The "Starts at 1:23" note on the poster card (deep links, timestamps).
 * @csspart live - The LIVE badge on the poster card of a live stream.
 * @csspart loading - The "Please wait" overlay.
 * @csspart unavailable - The "No media source currently available" overlay.
 * @csspart message - The unavailable title.
 * @csspart reason - The unavailable reason line.
 * @csspart unavailable-headline - The headline over an unavailable player without a poster.
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
 * @cssproperty [--news-player-controls-size=13px] - Font size of video.js's controls, which sets their scale.
 */
export class NewsPlayer extends NewsElement {
  static override styles = styles;
  static override family = 'news-player';
  /** The reactive properties, each documented where it is declared below. A table, not `@property()`
   * decorators: their runtime (Lit's decorator, the decorating helper) cost the first download 0.5 KB gzip. */
  static override properties = {
    src: {}, type: {}, poster: {}, headline: {}, durationHint: { attribute: 'duration' }, loadStrategy: { attribute: 'load' },
    start: {}, timeout: { type: Number }, autoplay: { type: Boolean }, loop: { type: Boolean },
    playsInline: { type: Boolean, attribute: 'playsinline' }, preload: {}, crossOrigin: { attribute: 'crossorigin' },
    audio: { type: Boolean, reflect: true }, independent: { type: Boolean }, miniPlayer: { attribute: 'mini-player' },
    timeFormat: { attribute: 'time-format' }, captions: {}, live: { type: Boolean, reflect: true }, options: { type: Object },
    structuredData: { type: Boolean, attribute: 'structured-data' }, description: {}, uploadDate: { attribute: 'upload-date' },
    liveStart: { attribute: 'live-start' }, liveEnd: { attribute: 'live-end' }, muted: { type: Boolean, attribute: 'muted' },
  };

  // One concern each (see ARCHITECTURE.md): the state's one writer, the engine's lifetime, when to
  // load, the page's players, deep links and ranges, chapters, structured data, prefetch, and more.
  private readonly localize = new LocalizeController(this);
  private readonly status = new AnnounceController(this, this.localize);
  private readonly machine = new PlayerStateController(this, {
    release: () => {
      // Focus inside may be on a control that is about to go: Retry gets it if the player fails.
      this.focus$.releasing();
      // A failure mid-play: Retry goes on from where the reader was, not from 0:00.
      const engine = this.engines.engine;
      if (this.state === 'unavailable' && engine && !this.live && this.machine.intent !== 'none') this.position.failed(engine.currentTime);
      this.engines.release();
    },
    changed: (state, previous, announce) => this.onStateChange(state, announce),
  });
  private readonly engines = new EngineController(this, this.localize, this.machine, {
    label: () => this.label(),
    sourceFacts: () => this.sourceFacts(),
    startAt: () => this.position.take(parseTime(this.start)),
    notify: (n) => this.afterEngine(n),
  });
  private readonly loading = new LoadStrategyController(this, this.machine, () => this.sourceFacts());
  private readonly page = new OneAtATimeController(this);
  private readonly links = new DeepLinkController(this, this.page, () => this.engines.engine);
  private readonly chapterTrack = new ChaptersController(this, () => {
    this.engines.engine?.refreshChapters();
    this.jsonLd.queue();
  });
  private readonly jsonLd = new StructuredDataController(this, () => this.links.linkId());
  private readonly prefetch = new PrefetchController(this);
  private readonly position = new PlaybackPosition();
  private readonly focus$ = new FocusKeeper(this);
  private readonly hold = new RenderHold();

  /** URL of the single media source; child `<source>` elements are used when it is absent. */
  declare src?: string;

  /** MIME type of `src`. */
  declare type?: string;

  /** Image shown before playback and behind messages. */
  declare poster?: string;

  /** The story's title: shown on the poster card and used as the accessible name (text only). */
  headline = '';

  /** Known length as seconds or a clock (`164`, `2:44`), shown before media metadata exists. */
  declare durationHint?: string;

  /** When to load video.js and the media: `interaction` (default), `visible` or `eager`. */
  loadStrategy: 'interaction' | 'visible' | 'eager' = 'interaction';

  /** Position (seconds or clock) where playback begins. */
  declare start?: string;

  /** Seconds of loading without progress before the player gives up with code `timeout`. */
  timeout = 20;

  /** Starts playback as soon as possible (browsers usually allow it only when muted). */
  autoplay = false;

  /** Restarts at the end. */
  loop = false;

  /** Plays inline on iOS rather than in fullscreen. */
  playsInline = false;

  /** Preload hint once the player is loaded: `none`, `metadata` or `auto`. */
  preload: '' | 'none' | 'metadata' | 'auto' = 'metadata';

  /** CORS mode for the media, as on `<video crossorigin>`. */
  declare crossOrigin?: string;

  /** Audio-only layout; automatic when every source is audio. */
  audio = false;

  /** Opts out of "one at a time": this player neither pauses others nor is paused by them. */
  independent = false;

  /** `auto` (default): a playing video floats in a corner while scrolled out of view (a mini-player); `off`: never. */
  miniPlayer: 'auto' | 'off' = 'auto';

  /** Times in the control bar: `both` (elapsed / duration and remaining), `elapsed` or `remaining`. */
  timeFormat: 'both' | 'elapsed' | 'remaining' = 'both';

  /** Captions from the start (`on`) or not (`off`); the reader's own remembered choice wins, and without either the track's `default` decides. */
  declare captions?: 'on' | 'off';

  /** A live stream: the card says LIVE; set by the player too once the stream proves live. */
  live = false;

  /** video.js options merged over ours when the player is created (JSON in the attribute): `{ "plugins": { … } }`. */
  declare options?: Record<string, unknown> | null;

  /** Emits schema.org `VideoObject` JSON-LD into a `<script type="application/ld+json">` child. */
  structuredData = false;

  /** Summary of the clip, for structured data (text). */
  declare description?: string;

  /** When the clip was first published (ISO 8601), for structured data. */
  declare uploadDate?: string;

  /** When the live broadcast started (ISO 8601), for structured data. */
  declare liveStart?: string;

  /** When the live broadcast ends or ended (ISO 8601), for structured data. */
  declare liveEnd?: string;

  /** Starts muted; also the live muted state once loaded. */
  get muted(): boolean {
    return this.engines.engine?.muted ?? this._muted;
  }
  set muted(value: boolean) {
    const old = this._muted;
    this._muted = Boolean(value);
    this.engines.engine?.setMuted(this._muted);
    this.requestUpdate('muted', old);
  }
  private _muted = false;

  private _volume = 1;
  private children$: MutationObserver | undefined;
  /** The language the engine's controls speak, to relabel them when it changes. */
  private controlsLang: string | undefined;

  /** The current state; reflected to the read-only `state` attribute. */
  get state(): PlayerState {
    return this.machine.state;
  }

  /** Why the player is `unavailable`, else `undefined`. */
  get error(): NewsPlayerErrorInfo | undefined {
    return this.machine.error;
  }

  /** The video.js Player once loaded (for plugins), `undefined` before. */
  get player(): Player | undefined {
    return this.engines.player;
  }

  /** True unless media is playing or about to. */
  get paused(): boolean {
    const engine = this.engines.engine;
    return engine ? engine.paused : this.machine.intent !== 'play' || this.state === 'unavailable';
  }

  /** True once the clip has played to its end. */
  get ended(): boolean {
    return this.state === 'ended';
  }

  /** Playback position in seconds; set while idle, it is kept and applied when media loads. */
  get currentTime(): number {
    const engine = this.engines.loaded;
    return engine ? engine.currentTime : this.position.idle(parseTime(this.start));
  }
  set currentTime(value: number) {
    const time = Number(value);
    if (!Number.isFinite(time) || time < 0) return;
    const engine = this.engines.loaded;
    if (engine) {
      engine.seek(time);
    } else {
      this.position.pending = time;
      this.requestUpdate();
    }
  }

  /** The media's duration, else the `duration` hint, else NaN. */
  get duration(): number {
    const media = this.engines.engine?.duration;
    return media !== undefined && !Number.isNaN(media) ? media : (parseTime(this.durationHint) ?? NaN);
  }

  /** Volume from 0 to 1. */
  get volume(): number {
    return this.engines.engine?.volume ?? this._volume;
  }
  set volume(value: number) {
    const v = Math.min(1, Math.max(0, Number(value)));
    if (!Number.isFinite(v)) return;
    this._volume = v;
    this.engines.engine?.setVolume(v);
  }

  /**
   * The sources in use: `src`, else child `<source>` elements, without those whose address
   * cannot be used (a syntax error, a scheme other than http(s), blob or data).
   */
  get sources(): MediaSource[] {
    return this.usable().sources;
  }

  /** The usable sources, and what the state needs to know of them (a usable one, or only unusable ones: `bad-url`). */
  private usable = () => usableSources(readSources(this, this.src, this.type));
  private sourceFacts = () => this.usable().facts;

  /**
   * The chapters of the child `<track kind="chapters">` (`{ start, end, title }`, sorted), read
   * without loading video.js; empty until fetched and for a clip without chapters.
   */
  get chapters(): readonly Chapter[] {
    return this.chapterTrack.list;
  }

  /**
   * The captions and subtitles tracks: the `<track>` children before video.js loads, then those
   * video.js has, a stream's in-manifest subtitle renditions included (`playlist`/`segments` say
   * where their cues are), with the one shown marked `showing`. See `news-player-captionschange`.
   */
  get captionTracks(): readonly CaptionTrack[] {
    return this.engines.captions ?? tracksOfChildren(this);
  }

  /** The chapter at the current time, `undefined` outside every chapter. */
  get currentChapter(): Chapter | undefined {
    return chapterAt(this.chapters, this.currentTime);
  }

  /**
   * The stretch `{ start, end }` (seconds) the player plays and then pauses at the end of, from a
   * `#t=83,95` link or a `<news-timestamp end>`. Setting it does not seek; `undefined` clears it.
   * It also clears once the reader plays on past its end or seeks out of it.
   */
  get range(): TimeRange | undefined {
    return this.links.range;
  }
  set range(value: TimeRange | undefined) {
    this.links.range = value;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.children$ ??= new MutationObserver((records) => {
      // The player's own JSON-LD script is not a source or a track.
      if (records.every(ownScriptOnly)) return;
      this.chapterTrack.read();
      if (!this.src) this.onSourcesChanged();
    });
    this.children$.observe(this, { childList: true });
    window.addEventListener('online', this.onOnline);
    if (this.engines.engine || this.engines.creatingNow) return; // moved within the page: nothing to redo
    // First connect: settle in the first update, once properties set right after insertion
    // (React's layout effects through @lit/react, `append(el); el.src = …`) have arrived, so a
    // player given a source never reports `no-source` on the way.
    if (this.hasUpdated) this.loading.settle();
  }

  /**
   * Moved into another document (Document Picture-in-Picture) or back: the browser reloads the
   * media from 0:00, paused; it goes on from where it was (styles: see `NewsElement`).
   */
  override adoptedCallback(): void {
    super.adoptedCallback();
    if (!this.engines.loaded || this.live) return;
    this.position.moved(this.machine.intent === 'play');
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.hold.release();
    this.children$?.disconnect();
    window.removeEventListener('online', this.onOnline);
  }

  /** A render held after a click that started the media (see controllers/render-hold.ts) waits here. */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const held = this.hold.take();
    return held ? held.then(() => super.scheduleUpdate()) : super.scheduleUpdate();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!this.hasUpdated) {
      this.audio ||= this.sources.length > 0 && this.sources.every(isAudioSource);
      if (this.isConnected && !this.engines.engine && !this.engines.creatingNow) this.loading.settle();
      return;
    }
    if (changed.has('src') || changed.has('type')) this.onSourcesChanged();
    if (changed.has('loadStrategy') && this.state === 'idle') this.loading.settle();
  }

  protected override updated(changed: PropertyValues<this>): void {
    const engine = this.engines.engine;
    const relabel = this.controlsLang !== `${this.localize.lang}|${this.localize.t.$code}`;
    if (engine && (changed.has('headline') || relabel)) engine.label(this.label(), relabel);
    const described = ['structuredData', 'headline', 'description', 'poster', 'uploadDate', 'src', 'durationHint', 'live', 'liveStart', 'liveEnd'];
    if (described.some((key) => changed.has(key as keyof NewsPlayer))) this.jsonLd.queue();
  }

  // ---- the state and the engine ----------------------------------------------------------------

  /** The player's accessible name: the headline, else "Video player"/"Audio player" (the controls speak this language now). */
  private label(): string {
    const { t, lang } = this.localize;
    this.controlsLang = `${lang}|${t.$code}`;
    return this.headline || (this.audio ? t.audioPlayer : t.videoPlayer);
  }

  /** What follows playback, once the state has taken what the engine reported. */
  private afterEngine(n: EngineNotification): void {
    if (this.position.notify(n)) this.engines.engine?.play().catch(() => undefined);
    if (n.type === 'play') this.page.started();
    if (n.type === 'duration') this.jsonLd.queue();
    if (n.type === 'announce') void this.status.say(() => n.text);
    this.links.notify(n);
  }

  private onStateChange(state: PlayerState, announce: boolean): void {
    const words = stateWords(state, this.error?.code);
    if (announce && words) void this.status.say(words, false);
    this.focus$.stateChanged(state);
    if (state !== 'loading') this.hold.release();
  }

  // ---- reactions -------------------------------------------------------------------------------

  /** Back online after `offline`: Retry by itself. */
  private onOnline = (): void => (this.state === 'unavailable' && this.error?.code === 'offline' ? this.retry() : undefined);

  private onSourcesChanged(): void {
    const { sources, facts } = this.usable();
    const engine = this.engines.engine;
    // The reader asked to play: whatever the page does to the sources meanwhile, the next plays.
    const wanted = this.machine.intent === 'play';
    this.position.sourcesChanged(engine !== undefined && facts.hasSources);
    if (engine && facts.hasSources) {
      const playing = !engine.paused || wanted;
      engine.load(sources, parseTime(this.durationHint));
      this.machine.send({ type: 'sources', ...facts, loaded: true, playing });
      if (playing) engine.play().catch(() => undefined);
      return;
    }
    this.machine.send({ type: 'sources', ...facts, loaded: false, playing: false });
    if (!facts.hasSources || this.engines.creatingNow) return;
    if (wanted && this.state === 'idle') this.play().catch(() => undefined);
    else this.loading.settle();
  }

  private onCardClick = (): void => void this.play().catch(() => undefined);

  private onRetryClick = (): void => {
    this.focus$.retrying();
    this.retry();
  };

  // ---- public methods --------------------------------------------------------------------------

  /**
   * Loads what is needed and plays. Resolves once playing; rejects (never hangs) when the player
   * ends `unavailable`, the browser blocks playback, or `pause()` interrupts.
   */
  play(): Promise<void> {
    const loaded = this.engines.engine !== undefined;
    if (this.state === 'unavailable' || (loaded && this.state === 'playing')) return this.machine.play(loaded);
    // The card (or Retry) goes away now: focus moves to "Please wait", then to the player.
    const hadFocus = this.focus$.playing(() => this.engines.engine !== undefined);
    const promise = this.machine.play(loaded);
    const ensured = this.engines.ensure();
    // A bare media element started (play first, dress after): the card stays until it plays.
    if (!loaded && this.engines.engine) this.hold.hold();
    void ensured.then(async (engine) => {
      if (!engine || this.engines.engine !== engine || this.machine.intent !== 'play') return;
      engine.play().catch((error: unknown) => {
        // Autoplay policy: the state shows the controls so the reader can press play.
        if (this.engines.engine === engine && (error as { name?: string } | null)?.name === 'NotAllowedError') {
          this.machine.send({ type: 'blocked', error });
        }
      });
      if (hadFocus) await this.focus$.toControls(() => engine.focus(), () => this.engines.engine === engine);
    });
    return promise;
  }

  /** Pauses playback; a pending `play()` rejects with `AbortError`. */
  pause(): void {
    const engine = this.engines.engine;
    engine?.pause();
    this.machine.send({ type: 'request-pause', loaded: engine !== undefined });
  }

  /** Loads video.js and the media metadata without playing. */
  async load(): Promise<void> {
    const engine = this.engines.engine;
    this.machine.send({ type: 'request-load', loaded: engine !== undefined });
    if (engine) engine.load(this.sources, parseTime(this.durationHint));
    else await this.engines.ensure();
  }

  /** Starts over after `unavailable`, with the same intent as before (play or just load). */
  retry(): void {
    const intent = this.machine.intent;
    this.machine.send({ type: 'retry', ...this.sourceFacts() });
    if (this.state === 'unavailable') return;
    if (intent === 'load') void this.load();
    else this.play().catch(() => undefined);
  }

  /**
   * The page URL that opens this player at `time` seconds (default: the current second), or plays
   * `time` to `end`: the page with `#t=83` (`#t=83,95`), or `#t=<id>:83` when the player is not the
   * page's first. A live stream's link has no time.
   */
  linkAt(time: number = Math.floor(this.currentTime), end?: number): string {
    return this.links.linkAt(time, end);
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
    await this.status.say((t) => (copied ? t.linkCopied : t.linkCopyFailed));
    return copied ? url : undefined;
  }

  // ---- render ----------------------------------------------------------------------------------

  private renderPoster() {
    return this.poster ? html`<img part="poster" class="poster" src=${this.poster} alt="" />` : nothing;
  }

  private renderCard() {
    const { localize, headline, live, durationHint, prefetch } = this;
    const poster = this.renderPoster();
    return renderCard({ localize, headline, live, durationHint, pending: this.position.pending, poster, intent: prefetch.intent, press: this.onCardClick });
  }

  override render() {
    const state = this.state;
    const showStage = this.engines.engine !== undefined && state !== 'unavailable';
    return html`<div
      part="base"
      class="base ${this.audio ? 'audio' : 'video'} ${showStage ? 'loaded' : ''} time-${this.timeFormat}"
      lang=${this.localize.lang}
      dir=${this.localize.dir}
    >
      ${showStage && this.audio ? renderAudioTitle(this.headline, this.duration, this.localize) : nothing}
      <div part="stage" class="stage" ?hidden=${!showStage}></div>
      ${state === 'idle' ? this.renderCard() : nothing}
      ${state === 'loading' && !this.machine.started ? renderLoading(this.renderPoster(), this.localize) : nothing}
      ${state === 'unavailable' ? renderUnavailable(this.renderPoster(), this.error?.code, this.localize, this.onRetryClick, this.headline) : nothing}
      <div class="sr-only" role="status">${this.status.text}</div>
    </div>`;
  }
}
