// The state machine of <news-player> (src/state/player-machine.ts), as built: a pure function from
// the model and an input to the next model and the effects. Every state × every input, the
// invariants every transition keeps, and the stories a reader goes through.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { rel, requireBuild } from './helpers.mjs';

requireBuild();
const { transition, INITIAL_MODEL } = await import(rel('dist/state/player-machine.js'));
const { PLAYER_STATES } = await import(rel('dist/media/state.js'));
const { ERROR_CODES, ERROR_MESSAGES } = await import(rel('dist/media/errors.js'));

const BLOCKED = Object.assign(new Error('play() failed because the user did not interact'), { name: 'NotAllowedError' });
const NOT_FOUND = { code: 'not-found', message: ERROR_MESSAGES['not-found'], mediaErrorCode: 4 };

/** A player in `state` as it is when it gets there: loaded media, asked to load (not to play). */
const modelIn = (state) => ({
  ...INITIAL_MODEL,
  state,
  intent: state === 'idle' ? 'none' : 'load',
  started: !['idle', 'loading', 'unavailable'].includes(state),
  error: state === 'unavailable' ? NOT_FOUND : undefined,
});

/** One of each input, by name. */
const INPUTS = {
  'request-play, no engine': { type: 'request-play', loaded: false },
  'request-play, engine': { type: 'request-play', loaded: true },
  'request-pause': { type: 'request-pause', loaded: true },
  'request-load': { type: 'request-load', loaded: false },
  'load-start': { type: 'load-start' },
  'settle, no sources': { type: 'settle', hasSources: false, wait: true },
  'settle, nothing asked': { type: 'settle', hasSources: true, wait: true },
  'settle, something asked': { type: 'settle', hasSources: true, wait: false },
  'settle, only unusable addresses': { type: 'settle', hasSources: false, unusable: true, wait: true },
  'sources, none': { type: 'sources', hasSources: false, loaded: true, playing: false },
  'sources, engine playing': { type: 'sources', hasSources: true, loaded: true, playing: true },
  'sources, no engine': { type: 'sources', hasSources: true, loaded: false, playing: false },
  'sources, only unusable addresses': { type: 'sources', hasSources: false, unusable: true, loaded: true, playing: true },
  retry: { type: 'retry', hasSources: true },
  'retry, no sources': { type: 'retry', hasSources: false },
  removed: { type: 'removed' },
  blocked: { type: 'blocked', error: BLOCKED },
  watchdog: { type: 'watchdog' },
  failed: { type: 'failed', code: 'network', mediaErrorCode: 2 },
  created: { type: 'created', player: {} },
  media: { type: 'media', event: 'timeupdate' },
  metadata: { type: 'metadata' },
  play: { type: 'play' },
  playing: { type: 'playing' },
  pause: { type: 'pause', hasStarted: true },
  'pause, never played': { type: 'pause', hasStarted: false },
  waiting: { type: 'waiting' },
  ended: { type: 'ended' },
  progress: { type: 'progress' },
  time: { type: 'time', time: 6, duration: 10 },
  duration: { type: 'duration', duration: Infinity },
  seeked: { type: 'seeked', time: 3 },
  rate: { type: 'rate' },
  captions: { type: 'captions', tracks: [] },
};

// The next state for each input, in the order of PLAYER_STATES:
//            idle        loading     ready       playing     paused      waiting     ended       unavailable
const S = { i: 'idle', l: 'loading', r: 'ready', p: 'playing', P: 'paused', w: 'waiting', e: 'ended', u: 'unavailable' };
const EXPECTED = {
  'request-play, no engine': 'i l r p P w e u',
  'request-play, engine': 'i l l p l w l u',
  'request-pause': 'i l r p P w e u',
  'request-load': 'i l r p P w e u',
  'load-start': 'l l l l l l l l',
  'settle, no sources': 'u u u u u u u u',
  'settle, nothing asked': 'i i i i i i i u',
  'settle, something asked': 'i l r p P w e u',
  'settle, only unusable addresses': 'u u u u u u u u',
  'sources, none': 'u u u u u u u u',
  'sources, engine playing': 'l l l l l l l l',
  'sources, no engine': 'i l r p P w e i',
  'sources, only unusable addresses': 'u u u u u u u u',
  retry: 'i i i i i i i i',
  'retry, no sources': 'u u u u u u u u',
  removed: 'i i i i i i i u',
  blocked: 'r r P P P P P u',
  watchdog: 'i u r p P u e u',
  failed: 'u u u u u u u u',
  created: 'i l r p P w e u',
  media: 'i l r p P w e u',
  metadata: 'i r r p P w e u',
  play: 'i l r p P w e u',
  playing: 'p p p p p p p u',
  pause: 'i l r P P P e u',
  'pause, never played': 'i l r P P P e u',
  waiting: 'i l r w P w e u',
  ended: 'e e e e e e e u',
  progress: 'i l r p P w e u',
  time: 'i l r p P w e u',
  duration: 'i l r p P w e u',
  seeked: 'i l r p P w e u',
  rate: 'i l r p P w e u',
  captions: 'i l r p P w e u',
};

const types = (effects) => effects.map((e) => e.type);
const deepFreeze = (o) => {
  if (o && typeof o === 'object' && !Object.isFrozen(o)) {
    Object.freeze(o);
    for (const v of Object.values(o)) deepFreeze(v);
  }
  return o;
};
/** Runs `inputs` from `model`, collecting every effect. */
function run(model, ...inputs) {
  const effects = [];
  for (const input of inputs) {
    const t = transition(model, input);
    model = t.model;
    effects.push(...t.effects);
  }
  return { model, effects };
}

describe('player state machine: every state × every input', () => {
  test('the table covers every state and every input type', () => {
    assert.deepEqual(PLAYER_STATES, ['idle', 'loading', 'ready', 'playing', 'paused', 'waiting', 'ended', 'unavailable']);
    assert.deepEqual(Object.keys(EXPECTED).sort(), Object.keys(INPUTS).sort());
    const inputTypes = new Set(Object.values(INPUTS).map((i) => i.type));
    assert.equal(inputTypes.size, 25, 'every request and every engine notification');
  });

  for (const [name, input] of Object.entries(INPUTS)) {
    test(name, () => {
      const expected = EXPECTED[name].split(' ').map((k) => S[k]);
      PLAYER_STATES.forEach((state, i) => {
        const before = deepFreeze(modelIn(state));
        const { model, effects } = transition(before, input);
        const where = `${name} in ${state}`;
        assert.equal(model.state, expected[i], where);
        // Pure: the same input gives the same result, and the model given is not changed.
        assert.deepEqual(transition(before, input), { model, effects }, `${where}: deterministic`);

        // A state change is announced by exactly one `state` effect, with the watchdog set for it.
        const changes = effects.filter((e) => e.type === 'state');
        if (model.state === state) {
          assert.equal(changes.length, 0, `${where}: no state effect`);
        } else {
          assert.equal(changes.length, 1, `${where}: one state effect`);
          assert.equal(changes[0].previous, state);
          assert.equal(changes[0].state, model.state);
          const watchdog = effects.filter((e) => e.type === 'watchdog');
          assert.equal(watchdog.at(-1)?.arm, model.state === 'loading' || model.state === 'waiting', `${where}: watchdog`);
        }

        // Unavailable always has a reason; the other states never keep one.
        if (model.state === 'unavailable') {
          assert.ok(ERROR_CODES.includes(model.error?.code), `${where}: an error code`);
          assert.equal(model.error.message, ERROR_MESSAGES[model.error.code]);
        } else {
          assert.equal(model.error, undefined, `${where}: no error`);
        }
        // Entering unavailable releases video.js, rejects pending play()s, then fires the error.
        if (model.state === 'unavailable' && model.error !== before.error) {
          const order = types(effects);
          assert.ok(order.includes('release'), `${where}: release`);
          assert.ok(effects.some((e) => e.type === 'reject-plays' && e.reason === 'interrupted'), `${where}: reject`);
          assert.equal(order.at(-1), 'error', `${where}: error last`);
          assert.deepEqual(effects.at(-1).error, model.error);
        }
        // Playback never leaves unavailable: what only a live engine reports is stale there.
        const playback = ['created', 'media', 'metadata', 'play', 'playing', 'pause', 'waiting', 'ended', 'progress', 'time', 'duration', 'seeked', 'rate', 'captions', 'blocked', 'watchdog'];
        if (state === 'unavailable' && playback.includes(input.type)) {
          assert.deepEqual({ model, effects }, { model: before, effects: [] }, `${where}: ignored`);
        }
      });
    });
  }
});

describe('player state machine: what a reader goes through', () => {
  test('press play: loading, metadata, playing (announced after the wait), quartiles once per playthrough', () => {
    let { model, effects } = run(INITIAL_MODEL, INPUTS['request-play, no engine'], INPUTS['load-start']);
    assert.equal(model.state, 'loading');
    assert.equal(model.intent, 'play');
    assert.deepEqual(effects.find((e) => e.type === 'watchdog'), { type: 'watchdog', arm: true });
    assert.deepEqual(effects.find((e) => e.type === 'state'), { type: 'state', state: 'loading', previous: 'idle', announce: true });

    ({ model, effects } = run(model, INPUTS.metadata));
    assert.equal(model.state, 'loading', 'asked to play: no "ready" on the way');
    assert.equal(model.started, true);

    ({ model, effects } = run(model, INPUTS.play, INPUTS.playing));
    assert.equal(model.state, 'playing');
    assert.deepEqual(types(effects), ['watchdog', 'state', 'resolve-plays']);
    assert.equal(effects[1].announce, true, '"Playing" after waiting is announced');
    assert.deepEqual(effects[0], { type: 'watchdog', arm: false });

    ({ model, effects } = run(model, { type: 'time', time: 2.6, duration: 10 }, { type: 'time', time: 5.1, duration: 10 }, { type: 'time', time: 5.2, duration: 10 }));
    assert.deepEqual(effects, [{ type: 'quartile', percent: 25 }, { type: 'quartile', percent: 50 }]);

    ({ model, effects } = run(model, INPUTS.pause));
    assert.equal(model.state, 'paused');
    assert.equal(model.intent, 'load');
    ({ model, effects } = run(model, INPUTS.play, INPUTS.playing));
    assert.equal(effects.find((e) => e.type === 'state').announce, false, 'resuming is not announced');

    ({ model, effects } = run(model, { type: 'time', time: 9, duration: 10 }, INPUTS.ended));
    assert.deepEqual(effects.filter((e) => e.type === 'quartile').map((e) => e.percent), [75, 100]);
    assert.equal(model.state, 'ended');

    // A replay counts its quartiles again.
    ({ model, effects } = run(model, INPUTS.play, INPUTS.playing, { type: 'time', time: 3, duration: 10 }));
    assert.deepEqual(effects.filter((e) => e.type === 'quartile').map((e) => e.percent), [25]);
  });

  test('time updates of a live stream or before the duration is known count no quartile', () => {
    const playing = { ...modelIn('playing') };
    for (const duration of [NaN, 0, Infinity]) {
      assert.deepEqual(transition(playing, { type: 'time', time: 100, duration }).effects, []);
    }
  });

  test('load() without play: ready once metadata arrives, not announced', () => {
    const { model, effects } = run(INITIAL_MODEL, INPUTS['request-load'], INPUTS['load-start'], INPUTS.metadata);
    assert.equal(model.state, 'ready');
    assert.equal(model.intent, 'load');
    assert.equal(effects.filter((e) => e.type === 'state').at(-1).announce, false);
  });

  test('blocked autoplay shows the controls and rejects pending play()s with the browser’s error', () => {
    let { model, effects } = run(INITIAL_MODEL, INPUTS['request-play, no engine'], INPUTS['load-start'], INPUTS.blocked);
    assert.equal(model.state, 'ready');
    assert.equal(model.intent, 'load');
    assert.deepEqual(effects.at(-1), { type: 'reject-plays', reason: 'blocked', error: BLOCKED });
    ({ model } = run(INITIAL_MODEL, INPUTS['request-play, no engine'], INPUTS['load-start'], INPUTS.metadata, INPUTS.blocked));
    assert.equal(model.state, 'paused', 'after metadata: paused at the start position');
  });

  test('pause() rejects pending play()s; without an engine the intent is forgotten', () => {
    let { model, effects } = run(INITIAL_MODEL, INPUTS['request-play, no engine'], { type: 'request-pause', loaded: false });
    assert.equal(model.intent, 'none');
    assert.deepEqual(effects.at(-1), { type: 'reject-plays', reason: 'paused' });
    ({ model } = run(modelIn('loading'), { ...INPUTS['request-play, engine'] }, { type: 'request-pause', loaded: true }));
    assert.equal(model.intent, 'load');
  });

  test('play() while unavailable rejects at once; while playing resolves at once', () => {
    assert.deepEqual(transition(modelIn('unavailable'), INPUTS['request-play, engine']).effects, [{ type: 'reject-plays', reason: 'unavailable' }]);
    assert.deepEqual(transition(modelIn('playing'), INPUTS['request-play, engine']).effects, [{ type: 'resolve-plays' }]);
  });

  test('the watchdog runs exactly while loading or waiting, re-armed by progress, and ends in timeout', () => {
    assert.deepEqual(transition(modelIn('loading'), INPUTS.progress).effects, [{ type: 'watchdog', arm: true }]);
    assert.deepEqual(transition(modelIn('waiting'), INPUTS.progress).effects, [{ type: 'watchdog', arm: true }]);
    for (const state of ['idle', 'ready', 'playing', 'paused', 'ended', 'unavailable']) {
      assert.deepEqual(transition(modelIn(state), INPUTS.progress).effects, [], state);
    }
    for (const state of ['loading', 'waiting']) {
      const { model } = transition(modelIn(state), INPUTS.watchdog);
      assert.equal(model.error.code, 'timeout', state);
    }
    const { effects } = run(modelIn('playing'), INPUTS.waiting);
    assert.deepEqual(effects[0], { type: 'watchdog', arm: true }, 'buffering mid-play is watched');
  });

  test('no source: unavailable at once, and idle again once a source arrives', () => {
    let { model, effects } = run(INITIAL_MODEL, INPUTS['settle, no sources']);
    assert.equal(model.state, 'unavailable');
    assert.deepEqual(model.error, { code: 'no-source', message: ERROR_MESSAGES['no-source'] });
    assert.deepEqual(types(effects), ['release', 'reject-plays', 'watchdog', 'state', 'error']);
    ({ model } = run(model, INPUTS['settle, something asked']));
    assert.equal(model.state, 'idle');
    assert.equal(model.error, undefined);
  });

  test('only unusable addresses: unavailable at once with bad-url, left once a usable source arrives', () => {
    let { model, effects } = run(INITIAL_MODEL, INPUTS['settle, only unusable addresses']);
    assert.equal(model.state, 'unavailable');
    assert.deepEqual(model.error, { code: 'bad-url', message: ERROR_MESSAGES['bad-url'] });
    assert.deepEqual(types(effects), ['release', 'reject-plays', 'watchdog', 'state', 'error']);
    ({ model } = run(model, INPUTS['settle, something asked']));
    assert.equal(model.state, 'idle');
    ({ model } = run({ ...modelIn('playing'), intent: 'play' }, INPUTS['sources, only unusable addresses']));
    assert.equal(model.error.code, 'bad-url');
  });

  test('a failed source does not drop the wish to play: new sources go on with it', () => {
    let { model } = run({ ...modelIn('playing'), intent: 'play' }, INPUTS.failed);
    assert.equal(model.state, 'unavailable');
    assert.equal(model.intent, 'play');
    ({ model } = run(model, INPUTS['sources, no engine']));
    assert.equal(model.state, 'idle');
    assert.equal(model.intent, 'play', 'the element plays the new source (test/stress.test.ts)');
  });

  test('Retry starts over from idle, releasing video.js, keeping the intent', () => {
    const failed = { ...modelIn('unavailable'), intent: 'play' };
    const { model, effects } = transition(failed, INPUTS.retry);
    assert.equal(model.state, 'idle');
    assert.equal(model.intent, 'play');
    assert.equal(model.error, undefined);
    assert.deepEqual(types(effects).slice(0, 2), ['release', 'reject-plays']);
  });

  test('removed from the page: released and forgotten, but a failure stays shown', () => {
    const { model, effects } = transition({ ...modelIn('playing'), intent: 'play' }, INPUTS.removed);
    assert.equal(model.state, 'idle');
    assert.equal(model.intent, 'none');
    assert.deepEqual(types(effects).slice(0, 2), ['release', 'reject-plays']);
    assert.equal(transition(modelIn('unavailable'), INPUTS.removed).model.state, 'unavailable');
  });

  test('a failure carries the media error code; every error code has its message', () => {
    const { model, effects } = transition(modelIn('loading'), INPUTS.failed);
    assert.deepEqual(model.error, { code: 'network', message: ERROR_MESSAGES.network, mediaErrorCode: 2 });
    assert.deepEqual(effects.at(-1), { type: 'error', error: model.error });
    for (const code of ERROR_CODES) {
      const { model: m } = transition(modelIn('playing'), { type: 'failed', code });
      assert.equal(m.error.code, code);
      assert.ok(m.error.message.length > 10, `${code} has a message`);
      assert.ok(!('mediaErrorCode' in m.error), 'no media error code when there is none');
    }
  });

  test('paused again before playing (a seek, play, then pause): paused or ready, never loading', () => {
    const seeking = { ...modelIn('loading'), started: true };
    assert.equal(transition(seeking, INPUTS.pause).model.state, 'paused');
    assert.equal(transition(seeking, INPUTS['pause, never played']).model.state, 'ready');
    assert.equal(transition(modelIn('loading'), INPUTS.pause).model.state, 'loading', 'before metadata it is still loading');
  });

  test('new sources while playing keep playing; a source change resets the start position', () => {
    const { model } = transition({ ...modelIn('paused'), intent: 'load' }, INPUTS['sources, engine playing']);
    assert.equal(model.state, 'loading');
    assert.equal(model.intent, 'play');
    assert.equal(model.started, false);
    assert.equal(transition(modelIn('paused'), { type: 'request-load', loaded: true }).model.started, false);
  });

  test('every path that must end in unavailable does, from every state', () => {
    const ends = [INPUTS.failed, INPUTS['settle, no sources'], INPUTS['sources, none'], INPUTS['retry, no sources']];
    for (const state of PLAYER_STATES) {
      for (const input of ends) assert.equal(transition(modelIn(state), input).model.state, 'unavailable', `${input.type} in ${state}`);
    }
    for (const state of ['loading', 'waiting']) assert.equal(transition(modelIn(state), INPUTS.watchdog).model.state, 'unavailable');
  });
});
