// What `<news-player>`'s state does on each thing that happens: a pure function from the model and
// an input to the next model and the effects to run (events to fire, promises to settle, the
// watchdog to arm, video.js to release). Nothing here touches the DOM, a timer or the engine, so it
// runs (and is unit-tested) in Node; `PlayerStateController` holds the model and runs the effects.
import type { EngineNotification } from '../engine/contract.js';
import { ERROR_MESSAGES, type ErrorCode, type NewsPlayerErrorInfo } from '../media/errors.js';
import type { PlayerState } from '../media/state.js';

/** What the reader (or the page) last asked for: nothing yet, media loaded, or playback. */
export type Intent = 'none' | 'load' | 'play';

/** A quartile of a playthrough, for `news-player-progress`. */
export type Quartile = 25 | 50 | 75 | 100;

/** Everything player state is made of. */
export interface PlayerModel {
  readonly state: PlayerState;
  readonly intent: Intent;
  /** Why the player is `unavailable`. */
  readonly error: NewsPlayerErrorInfo | undefined;
  /** Metadata arrived and the start position was applied: times are the media's own. */
  readonly started: boolean;
  /** Quartiles reported in this playthrough. */
  readonly quartiles: readonly Quartile[];
  /** The clip played to its end; the next `play` starts a new playthrough. */
  readonly playedThrough: boolean;
}

/** A player that has done nothing yet. */
export const INITIAL_MODEL: PlayerModel = {
  state: 'idle',
  intent: 'none',
  error: undefined,
  started: false,
  quartiles: [],
  playedThrough: false,
};

/**
 * What the element knows of its sources: `hasSources` when one has a usable address; `unusable`
 * when sources were given but none has a usable address (`bad-url` rather than `no-source`).
 */
export interface SourceFacts {
  hasSources: boolean;
  unusable?: boolean;
}

/** The code of a player whose sources cannot be loaded at all. */
const sourceless = (input: SourceFacts): ErrorCode => (input.unusable ? 'bad-url' : 'no-source');

/** What the element asks of its state (the engine's notifications are the other inputs). */
export type PlayerRequest =
  /** `play()`; `loaded`: an engine exists. */
  | { type: 'request-play'; loaded: boolean }
  /** `pause()`. */
  | { type: 'request-pause'; loaded: boolean }
  /** `load()`; `loaded`: the engine reloads its sources. */
  | { type: 'request-load'; loaded: boolean }
  /** The engine is being created (its chunks fetched). */
  | { type: 'load-start' }
  /** A player without an engine takes its place: `hasSources`, and `wait` when nothing is asked of it. */
  | ({ type: 'settle'; wait: boolean } & SourceFacts)
  /** The sources changed; `playing` when the engine was playing them. */
  | ({ type: 'sources'; loaded: boolean; playing: boolean } & SourceFacts)
  /** Retry after `unavailable`: start over. */
  | ({ type: 'retry' } & SourceFacts)
  /** The element left the page for good: forget the engine and the reader's intent. */
  | { type: 'removed' }
  /** The browser refused to play (autoplay policy); the error is handed to pending `play()`s. */
  | { type: 'blocked'; error: unknown }
  /** No progress for `timeout` seconds. */
  | { type: 'watchdog' };

/** Every input of {@link transition}. */
export type PlayerInput = PlayerRequest | EngineNotification;

/** Why pending `play()` promises are rejected. */
export type RejectReason = 'interrupted' | 'paused' | 'unavailable' | 'blocked';

/** What the holder of the model does after a transition, in order. */
export type PlayerEffect =
  /** The state changed: reflect it, fire `news-player-statechange`; `announce` it to screen readers. */
  | { type: 'state'; state: PlayerState; previous: PlayerState; announce: boolean }
  /** Fire `news-player-error`. */
  | { type: 'error'; error: NewsPlayerErrorInfo }
  /** Fire `news-player-progress`. */
  | { type: 'quartile'; percent: Quartile }
  /** Resolve every pending `play()`. */
  | { type: 'resolve-plays' }
  /** Reject every pending `play()` (`error`: the browser's own, for `blocked`). */
  | { type: 'reject-plays'; reason: RejectReason; error?: unknown }
  /** (Re)start the `timeout` watchdog, or stop it. */
  | { type: 'watchdog'; arm: boolean }
  /** Dispose of the engine (video.js) and stop loading. */
  | { type: 'release' };

/** The result of {@link transition}. */
export interface Transition {
  model: PlayerModel;
  effects: PlayerEffect[];
}

/** States the status region speaks (the others show for themselves, or say nothing new). */
const SPOKEN: ReadonlySet<PlayerState> = new Set<PlayerState>(['loading', 'playing', 'paused', 'ended', 'unavailable']);

const watched = (state: PlayerState): boolean => state === 'loading' || state === 'waiting';

/** Inputs that only a live engine sends: an `unavailable` player has none, so they are stale there. */
const PLAYBACK: ReadonlySet<PlayerInput['type']> = new Set<PlayerInput['type']>([
  'metadata', 'play', 'playing', 'pause', 'waiting', 'ended', 'progress', 'time', 'blocked', 'watchdog',
]);

/** Enters `next`: the watchdog runs exactly while loading or waiting. */
function enter(model: PlayerModel, effects: PlayerEffect[], next: PlayerState): PlayerModel {
  const previous = model.state;
  if (previous === next) return model;
  // "Playing" is announced only after the reader waited for it; the rest always.
  const announce = SPOKEN.has(next) && (next !== 'playing' || watched(previous));
  effects.push({ type: 'watchdog', arm: watched(next) }, { type: 'state', state: next, previous, announce });
  return { ...model, state: next };
}

/** Ends in `unavailable` with `code`: the engine released, pending `play()`s rejected. */
function fail(model: PlayerModel, effects: PlayerEffect[], code: ErrorCode, mediaErrorCode?: number): PlayerModel {
  const error: NewsPlayerErrorInfo = { code, message: ERROR_MESSAGES[code], ...(mediaErrorCode ? { mediaErrorCode } : {}) };
  effects.push({ type: 'release' }, { type: 'reject-plays', reason: 'interrupted' });
  const next = enter({ ...model, error, started: false }, effects, 'unavailable');
  effects.push({ type: 'error', error });
  return next;
}

function quartile(model: PlayerModel, effects: PlayerEffect[], percent: Quartile): PlayerModel {
  if (model.quartiles.includes(percent)) return model;
  effects.push({ type: 'quartile', percent });
  return { ...model, quartiles: [...model.quartiles, percent] };
}

function step(m: PlayerModel, input: PlayerInput, fx: PlayerEffect[]): PlayerModel {
  // `unavailable` is left only at the element's request (sources, Retry, load): never by playback.
  if (m.state === 'unavailable' && PLAYBACK.has(input.type)) return m;
  switch (input.type) {
    // ---- requests ---------------------------------------------------------------------------
    case 'request-play':
      if (m.state === 'unavailable') {
        fx.push({ type: 'reject-plays', reason: 'unavailable' });
        return m;
      }
      if (input.loaded && m.state === 'playing') {
        fx.push({ type: 'resolve-plays' });
        return m;
      }
      m = { ...m, intent: 'play' };
      return input.loaded && (m.state === 'ready' || m.state === 'paused' || m.state === 'ended') ? enter(m, fx, 'loading') : m;
    case 'request-pause':
      fx.push({ type: 'reject-plays', reason: 'paused' });
      return m.intent === 'play' ? { ...m, intent: input.loaded ? 'load' : 'none' } : m;
    case 'request-load':
      m = m.intent === 'none' ? { ...m, intent: 'load' } : m;
      return input.loaded ? { ...m, started: false } : m;
    case 'load-start':
      return enter({ ...m, error: undefined }, fx, 'loading');
    case 'settle':
      if (!input.hasSources) return fail(m, fx, sourceless(input));
      if (m.state === 'unavailable' && (m.error?.code === 'no-source' || m.error?.code === 'bad-url')) return enter({ ...m, error: undefined }, fx, 'idle');
      return input.wait && m.state !== 'unavailable' ? enter(m, fx, 'idle') : m;
    case 'sources':
      if (!input.hasSources) return fail(m, fx, sourceless(input));
      if (input.loaded) return enter({ ...m, error: undefined, started: false, intent: input.playing ? 'play' : m.intent }, fx, 'loading');
      return m.state === 'unavailable' ? enter({ ...m, error: undefined }, fx, 'idle') : m;
    case 'retry':
      fx.push({ type: 'release' }, { type: 'reject-plays', reason: 'interrupted' });
      m = { ...m, error: undefined, started: false };
      return input.hasSources ? enter(m, fx, 'idle') : fail(m, fx, sourceless(input));
    case 'removed':
      fx.push({ type: 'release' }, { type: 'reject-plays', reason: 'interrupted' });
      m = { ...m, intent: 'none', started: false };
      return m.state === 'unavailable' ? m : enter(m, fx, 'idle');
    case 'blocked':
      // Autoplay policy: show the controls so the reader can press play, never a spinner.
      m = enter({ ...m, intent: 'load' }, fx, m.started ? 'paused' : 'ready');
      fx.push({ type: 'reject-plays', reason: 'blocked', error: input.error });
      return m;
    case 'watchdog':
      return watched(m.state) ? fail(m, fx, 'timeout') : m;

    // ---- the engine's notifications ---------------------------------------------------------
    case 'failed':
      return fail(m, fx, input.code, input.mediaErrorCode);
    case 'metadata':
      m = { ...m, started: true };
      return m.intent !== 'play' && m.state === 'loading' ? enter(m, fx, 'ready') : m;
    case 'play':
      // A replay after the end is a new playthrough: its quartiles count again.
      return m.playedThrough ? { ...m, intent: 'play', playedThrough: false, quartiles: [] } : { ...m, intent: 'play' };
    case 'playing':
      m = enter(m, fx, 'playing');
      fx.push({ type: 'resolve-plays' });
      return m;
    case 'pause':
      if (m.state === 'playing' || m.state === 'waiting') return enter({ ...m, intent: 'load' }, fx, 'paused');
      // Paused again before it started playing (a seek and play, then pause): not still loading.
      if (m.state === 'loading' && m.started) return enter({ ...m, intent: 'load' }, fx, input.hasStarted ? 'paused' : 'ready');
      return m;
    case 'waiting':
      return m.state === 'playing' ? enter(m, fx, 'waiting') : m;
    case 'ended':
      m = quartile(enter(m, fx, 'ended'), fx, 100);
      return { ...m, playedThrough: true };
    case 'progress':
      if (watched(m.state)) fx.push({ type: 'watchdog', arm: true });
      return m;
    case 'time': {
      const { time, duration } = input;
      if (!(duration > 0) || duration === Infinity) return m;
      const percent = (time / duration) * 100;
      for (const q of [25, 50, 75] as const) if (percent >= q) m = quartile(m, fx, q);
      return m;
    }
    default:
      // created, media, duration, seeked, rate, captions, announce: nothing of the state's.
      return m;
  }
}

/** The next model after `input`, and the effects to run, in order. Pure. */
export function transition(model: PlayerModel, input: PlayerInput): Transition {
  const effects: PlayerEffect[] = [];
  return { model: step(model, input, effects), effects };
}
