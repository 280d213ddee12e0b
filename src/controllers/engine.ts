import type { ReactiveControllerHost } from 'lit';
import type { LocalizeController } from '../i18n/localize.js';
import type { Engine, EngineElement, EngineNotification } from '../engine/contract.js';
import type { MediaSource } from '../media/sources.js';
import { anyStreaming, loadEngineChunks } from '../engine/chunks.js';
import { canStartEarly, startEarly } from '../engine/early-media.js';
import { hasPageVideojs, type Player } from '../media/videojs-loader.js';
import { NewsPlayerCreateEvent } from '../events/news-player-create.js';
import { NewsPlayerCaptionsChangeEvent } from '../events/news-player-captionschange.js';
import type { CaptionTrack } from '../media/caption-tracks.js';
import type { PlayerStateController } from './player-state.js';
import type { SourceFacts } from '../state/player-machine.js';
import { usableUrl } from '../media/url.js';

/** What the engine's lifetime needs of its element: its public API, and a render root. */
export interface EngineHost extends ReactiveControllerHost, EngineElement {
  /** Set once the stream proves live, cleared when a later source proves it is not. */
  live: boolean;
}

/** What the element does with its engine. */
export interface EngineOwner {
  /** The player's accessible name now. */
  label(): string;
  /** Where playback starts, taken once metadata has arrived (`currentTime` set before, or `start`). */
  startAt(): number | undefined;
  /** Whether the player has a usable source, or was given only unusable ones. */
  sourceFacts(): SourceFacts;
  /** A notification of the live engine, after the state has taken it (those of a released engine never arrive). */
  notify(notification: EngineNotification): void;
}

/**
 * The lifetime of `<news-player>`'s engine: fetches its chunks (with video.js's words for the
 * reader's language) while the player is `loading`, creates it once however many callers ask,
 * forwards the notifications of the engine alive now and drops those of one released since, and
 * releases it. Also starts the media request at the click, beside the chunks rather than after
 * them.
 */
export class EngineController {
  /** The engine, once created. */
  engine: Engine | undefined;
  /** The video.js Player while the engine that made it is being created (during `news-player-create`). */
  private newborn: Player | undefined;
  /** The captions tracks the engine reported last; `undefined` while none is alive. */
  captions: CaptionTrack[] | undefined;
  private creating: Promise<Engine | undefined> | undefined;
  /** Bumped on every release, so late results of an older engine are ignored. */
  private generation = 0;
  /** A detached `<video>` that started the media request early (see {@link warm}). */
  private warmer: HTMLVideoElement | undefined;
  /** The stream proved live (not declared so): a later on-demand source makes it not live again. */
  private liveDetected = false;

  constructor(
    private readonly host: EngineHost,
    private readonly localize: LocalizeController,
    private readonly machine: PlayerStateController,
    private readonly owner: EngineOwner,
  ) {}

  /** The video.js Player, from its creation until the engine is released. */
  get player(): Player | undefined {
    return this.engine?.player ?? this.newborn;
  }

  /** True while the engine's chunks are on their way. */
  get creatingNow(): boolean {
    return this.creating !== undefined;
  }

  /** The engine once its metadata applied the start position (times are the media's), else `undefined`. */
  get loaded(): Engine | undefined {
    return this.machine.started ? this.engine : undefined;
  }

  /**
   * The engine, created (its chunks fetched, the player `loading` meanwhile) if need be;
   * `undefined` without sources (the player is then `unavailable`), when it was released meanwhile
   * or when its chunks failed.
   */
  ensure(): Promise<Engine | undefined> {
    if (this.engine) return Promise.resolve(this.engine);
    if (this.creating) return this.creating;
    const { host, machine } = this;
    const sources = host.sources;
    if (sources.length === 0) {
      machine.send({ type: 'failed', code: this.owner.sourceFacts().unusable ? 'bad-url' : 'no-source' });
      return Promise.resolve(undefined);
    }
    machine.send({ type: 'load-start' });
    const generation = this.generation;
    const streaming = anyStreaming(sources);
    const live = () => generation === this.generation;
    const root = host.shadowRoot!;
    const stage = () => root.querySelector<HTMLElement>('.stage');
    const delegate = {
      notify: (n: EngineNotification) => {
        if (!live()) return;
        // video.js's element has what the early request fetched (or failed on its own): let go.
        if (n.type === 'metadata' || (n.type === 'media' && n.event === 'error')) this.releaseWarmer();
        this.report(n);
      },
    };
    // Play first, dress after: a bare element plays at once, in the click's gesture; video.js
    // adopts it once it has arrived and the first media bytes have. Not before the first render,
    // and not for a page that brings video.js options or its own video.js (plugins and ads expect
    // `news-player-create` before the media loads).
    const early =
      machine.intent === 'play' && !streaming && !host.options && !hasPageVideojs() && canStartEarly(sources[0]) && stage()
        ? startEarly({ element: host, root, stage: stage()!, label: this.owner.label(), toggleLabel: this.localize.t.playMedia(this.owner.label()), delegate }, sources)
        : undefined;
    // Else the media request starts with the chunks, unless nothing may load before play.
    if (!early && !streaming && !(host.preload === 'none' && machine.intent !== 'play')) this.warm(sources[0]);
    this.engine = early;
    const { localize } = this;
    // With a bare element playing, video.js is fetched once the media has its first bytes and
    // plays: on a slow link the two would share it, and the reader waits for the media.
    const fetched = (early ? early.whenSettled() : Promise.resolve()).then(() => {
      const chunks = loadEngineChunks(streaming);
      // video.js's own words for the reader's language: its pack, fetched beside video.js.
      const words = Promise.all([chunks.engine, localize.ready])
        .then(([m]) => m.videojsLanguage(localize.lang, localize.t))
        .catch(() => undefined);
      return Promise.all([chunks.videojs, chunks.sheet, words, chunks.engine]);
    });
    const creating = fetched.then(
      async ([videojs, sheet, pack, m]) => {
        if (early) {
          await early.whenSettled();
          // A task of its own: not the one that evaluated video.js's module (the reader's frames come between).
          await new Promise((resolve) => setTimeout(resolve));
        }
        if (!live() || !host.isConnected) return undefined;
        this.creating = undefined;
        this.engine = m.createEngine({
          videojs,
          sheet,
          words: pack,
          element: host,
          root,
          stage: stage()!,
          label: this.owner.label(),
          i18n: () => ({ lang: localize.lang, t: localize.t }),
          delegate,
          adopt: early?.handOver(),
        });
        // The stage shows now (before anyone focuses the player's element).
        host.requestUpdate();
        return this.engine;
      },
      () => {
        if (!live()) return undefined;
        this.creating = undefined;
        // The chunks themselves could not be fetched.
        machine.send({ type: 'failed', code: navigator.onLine === false ? 'offline' : 'network' });
        return undefined;
      },
    );
    this.creating = creating;
    return early ? Promise.resolve(early) : creating;
  }

  /**
   * What the engine reports: media events re-dispatched from the element, the start position
   * applied with the metadata, a stream that proves live; then the state's to decide, then the
   * element's concerns that follow playback.
   */
  private report(n: EngineNotification): void {
    const host = this.host;
    switch (n.type) {
      case 'created':
        // Before the source loads: plugins, ads and analytics attach here (`el.player` is set).
        this.newborn = n.player;
        host.dispatchEvent(new NewsPlayerCreateEvent({ player: n.player }));
        break;
      case 'captions':
        this.captions = n.tracks;
        host.dispatchEvent(new NewsPlayerCaptionsChangeEvent({ tracks: n.tracks, showing: n.tracks.find((t) => t.showing) }));
        break;
      case 'media': {
        const type = n.event;
        host.dispatchEvent(new Event(type));
        return;
      }
      case 'metadata': {
        const time = this.owner.startAt();
        if (time !== undefined && time > 0) this.engine?.seek(time);
        break;
      }
      case 'duration':
        if (n.duration === Infinity) {
          this.liveDetected ||= !host.live;
          host.live = true;
        } else if (n.duration > 0 && this.liveDetected) {
          this.liveDetected = false;
          host.live = false;
        }
        break;
    }
    this.machine.send(n);
    this.owner.notify(n);
  }

  /** Disposes of the engine (or forgets the one on its way) and stops the early media request. */
  release(): void {
    this.generation++;
    const engine = this.engine;
    this.engine = undefined;
    this.newborn = undefined;
    this.captions = undefined;
    this.creating = undefined;
    engine?.dispose();
    this.releaseWarmer();
  }

  /**
   * Starts the media request now, beside the requests for the engine's chunks rather than after
   * them: a detached `<video>` loads the first source's metadata, and the browser hands what it
   * fetched to video.js's own element for the same URL (Chromium shares media data per URL: on a
   * slow link the player's metadata then arrives in milliseconds instead of another round trip).
   */
  private warm({ src, type }: MediaSource): void {
    const url = usableUrl(src);
    if (this.warmer || !url) return;
    const video = document.createElement('video');
    if (type && !video.canPlayType(type)) return;
    // Metadata only: on a slow link, more would compete with the chunks for bandwidth.
    video.preload = 'metadata';
    video.muted = true;
    // The same CORS mode as video.js's element, or the browser will not share the data.
    if (this.host.crossOrigin != null) video.crossOrigin = this.host.crossOrigin;
    video.src = url;
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
}
