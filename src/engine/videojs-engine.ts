// The engine of `<news-player>`: video.js behind the typed contract of ./contract.ts. A lazy chunk
// fetched with video.js at the first play (or on hover/focus of the poster card), so the page pays
// nothing for it before then. It imports no element: commands come in through `Engine`, and what
// happens goes out through the one delegate.
import type { Adoption, CreateEngine, Engine, EngineDelegate, EngineElement, EngineNotification, EngineSetup } from './contract.js';
import type { Player } from '../media/videojs-loader.js';
import { chapterAt } from '../media/chapters.js';
import type { MediaSource } from '../media/sources.js';
import { withoutDynamicStyle } from '../media/videojs-loader.js';
import { adoptSheet } from '../internal/sheets.js';
import { parseTime } from '../media/time.js';
import { MEDIA_EVENTS } from '../events/media-events.js';
import { failureCode } from '../media/probe.js';
import { installControls, registerControls, type NewsControls } from '../media/vjs-components.js';
import { SPEEDS } from '../media/vjs-settings.js';
import { captionTracksOf } from '../media/vjs-captions.js';
import { installKeys, registerKeys, type Keys } from '../media/vjs-keys.js';
import { tracksSignature } from '../media/captions-choice.js';
import { StopAt } from './stop-at.js';
import { completeEnglish } from '../i18n/localize.js';
import { MiniPlayer } from './mini-player.js';
import { MediaSessionLink } from '../media/media-session.js';
import enControls from '../i18n/en-controls.js';

// The controls' English words arrive with them.
completeEnglish(enControls);

export { videojsLanguage } from '../media/videojs-lang.js';

const KNOWN_EXTENSIONS = /\.(mp4|m4v|mov|webm|ogv|ogg|oga|mp3|m4a|aac|opus|wav|flac|weba|m3u8|mpd)(?:$|[?#])/i;

/**
 * A MIME type for a source that has neither `type` nor a known extension (`/video?id=42`).
 * video.js picks its playback tech by type and would refuse such a URL outright; the browser
 * sniffs the real format from the bytes, so a generic type lets it try.
 */
function guessType(src: string, audio: boolean): string | undefined {
  if (KNOWN_EXTENSIONS.test(src)) return undefined;
  return audio ? 'audio/mp4' : 'video/mp4';
}

/**
 * What the reader does not need in the first second of a handover, built after it, a task at a
 * time (`dress`, then `decorate`), so that no task after the click runs long: video.js's menus,
 * volume, remaining time, picture-in-picture and fullscreen, its poster, title bar and big button,
 * the captions settings dialog, then our own controls (settings, copy link, chapters). The first
 * run of any of it is cold code (compiled as it runs), which is what made the adopting task long.
 * Not the chapter menu: video.js 8's ChaptersButton, made once its track exists, listens with a
 * handler it has not set yet (`selectCurrentItem_`) and throws; made with the player it is cheap.
 */
const LATER_BAR = ['VolumePanel', 'RemainingTimeDisplay', 'DescriptionsButton', 'SubsCapsButton', 'AudioTrackButton', 'PictureInPictureToggle', 'FullscreenToggle'];
const LATER_PLAYER = ['PosterImage', 'TitleBar', 'BigPlayButton'];
const off = (names: string[]) => Object.fromEntries(names.map((name) => [name[0].toLowerCase() + name.slice(1), false]));

/** The private members of video.js's Player used to adopt a playing element. */
interface Adopting {
  updateSourceCaches_(source: MediaSource): void;
}
/** video.js's Component API, as far as building controls later needs it. */
interface VjsParent {
  getChild(name: string): VjsParent | undefined;
  children(): { name?(): string }[];
  addChild(name: string, options?: unknown, index?: number): unknown;
  textTrackSettings?: unknown;
  options_: { playerOptions: unknown; children?: string[] };
}

/** video.js 8's PictureInPictureToggle: what it runs on `loadedmetadata`. */
interface PipToggle {
  handlePictureInPictureEnabledChange?(): void;
  handlePictureInPictureAudioModeChange?(): void;
}

/** Adds video.js's component `name` to `parent` where video.js would have put it: by its `children` order. */
function addInOrder(parent: VjsParent, name: string, order: readonly string[], playerOptions: unknown): void {
  const rank = (n = '') => (n ? order.indexOf(n[0].toLowerCase() + n.slice(1)) : -1);
  const mine = rank(name);
  // The player's children include its tech, which is no component (no name).
  const at = parent.children().findIndex((c) => rank(typeof c.name === 'function' ? c.name() : '') > mine);
  // With the player's options, as video.js's own `initChildren` gives every child (its children read them).
  const index = at < 0 ? parent.children().length : at;
  const added = parent.addChild(name, { playerOptions }, index) as { el(): Element };
  // video.js puts the element before the next child's, or last when that child has none (the live
  // tracker): before the next one that has an element there, then.
  const el = added.el();
  const next = parent
    .children()
    .slice(index + 1)
    .map((c) => (c as { el?(): Element | null }).el?.())
    .find((e) => e?.parentNode === el.parentNode);
  if (next) el.parentNode!.insertBefore(el, next);
}

/** video.js events that prove loading is moving. */
const PROGRESS_EVENTS = ['progress', 'loadedmetadata', 'loadeddata', 'canplay', 'timeupdate', 'playing', 'seeked'];

class VideojsEngine implements Engine {
  readonly player: Player;
  /** Ours; after a handover, built a task after the player (`decorate`). */
  private controls: NewsControls | undefined;
  private readonly installOurs: () => NewsControls;
  private readonly keys: Keys;
  private readonly delegate: EngineDelegate;
  private readonly element: EngineElement;
  private sources: readonly MediaSource[] = [];
  private index = 0;
  /** Bumped by every {@link load}: a failure of sources replaced since is not reported. */
  private loads = 0;
  /** The element's `duration` hint, shown until the media's own is known. */
  private hint: number | undefined;
  /** Playback was asked for (and not paused since): a fallback source plays too. */
  private wantsPlay = false;
  /** Where playback pauses by itself ({@link stopAt}). */
  private readonly stop = new StopAt(this, () => {
    this.player.pause();
    this.notify({ type: 'stopped' });
  });
  private disposed = false;
  /** The early engine's element being adopted: until the player is ready, the early engine reports. */
  private adopt: Adoption | undefined;
  /** New sources arrived while adopting: they load once the player is awake (see {@link wake}). */
  private reload = false;
  private captionsQueued = false;
  private captionsSeen = '';
  /** The floating frame when the player scrolls away, and the lock screen's controls (issue 13). */
  private readonly mini: MiniPlayer;
  private readonly session: MediaSessionLink;

  constructor(setup: EngineSetup) {
    const { videojs, root, sheet, element } = setup;
    this.delegate = setup.delegate;
    this.element = element;
    adoptSheet(root, sheet, 'first');
    const adopt = (this.adopt = setup.adopt);
    let el: HTMLElement;
    if (adopt) {
      // The early engine's element, playing in its `data-vjs-player` box: video.js takes the box as
      // its player element and the element as its tech's, where they are (no move, no reload), and
      // its late-init path replays loadstart/loadedmetadata/… to its components (not to us: quiet).
      el = adopt.media;
      el.className = 'video-js vjs-default-skin';
    } else {
      el = document.createElement('video-js');
      el.classList.add('vjs-default-skin');
      if (element.poster) el.setAttribute('poster', element.poster);
      if (element.crossOrigin != null) el.setAttribute('crossorigin', element.crossOrigin);
      if (element.playsInline) el.setAttribute('playsinline', '');
      setup.stage.replaceChildren(el);
    }
    // Ours, then the page's `options` over them (plugins, ads, analytics), then what our layout
    // and words depend on.
    const options = videojs.obj.merge(
      {
        controls: true,
        preload: element.preload || 'metadata',
        loop: element.loop,
        muted: element.muted,
        audioOnlyMode: element.audio,
        errorDisplay: false,
        // At a handover the menus wait (see `dress`): the task that adopts the element stays short.
        // The speeds are in our settings menu (media/vjs-settings.ts), not in video.js's own.
        playbackRates: SPEEDS,
        controlBar: { pictureInPictureToggle: !element.audio, playbackRateMenuButton: false, ...(adopt ? off(LATER_BAR) : {}) },
        ...(adopt ? { textTrackSettings: false, ...off(LATER_PLAYER) } : {}),
        // Our shortcuts instead (../media/vjs-keys.ts): one handler, which knows our shadow root.
        userActions: { hotkeys: false },
        html5: { vhs: { overrideNative: true } },
        // LIVE, back-to-live and a DVR progress bar through video.js's live tracker.
        liveui: true,
      },
      element.options ?? {},
      // A dictionary of this player's own: our words never change the page's other players.
      { fill: true, language: setup.words?.code ?? 'en', languages: setup.words ? { [setup.words.code]: setup.words.strings } : {} },
    );
    // No size rules in document.head for ours, and the page's flag as it was for the page's players.
    const player = withoutDynamicStyle(() => videojs(el, options));
    (player as unknown as { updateStyleEl_(): void }).updateStyleEl_ = () => undefined;
    this.player = player;
    this.mini = new MiniPlayer({ player, element, root: setup.root, stage: setup.stage, i18n: setup.i18n });
    this.session = new MediaSessionLink(player, { headline: () => element.headline, poster: () => element.poster, chapters: () => element.chapters });
    if (adopt) {
      this.sources = element.sources;
      this.index = adopt.index;
      this.wantsPlay = adopt.wantsPlay;
      // What `player.src()` would have recorded, without loading: `play()` waits for a source otherwise.
      const source = this.sources[this.index];
      if (source) (player as unknown as Adopting).updateSourceCaches_(this.typed(source));
      player.el().removeAttribute('src');
      player.ready(() => this.wake());
    }
    this.label(setup.label);
    for (const track of element.querySelectorAll<HTMLTrackElement>(':scope > track')) {
      if (!track.src) continue;
      const { kind, src, srclang, label } = track;
      // Kept across source changes: the tracks belong to the element, not to one source.
      player.addRemoteTextTrack({ kind: kind || 'subtitles', src, srclang, label, default: track.default }, true);
    }
    this.wire();
    // Here, not only inside the install functions: a component class defined in a function that
    // minification inlines into one of them would close over that player's host and keep it alive.
    registerControls(videojs);
    registerKeys(videojs);
    this.installOurs = () =>
      installControls(videojs, player, {
        chapterAt: (time) => chapterAt(element.chapters, time),
        chapters: () => element.chapters,
        duration: () => element.duration,
        copyLink: () => void element.copyLink(),
        i18n: setup.i18n,
        captions: () => (element.captions === 'on' || element.captions === 'off' ? element.captions : undefined),
        audio: element.audio,
      });
    if (!adopt) this.controls = this.installOurs();
    const own = (element.options as { userActions?: { hotkeys?: unknown } } | null | undefined)?.userActions?.hotkeys;
    this.keys = installKeys(videojs, player, {
      element,
      i18n: setup.i18n,
      announce: (text) => this.notify({ type: 'announce', text }),
      start: () => element.range?.start ?? 0,
      shortcuts: own === undefined || own === false,
    });
    player.volume(element.volume);
    this.stop.time = adopt ? adopt.stopAt : element.range?.end;
    this.notify({ type: 'created', player });
  }

  /**
   * The adopted element's player is ready (its late-init replay done): its controls learn that it
   * plays, the early engine stops reporting and we start, with nothing missed or said twice.
   */
  private wake(): void {
    const { player, adopt } = this;
    if (!adopt || this.disposed) return;
    const tech = player.tech(true) as unknown as { trigger(type: string): void };
    const media = adopt.media;
    if (adopt.started) player.hasStarted(true);
    if (!media.paused) {
      tech.trigger('play');
      if (media.readyState > 2) tech.trigger('playing');
    }
    tech.trigger('timeupdate');
    this.adopt = undefined;
    if (adopt.done()) this.focus();
    this.captionsSeen = '';
    this.reportCaptions();
    this.stop.arm();
    if (this.reload) {
      this.reload = false;
      this.apply();
      if (this.wantsPlay) this.player.play()?.catch(() => undefined);
    }
    setTimeout(() => this.dress());
  }

  /** Builds video.js's part of what a handover left for later, where video.js would have put it; ours follow in a task of their own. */
  private dress(): void {
    if (this.disposed || this.player.isDisposed()) return;
    const player = this.player as unknown as VjsParent;
    const bar = player.getChild('ControlBar');
    const playerOrder = player.options_.children ?? [];
    const { playerOptions } = player.options_;
    for (const name of LATER_PLAYER) addInOrder(player, name, playerOrder, playerOptions);
    // The dialog before the menus: the captions menu lists its "captions settings" item only when it exists.
    player.textTrackSettings = player.addChild('TextTrackSettings', { playerOptions });
    if (bar) {
      const barOrder = bar.options_.children ?? [];
      for (const name of LATER_BAR) if (name !== 'PictureInPictureToggle' || !this.element.audio) addInOrder(bar, name, barOrder, playerOptions);
      // It enables itself on `loadedmetadata`, which has been.
      const pip = bar.getChild('PictureInPictureToggle') as PipToggle | undefined;
      pip?.handlePictureInPictureEnabledChange?.();
      pip?.handlePictureInPictureAudioModeChange?.();
    }
    this.keys.dressed();
    setTimeout(() => this.decorate());
  }

  /** Our controls after a handover: settings, copy link, chapter marks and title, digits. */
  private decorate(): void {
    if (this.disposed || this.player.isDisposed() || this.controls) return;
    this.controls = this.installOurs();
    this.controls.dressed();
  }

  get currentTime(): number {
    return this.player.currentTime() ?? 0;
  }

  get duration(): number {
    const d = Number(this.player.duration());
    return d > 0 ? d : NaN;
  }

  get paused(): boolean {
    return Boolean(this.player.paused());
  }

  get playbackRate(): number {
    return Number(this.player.playbackRate()) || 1;
  }

  get volume(): number {
    return this.player.volume() ?? 1;
  }

  get muted(): boolean {
    return Boolean(this.player.muted());
  }

  play(): Promise<void> {
    this.wantsPlay = true;
    return this.player.play() ?? Promise.resolve();
  }

  pause(): void {
    this.wantsPlay = false;
    this.player.pause();
  }

  seek(time: number): void {
    this.player.currentTime(time);
  }

  stopAt(time: number | undefined): void {
    this.stop.set(time);
  }

  load(sources: readonly MediaSource[], duration?: number): void {
    this.sources = sources;
    this.index = 0;
    this.loads++;
    this.hint = duration;
    // Mid-handover video.js's late init still holds the adopted element's source, and would
    // put it back: the new sources load once it is done.
    if (this.adopt) this.reload = true;
    else this.apply();
  }

  setVolume(volume: number): void {
    this.player.volume(volume);
  }

  setMuted(muted: boolean): void {
    this.player.muted(muted);
  }

  label(name: string, relabel = false): void {
    this.player.el().setAttribute('aria-label', name);
    if (relabel) {
      void this.controls?.relabel();
      this.mini.relabel();
    }
    this.session.refresh();
  }

  refreshChapters(): void {
    this.controls?.refresh();
    this.session.refresh();
  }

  focus(): void {
    (this.player.el() as HTMLElement).focus({ preventScroll: true });
  }

  dispose(): void {
    this.disposed = true;
    this.adopt?.done();
    this.stop.cancel();
    this.mini.dispose();
    this.session.dispose();
    if (!this.player.isDisposed()) this.player.dispose();
  }

  private notify(notification: EngineNotification): void {
    if (!this.disposed && (!this.adopt || notification.type === 'created')) this.delegate.notify(notification);
  }

  /** Gives video.js the current source, with the duration hint until the media's own is known. */
  private apply(): void {
    const source = this.sources[this.index];
    if (!source) return;
    this.player.src(this.typed(source));
    if (this.hint && !(Number(this.player.duration()) > 0)) this.player.duration(this.hint);
  }

  /** video.js picks its playback tech by type: a source with neither a type nor a known extension gets a generic one, and the browser sniffs the real format. */
  private typed(source: MediaSource): MediaSource {
    return { src: source.src, type: source.type ?? guessType(source.src, this.element.audio) };
  }

  private wire(): void {
    const player = this.player;
    // Each media event is re-dispatched first, then what it means (the error after classification).
    for (const event of MEDIA_EVENTS) {
      if (event !== 'error') player.on(event, () => this.notify({ type: 'media', event }));
    }
    player.on(PROGRESS_EVENTS, () => this.notify({ type: 'progress' }));
    player.on('loadedmetadata', () => this.notify({ type: 'metadata' }));
    player.on('play', () => {
      this.wantsPlay = true;
      this.notify({ type: 'play' });
    });
    player.on('playing', () => this.notify({ type: 'playing' }));
    player.on('pause', () => {
      this.stop.cancel();
      // Source switches and errors also fire pause, and so does the end: not a pause of playback.
      if (player.ended() || player.error()) return;
      this.wantsPlay = false;
      this.notify({ type: 'pause', hasStarted: player.hasClass('vjs-has-started') });
    });
    player.on('waiting', () => this.notify({ type: 'waiting' }));
    player.on('ended', () => this.notify({ type: 'ended' }));
    player.on('timeupdate', () => {
      this.notify({ type: 'time', time: this.currentTime, duration: Number(player.duration()) });
      this.stop.check();
    });
    player.on(['playing', 'seeked', 'ratechange'], () => this.stop.arm());
    player.on('durationchange', () => this.notify({ type: 'duration', duration: Number(player.duration()) }));
    player.on('seeked', () => this.notify({ type: 'seeked', time: this.currentTime }));
    player.on('ratechange', () => this.notify({ type: 'rate' }));
    player.on('error', () => void this.onError());
    // The tracks (the element's, a stream's renditions once its manifest is read) and which shows.
    const tracks = player.textTracks() as unknown as { on(types: string[], listener: () => void): void };
    tracks.on(['addtrack', 'removetrack', 'change'], () => this.reportCaptions());
    player.on('loadedmetadata', () => this.reportCaptions());
  }

  /** Reports the captions tracks, once per task however many track events came. */
  private reportCaptions(): void {
    if (this.captionsQueued) return;
    this.captionsQueued = true;
    queueMicrotask(() => {
      this.captionsQueued = false;
      if (this.player.isDisposed()) return;
      const tracks = captionTracksOf(this.player, this.element);
      // Reported when something a listener sees changed (track events come in bursts).
      const signature = tracksSignature(tracks);
      if (signature === this.captionsSeen) return;
      this.captionsSeen = signature;
      this.notify({ type: 'captions', tracks });
    });
  }

  /** The next source after a failure, else the failure told apart and reported. */
  private async onError(): Promise<void> {
    const player = this.player;
    const mediaErrorCode = player.error()?.code;
    const failed = this.sources[this.index];
    const loads = this.loads;
    const media = player.tech(true)?.el() as HTMLMediaElement | undefined;
    this.notify({ type: 'media', event: 'error' });
    // Try the next `<source>` before giving up, as a reader would expect of "all failed".
    if (this.index + 1 < this.sources.length) {
      this.index++;
      player.error(null);
      this.apply();
      if (this.wantsPlay) player.play()?.catch(() => undefined);
      return;
    }
    const code = await failureCode(media, failed, mediaErrorCode);
    // New sources arrived while the old one was probed: its failure is no longer the player's.
    if (loads !== this.loads) return;
    this.notify({ type: 'failed', code, mediaErrorCode });
  }
}

/** Creates the video.js player in the element's stage, wired to the delegate, loading the sources. */
export const createEngine: CreateEngine = (setup) => {
  const engine = new VideojsEngine(setup);
  const { element } = setup;
  // An adopted element plays its source already: loading it again would start it over.
  if (!setup.adopt) engine.load(element.sources, parseTime(element.durationHint));
  return engine;
};
