import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { NewsPlayerStateChangeEvent } from '../events/news-player-statechange.js';
import { NewsPlayerErrorEvent } from '../events/news-player-error.js';
import { NewsPlayerProgressEvent } from '../events/news-player-progress.js';
import type { NewsPlayerErrorInfo } from '../media/errors.js';
import type { PlayerState } from '../media/state.js';
import {
  INITIAL_MODEL,
  transition,
  type Intent,
  type PlayerEffect,
  type PlayerInput,
  type PlayerModel,
  type RejectReason,
} from '../state/player-machine.js';

/** What the state needs of its element. */
export interface PlayerStateHost extends ReactiveControllerHost, HTMLElement {
  /** Seconds without progress before `timeout` (invalid values mean 20). */
  readonly timeout: number;
}

/** What the element does when the state asks (the rest the controller does itself). */
export interface PlayerStateHooks {
  /** Dispose of the engine and stop loading (a failure, Retry, or the element gone). */
  release(): void;
  /** The state changed (after the attribute, before the event); `announce`: say it. */
  changed(state: PlayerState, previous: PlayerState, announce: boolean): void;
}

interface PendingPlay {
  resolve: () => void;
  reject: (reason: unknown) => void;
}

const abortError = (message: string) => Object.assign(new Error(message), { name: 'AbortError' });

/**
 * The one writer of `<news-player>` state: it holds the model (state, intent, error, quartiles),
 * the pending `play()` promises and the `timeout` watchdog, feeds every input through the pure
 * {@link transition} and runs the effects it returns: the reflected `state` attribute,
 * `news-player-statechange`, `news-player-error`, `news-player-progress`, promises, the timer.
 */
export class PlayerStateController implements ReactiveController {
  private model: PlayerModel = INITIAL_MODEL;
  private plays: PendingPlay[] = [];
  private watchdog: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly host: PlayerStateHost,
    private readonly hooks: PlayerStateHooks,
  ) {
    host.addController(this);
  }

  /** The current state. */
  get state(): PlayerState {
    return this.model.state;
  }

  /** Why the player is `unavailable`, else `undefined`. */
  get error(): NewsPlayerErrorInfo | undefined {
    return this.model.error;
  }

  /** What the reader last asked for. */
  get intent(): Intent {
    return this.model.intent;
  }

  /** True once metadata arrived and the start position was applied. */
  get started(): boolean {
    return this.model.started;
  }

  hostConnected(): void {
    if (!this.host.hasAttribute('state')) this.host.setAttribute('state', this.model.state);
  }

  /** Feeds `input` to the state machine and runs what it returns. */
  send(input: PlayerInput): void {
    const { model, effects } = transition(this.model, input);
    this.model = model;
    for (const effect of effects) this.run(effect);
  }

  /** A promise for `play()`, settled by the state (playing, paused, unavailable, blocked). */
  play(loaded: boolean): Promise<void> {
    const promise = new Promise<void>((resolve, reject) => this.plays.push({ resolve, reject }));
    this.send({ type: 'request-play', loaded });
    return promise;
  }

  private run(effect: PlayerEffect): void {
    const host = this.host;
    switch (effect.type) {
      case 'state':
        host.setAttribute('state', effect.state);
        this.hooks.changed(effect.state, effect.previous, effect.announce);
        host.requestUpdate();
        host.dispatchEvent(new NewsPlayerStateChangeEvent({ state: effect.state, previous: effect.previous }));
        break;
      case 'error':
        host.dispatchEvent(new NewsPlayerErrorEvent({ ...effect.error }));
        break;
      case 'quartile':
        host.dispatchEvent(new NewsPlayerProgressEvent({ percent: effect.percent }));
        break;
      case 'resolve-plays':
        for (const p of this.takePlays()) p.resolve();
        break;
      case 'reject-plays': {
        const reason = this.reason(effect.reason, effect.error);
        for (const p of this.takePlays()) p.reject(reason);
        break;
      }
      case 'watchdog':
        clearTimeout(this.watchdog);
        this.watchdog = undefined;
        if (effect.arm) {
          const seconds = Number.isFinite(host.timeout) && host.timeout > 0 ? host.timeout : 20;
          this.watchdog = setTimeout(() => this.send({ type: 'watchdog' }), seconds * 1000);
        }
        break;
      case 'release':
        this.hooks.release();
        break;
    }
  }

  private takePlays(): PendingPlay[] {
    const plays = this.plays;
    this.plays = [];
    return plays;
  }

  private reason(reason: RejectReason, error: unknown): unknown {
    switch (reason) {
      case 'blocked':
        return error;
      case 'paused':
        return abortError('The play() request was interrupted by a call to pause().');
      case 'unavailable':
        return Object.assign(new Error(this.model.error?.message ?? 'Unavailable'), { name: 'NotSupportedError' });
      default:
        return abortError('The play() request was interrupted.');
    }
  }
}
