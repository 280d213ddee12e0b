// Play first, dress after: at the reader's click a bare `<video>` in the player's stage starts the
// first source at once (inside the click's user gesture, so `play()` is allowed), with a minimal
// overlay of ours; video.js arrives after the first media bytes and adopts that same element
// without restarting it (videojs-engine.ts, `adopt`). Until then this is the player's engine.
// Part of the before-play entry: keep it tiny (its failure path is a chunk fetched on failure). Its
// overlay's look (`.early`, `.early-bar`…) is in the player's stylesheet (news-player.styles.ts),
// which the shadow root has already: no stylesheet to build and adopt at the click.
import type { Adoption, EarlyEngine, EngineDelegate, EngineElement, EngineNotification } from './contract.js';
import type { MediaSource } from '../media/sources.js';
import { MEDIA_EVENTS, type MediaEventType } from '../events/media-events.js';
import { isStreaming } from '../media/sources.js';
import { StopAt } from './stop-at.js';

/** Everything the early engine is started with. */
export interface EarlySetup {
  element: EngineElement;
  root: ShadowRoot;
  /** Where the media element goes, inside `root`; video.js takes it over there. */
  stage: HTMLElement;
  /** The player's accessible name, and the play/pause toggle's. */
  label: string;
  toggleLabel: string;
  delegate: EngineDelegate;
}

const PROGRESS = new Set(['progress', 'loadedmetadata', 'loadeddata', 'canplay', 'timeupdate', 'playing', 'seeked']);
/** Events whose meaning carries nothing more than its name. */
const PLAIN: Record<string, 'metadata' | 'play' | 'playing' | 'waiting' | 'ended' | 'rate'> = {
  loadedmetadata: 'metadata',
  play: 'play',
  playing: 'playing',
  waiting: 'waiting',
  ended: 'ended',
  ratechange: 'rate',
};
/** True when `source` can start in a bare media element: progressive, of a type the browser may play (streams need video.js's engine). */
export function canStartEarly(source: MediaSource | undefined): boolean {
  if (!source || isStreaming(source.src, source.type)) return false;
  return !source.type || document.createElement('video').canPlayType(source.type) !== '';
}

const el = <K extends keyof HTMLElementTagNameMap>(tag: K, className = ''): HTMLElementTagNameMap[K] =>
  Object.assign(document.createElement(tag), { className });

class EarlyMedia implements EarlyEngine {
  readonly player = undefined;
  readonly media = el('video');
  /** The media's box, which video.js ingests as its player element (`data-vjs-player`). */
  private readonly box = el('div', 'early');
  private readonly bar = el('div', 'early-bar');
  private readonly toggle = el('button');
  private readonly fill = el('div', 'early-fill');
  private readonly spinner = el('span', 'spinner');
  private readonly delegate: EngineDelegate;
  private sources: readonly MediaSource[] = [];
  private index = 0;
  private loads = 0;
  private wantsPlay = false;
  /** The media has played (`playing` was seen). */
  private started = false;
  /** A failure is being told apart: not the moment to hand over. */
  private failing = false;
  private listening = true;
  private waiters: (() => void)[] = [];
  private readonly stop: StopAt;
  private shown = '';

  constructor(setup: EarlySetup) {
    const { element } = setup;
    const { media, box, bar, toggle } = this;
    this.delegate = setup.delegate;
    box.setAttribute('data-vjs-player', '');
    box.setAttribute('role', 'region');
    media.preload = 'auto';
    media.playsInline = element.playsInline;
    if (element.poster) media.poster = element.poster;
    if (element.crossOrigin != null) media.crossOrigin = element.crossOrigin;
    media.loop = element.loop;
    media.muted = element.muted;
    media.volume = element.volume;
    toggle.type = 'button';
    toggle.setAttribute('aria-label', setup.toggleLabel);
    toggle.onclick = () => (media.paused ? this.play().catch(() => undefined) : this.pause());
    const track = el('div', 'early-track');
    track.append(this.fill);
    track.setAttribute('aria-hidden', 'true');
    bar.append(toggle, track);
    box.append(media, this.spinner);
    setup.stage.replaceChildren(box, bar);
    this.label(setup.label);
    for (const type of [...MEDIA_EVENTS, 'progress']) media.addEventListener(type, this);
    this.stop = new StopAt(this, () => {
      media.pause();
      this.notify({ type: 'stopped' });
    }, element.range?.end);
    this.draw();
  }

  get currentTime(): number {
    return this.media.currentTime;
  }

  get duration(): number {
    const d = this.media.duration;
    return d > 0 ? d : NaN;
  }

  get paused(): boolean {
    return this.media.paused;
  }

  get playbackRate(): number {
    return this.media.playbackRate || 1;
  }

  get volume(): number {
    return this.media.volume;
  }

  get muted(): boolean {
    return this.media.muted;
  }

  play(): Promise<void> {
    this.wantsPlay = true;
    this.draw();
    return this.media.play().catch((error: unknown) => {
      // Blocked (or interrupted): nothing more will come of this request; video.js may take over.
      this.wantsPlay = false;
      this.check();
      throw error;
    });
  }

  pause(): void {
    this.wantsPlay = false;
    this.media.pause();
  }

  seek(time: number): void {
    this.media.currentTime = time;
  }

  stopAt(time: number | undefined): void {
    this.stop.set(time);
  }

  load(sources: readonly MediaSource[]): void {
    this.sources = sources;
    this.index = 0;
    this.loads++;
    this.failing = false;
    this.apply();
  }

  setVolume(volume: number): void {
    this.media.volume = volume;
  }

  setMuted(muted: boolean): void {
    this.media.muted = muted;
  }

  label(name: string): void {
    this.box.setAttribute('aria-label', name);
  }

  refreshChapters(): void {}

  focus(): void {
    this.toggle.focus({ preventScroll: true });
  }

  whenSettled(): Promise<void> {
    return new Promise((resolve) => {
      this.waiters.push(resolve);
      this.check();
    });
  }

  handOver(): Adoption {
    return {
      media: this.media,
      index: this.index,
      stopAt: this.stop.time,
      wantsPlay: this.wantsPlay,
      started: this.started,
      done: () => {
        const focused = this.toggle.matches(':focus');
        this.detach();
        this.bar.remove();
        this.spinner.remove();
        return focused;
      },
    };
  }

  dispose(): void {
    this.detach();
    const media = this.media;
    media.removeAttribute('src');
    media.load();
    this.box.remove();
    this.bar.remove();
  }

  /** The media element's events: re-dispatched first, then what they mean. */
  handleEvent({ type }: Event): void {
    const media = this.media;
    if (type === 'error') return void this.onError();
    if (type !== 'progress') this.notify({ type: 'media', event: type as MediaEventType });
    if (PROGRESS.has(type)) this.notify({ type: 'progress' });
    const plain = PLAIN[type];
    if (type === 'play') this.wantsPlay = true;
    if (type === 'playing') this.started = true;
    if (plain) this.notify({ type: plain });
    else if (type === 'timeupdate') {
      this.notify({ type: 'time', time: media.currentTime, duration: media.duration });
      this.stop.check();
    } else if (type === 'durationchange') this.notify({ type: 'duration', duration: media.duration });
    else if (type === 'seeked') this.notify({ type: 'seeked', time: media.currentTime });
    // The end and errors also pause: not a pause of playback.
    else if (type === 'pause' && !media.ended && !media.error) {
      this.wantsPlay = false;
      this.notify({ type: 'pause', hasStarted: this.started });
    }
    if (type === 'pause') this.stop.cancel();
    if (type === 'playing' || type === 'seeked' || type === 'ratechange') this.stop.arm();
    this.draw();
    this.check();
  }

  private notify(n: EngineNotification): void {
    if (this.listening) this.delegate.notify(n);
  }

  private detach(): void {
    this.listening = false;
    this.stop.cancel();
    for (const type of [...MEDIA_EVENTS, 'progress']) this.media.removeEventListener(type, this);
  }

  private apply(): void {
    const source = this.sources[this.index];
    if (source) this.media.src = source.src;
  }

  /** The overlay: the toggle's state, the progress, a spinner while playback waits for data. */
  private draw(): void {
    const { media, toggle } = this;
    const playing = !media.paused;
    // Written only when it changed: the DOM is not touched on every media event.
    const shown = `${playing} ${(media.duration > 0 ? media.currentTime / media.duration : 0).toFixed(3)} ${playing && media.readyState < 3}`;
    if (shown === this.shown) return;
    this.shown = shown;
    toggle.setAttribute('aria-pressed', String(playing));
    toggle.textContent = playing ? '\u275a\u275a' : '\u25b6';
    this.fill.style.transform = `scaleX(${shown.split(' ')[1]})`;
    this.spinner.hidden = !playing || media.readyState > 2;
  }

  /** video.js may take over once the metadata is in and playback started, or settled paused. */
  private check(): void {
    const media = this.media;
    if (this.failing || media.error || media.readyState < 1 || (this.wantsPlay && !this.started)) return;
    for (const resolve of this.waiters.splice(0)) resolve();
  }

  /** The next source after a failure, else the failure told apart (the probe, fetched now) and reported. */
  private async onError(): Promise<void> {
    const media = this.media;
    const code = media.error?.code;
    const failed = this.sources[this.index];
    const loads = this.loads;
    this.notify({ type: 'media', event: 'error' });
    if (this.index + 1 < this.sources.length) {
      this.index++;
      this.apply();
      if (this.wantsPlay) media.play().catch(() => undefined);
      return;
    }
    this.failing = true;
    const { failureCode } = await import('../media/probe.js');
    const failure = await failureCode(media, failed, code);
    if (loads === this.loads) this.notify({ type: 'failed', code: failure, mediaErrorCode: code });
  }
}

/** Starts `sources` in a bare media element in the stage, playing when asked to. */
export function startEarly(setup: EarlySetup, sources: readonly MediaSource[]): EarlyEngine {
  const engine = new EarlyMedia(setup);
  engine.load(sources);
  return engine;
}
