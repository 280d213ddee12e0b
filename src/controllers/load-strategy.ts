import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { PlayerState } from '../media/state.js';
import type { SourceFacts } from '../state/player-machine.js';
import type { PlayerStateController } from './player-state.js';

/** What the load strategy needs of a player: its attributes and its public API. */
export interface LoadStrategyHost extends ReactiveControllerHost, HTMLElement {
  readonly loadStrategy: 'interaction' | 'visible' | 'eager';
  readonly autoplay: boolean;
  readonly state: PlayerState;
  /** The video.js Player while the player has one. */
  readonly player?: unknown;
  currentTime: number;
  play(): Promise<void>;
  load(): Promise<void>;
}

/**
 * When a player loads: on interaction (the default: only the poster card until the reader asks),
 * when it comes within 200px of the viewport (`load="visible"`), at once (`eager`, `autoplay`),
 * and again where it was when a playing player was taken out of the page and put back. A move
 * (out and back in the same task) changes nothing; a player that stays out lets go of video.js.
 */
export class LoadStrategyController implements ReactiveController {
  private visibility: IntersectionObserver | undefined;
  /** Where a player that was playing stood when it left the page, to go on from when it is back. */
  private resumeAt: number | undefined;

  constructor(
    private readonly host: LoadStrategyHost,
    private readonly machine: PlayerStateController,
    /** Whether the player has a usable source, or was given only unusable ones. */
    private readonly sourceFacts: () => SourceFacts,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.visibility?.disconnect();
    this.visibility = undefined;
    // A move is a disconnect then a connect in the same task: only let go if we stay out.
    queueMicrotask(() => {
      const host = this.host;
      if (host.isConnected) return;
      // Media playing in the early element (before video.js) counts as loaded too.
      const loaded = host.player || (host.state !== 'loading' && host.state !== 'idle');
      if (loaded && host.state !== 'unavailable') this.resumeAt = host.currentTime;
      this.machine.send({ type: 'removed' });
    });
  }

  /** Puts a player without an engine where its attributes say it should be. */
  settle(): void {
    const host = this.host;
    const resume = this.resumeAt;
    const strategy = host.loadStrategy;
    const wait = resume === undefined && !host.autoplay && strategy !== 'eager' && strategy !== 'visible';
    this.machine.send({ type: 'settle', ...this.sourceFacts(), wait });
    if (host.state === 'unavailable') return;
    if (resume !== undefined) {
      this.resumeAt = undefined;
      host.currentTime = resume;
      void host.load();
    } else if (host.autoplay) {
      host.play().catch(() => undefined);
    } else if (strategy === 'eager') {
      void host.load();
    } else if (strategy === 'visible') {
      this.observeVisibility();
    }
  }

  private observeVisibility(): void {
    if (this.visibility || typeof IntersectionObserver === 'undefined') return;
    this.visibility = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) {
          this.visibility?.disconnect();
          this.visibility = undefined;
          void this.host.load();
        }
      },
      { rootMargin: '200px' },
    );
    this.visibility.observe(this.host);
  }
}
