import { fixture, html, expect, waitUntil, aTimeout } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import '../src/index.js';
import type { NewsPlayer } from '../src/index.js';
import en from '../src/i18n/en.js';
import { livePlayers } from '../src/media/videojs-loader.js';
import { MEDIA, playerCreated, recordStates, stateReached } from './support/helpers.js';

const shadow = (el: NewsPlayer) => el.shadowRoot!;
const text = (el: NewsPlayer, selector: string) => shadow(el).querySelector(selector)?.textContent?.trim() ?? '';

/** A unique key so fault URLs of different tests never share server state. */
const key = () => Math.random().toString(36).slice(2);

describe('<news-player>', () => {
  describe('states', () => {
    it('starts idle with a poster card: poster, headline, duration badge, play button', async () => {
      const el = await fixture<NewsPlayer>(
        html`<news-player src=${MEDIA.webm} poster=${MEDIA.poster} headline="Kerry: US Open" duration="2:44"></news-player>`,
      );
      expect(el.state).to.equal('idle');
      expect(el.getAttribute('state')).to.equal('idle');
      expect(el.player).to.equal(undefined);
      const card = shadow(el).querySelector('[part="poster-card"]') as HTMLButtonElement;
      expect(card.tagName).to.equal('BUTTON');
      expect(card.querySelector('.sr-only')!.textContent).to.equal(`${en.playMedia('Kerry: US Open')}, ${en.durationLabel('2:44')}`);
      expect(text(el, '[part="headline"]')).to.equal('Kerry: US Open');
      expect(text(el, '[part="duration"]')).to.equal('2:44');
      expect((shadow(el).querySelector('[part="poster"]') as HTMLImageElement).getAttribute('src')).to.equal(MEDIA.poster);
      expect(el.duration).to.equal(164);
    });

    it('goes idle → loading → playing → paused → playing → ended', async () => {
      const el = await fixture<NewsPlayer>(html`<news-player src=${MEDIA.webm} muted></news-player>`);
      const states = recordStates(el);
      await el.play();
      expect(el.state).to.equal('playing');
      expect(el.paused).to.equal(false);
      el.pause();
      await stateReached(el, 'paused');
      el.currentTime = 5.2;
      await el.play();
      await stateReached(el, 'ended');
      expect(el.ended).to.equal(true);
      expect(states).to.deep.equal(['loading', 'playing', 'paused', 'loading', 'playing', 'ended']);
    });

    it('shows "Please wait" while loading, then ready with controls when eager', async () => {
      const el = await fixture<NewsPlayer>(html`<news-player src=${MEDIA.webm} load="eager"></news-player>`);
      const states = recordStates(el);
      if (el.state === 'loading') {
        expect(text(el, '[part="loading"]')).to.equal(en.pleaseWait);
        expect(text(el, '[role="status"]')).to.equal(en.pleaseWait);
      }
      await stateReached(el, 'ready');
      expect(el.player).to.not.equal(undefined);
      expect(shadow(el).querySelector('.vjs-control-bar')).to.not.equal(null);
      expect(shadow(el).querySelector('[part="loading"]')).to.equal(null);
      expect(states.at(-1)).to.equal('ready');
      expect(el.paused).to.equal(true);
    });

    it('loads when it comes near the viewport with load="visible"', async () => {
      const wrap = await fixture<HTMLDivElement>(html`<div style="height:300px;overflow:auto">
        <div style="height:3000px"></div>
        <news-player src=${MEDIA.webm} load="visible"></news-player>
      </div>`);
      const el = wrap.querySelector('news-player') as NewsPlayer;
      await aTimeout(300);
      expect(el.state).to.equal('idle');
      el.scrollIntoView();
      await stateReached(el, 'ready');
    });

    it('starts at `start`', async () => {
      const el = await fixture<NewsPlayer>(html`<news-player src=${MEDIA.long} start="0:12" muted></news-player>`);
      expect(el.currentTime).to.equal(12);
      await el.play();
      expect(el.currentTime).to.be.within(11.9, 14);
    });

    it('keeps a currentTime set while idle and applies it on load', async () => {
      const el = await fixture<NewsPlayer>(html`<news-player src=${MEDIA.long} muted></news-player>`);
      el.currentTime = 9;
      expect(el.state).to.equal('idle');
      await el.play();
      expect(el.currentTime).to.be.within(8.9, 11);
    });

    it('shows current time, duration and remaining time as m:ss, with the duration hint first', async () => {
      const el = await fixture<NewsPlayer>(html`<news-player src=${MEDIA.long} duration="0:20" muted></news-player>`);
      await el.load();
      const duration = () => text(el, '.vjs-duration-display');
      await waitUntil(() => duration() === '0:20', `duration shows ${duration()}`);
      el.currentTime = 5;
      await el.play();
      el.pause();
      const current = () => text(el, '.vjs-current-time-display');
      const remaining = () => text(el, '.vjs-remaining-time-display');
      await waitUntil(() => /^0:0[5-7]$/.test(current()), `current shows ${current()}`);
      await waitUntil(() => /^-?0:1[3-5]$/.test(remaining().replace(/\s/g, '')), `remaining shows ${remaining()}`);
      for (const sel of ['.vjs-current-time', '.vjs-duration', '.vjs-remaining-time']) {
        const node = shadow(el).querySelector(sel) as HTMLElement;
        expect(getComputedStyle(node).display, sel).to.not.equal('none');
      }
    });

    it('buffers as waiting, and a stall mid-play ends in timeout rather than an endless spinner', async () => {
      const el = await fixture<NewsPlayer>(html`<news-player src=${`/faults/partial/50?${key()}`} type="video/webm" timeout="2" muted></news-player>`);
      const states = recordStates(el);
      await el.play();
      await playerCreated(el);
      el.player!.playbackRate(4);
      await stateReached(el, 'unavailable', 20000);
      expect(states).to.include('waiting');
      expect(states.slice(-2)).to.deep.equal(['waiting', 'unavailable']);
      expect(el.error?.code).to.equal('timeout');
    });

    it('plays a URL with neither a type nor a file extension', async () => {
      const el = await fixture<NewsPlayer>(html`<news-player src="/faults/slow/100" muted></news-player>`);
      await el.play();
      expect(el.state).to.equal('playing');
    });

    it('plays MP4', async () => {
      const el = await fixture<NewsPlayer>(html`<news-player src=${MEDIA.mp4} type="video/mp4" muted></news-player>`);
      await el.play();
      expect(el.state).to.equal('playing');
    });

    it('plays HLS through the streaming engine', async () => {
      const el = await fixture<NewsPlayer>(html`<news-player src=${MEDIA.hls} muted></news-player>`);
      await el.play();
      expect(el.state).to.equal('playing');
      const tech = el.player!.tech({ IWillNotUseThisInPlugins: true }) as unknown as { vhs?: unknown };
      expect(tech.vhs, 'VHS handles the source').to.not.equal(undefined);
      await waitUntil(() => el.currentTime > 0.5, 'HLS time advances', { timeout: 8000 });
    });

    it('uses an audio layout for audio sources', async () => {
      const el = await fixture<NewsPlayer>(html`<div style="width:640px"><news-player src=${MEDIA.m4a} headline="Audio"></news-player></div>`);
      const player = el.querySelector('news-player') as NewsPlayer;
      expect(player.audio).to.equal(true);
      expect(player.getBoundingClientRect().height).to.be.below(120);
      player.muted = true;
      await player.play();
      expect(player.state).to.equal('playing');
      expect(player.getBoundingClientRect().height).to.be.below(120);
    });

    it('is 16:9 by default', async () => {
      const wrap = await fixture<HTMLDivElement>(html`<div style="width:640px"><news-player src=${MEDIA.webm}></news-player></div>`);
      const el = wrap.querySelector('news-player') as NewsPlayer;
      expect(Math.round(el.getBoundingClientRect().height)).to.equal(360);
      await el.load();
      await stateReached(el, 'ready');
      expect(Math.round(el.getBoundingClientRect().height)).to.equal(360);
      const vjs = shadow(el).querySelector('.video-js') as HTMLElement;
      expect(Math.round(vjs.getBoundingClientRect().height)).to.equal(360);
    });

    it('reads child <source> elements in order, falling back past a failing one', async () => {
      const el = await fixture<NewsPlayer>(html`<news-player muted>
        <source src="/faults/status/404" type="video/webm" />
        <source src=${MEDIA.webm} type="video/webm" />
      </news-player>`);
      await el.play();
      await playerCreated(el);
      expect(el.player!.currentSrc()).to.contain('clip.webm');
    });

    it('passes child <track> elements to video.js', async () => {
      const el = await fixture<NewsPlayer>(html`<news-player src=${MEDIA.webm}>
        <track kind="captions" src=${MEDIA.captions} srclang="en" label="English" />
        <track kind="chapters" src=${MEDIA.chapters} srclang="en" />
      </news-player>`);
      await el.load();
      const tracks = el.player!.textTracks() as unknown as ArrayLike<TextTrack>;
      const kinds = Array.from({ length: tracks.length }, (_, i) => tracks[i].kind);
      expect(kinds).to.include.members(['captions', 'chapters']);
    });

    it('changes src mid-play', async () => {
      const el = await fixture<NewsPlayer>(html`<news-player src=${MEDIA.webm} muted></news-player>`);
      await el.play();
      await playerCreated(el);
      el.src = MEDIA.mp4;
      await waitUntil(() => el.player!.currentSrc().includes('clip.mp4'), 'new source in use');
      await stateReached(el, 'playing');
    });

    it('keeps playing when moved in the DOM mid-play', async () => {
      const wrap = await fixture<HTMLDivElement>(html`<div><section id="a"></section><section id="b"></section></div>`);
      const el = document.createElement('news-player');
      el.src = MEDIA.long;
      el.muted = true;
      wrap.querySelector('#a')!.append(el);
      await el.play();
      await playerCreated(el);
      const player = el.player;
      wrap.querySelector('#b')!.append(el);
      await aTimeout(50);
      expect(el.player).to.equal(player);
      const t = el.currentTime;
      await waitUntil(() => el.currentTime > t + 0.3, 'time still advances after the move');
      expect(el.state).to.equal('playing');
    });
  });

  describe('errors', () => {
    const cases: [string, string, string][] = [
      ['404', '/faults/status/404', 'not-found'],
      ['410', '/faults/status/410', 'not-found'],
      ['403', '/faults/status/403', 'forbidden'],
      ['401', '/faults/status/401', 'forbidden'],
      ['500', '/faults/status/500', 'network'],
    ];
    for (const [name, url, code] of cases) {
      it(`ends unavailable with ${code} on HTTP ${name}`, async () => {
        const el = await fixture<NewsPlayer>(html`<news-player src=${`${url}?${key()}`} type="video/webm"></news-player>`);
        const failed = el.play();
        let rejected = false;
        await failed.catch(() => (rejected = true));
        expect(rejected, 'play() rejects').to.equal(true);
        expect(el.state).to.equal('unavailable');
        expect(el.error?.code).to.equal(code);
      });
    }

    it('is unavailable at once with no source, without a Retry', async () => {
      const el = await fixture<NewsPlayer>(html`<news-player headline="Nothing here"></news-player>`);
      expect(el.state).to.equal('unavailable');
      expect(el.error?.code).to.equal('no-source');
      expect(text(el, '[part="message"]')).to.equal(en.unavailable);
      expect(text(el, '[part="reason"]')).to.equal(en.reason['no-source']);
      expect(shadow(el).querySelector('[part="retry"]')).to.equal(null);
      expect(text(el, '[role="status"]')).to.contain(en.unavailable);
      let rejected = false;
      await el.play().catch(() => (rejected = true));
      expect(rejected).to.equal(true);
    });

    it('takes a src set after connecting but before the first render', async () => {
      const el = document.createElement('news-player');
      document.body.append(el);
      el.src = MEDIA.webm;
      try {
        await el.updateComplete;
        expect(el.state).to.equal('idle');
        expect(el.error).to.equal(undefined);
      } finally {
        el.remove();
      }
    });

    it('leaves no-source when a source is added later', async () => {
      const el = await fixture<NewsPlayer>(html`<news-player></news-player>`);
      expect(el.state).to.equal('unavailable');
      el.src = MEDIA.webm;
      await el.updateComplete;
      expect(el.state).to.equal('idle');
    });

    it('classifies garbage bytes as unsupported or decode', async () => {
      const el = await fixture<NewsPlayer>(html`<news-player src="/faults/garbage" type="video/mp4"></news-player>`);
      const errors: string[] = [];
      el.addEventListener('news-player-error', (e) => errors.push(e.detail.code));
      await el.play().catch(() => undefined);
      expect(el.state).to.equal('unavailable');
      expect(['unsupported', 'decode']).to.include(el.error?.code);
      expect(errors).to.deep.equal([el.error?.code]);
      expect(el.error?.mediaErrorCode).to.be.a('number');
      expect(text(el, '[part="reason"]')).to.equal(en.reason[el.error!.code]);
    });

    it('times out a stalled response with code timeout', async () => {
      const el = await fixture<NewsPlayer>(html`<news-player src=${`/faults/stall/${key()}`} type="video/mp4" timeout="2"></news-player>`);
      const started = performance.now();
      await el.play().catch(() => undefined);
      expect(el.state).to.equal('unavailable');
      expect(el.error?.code).to.equal('timeout');
      expect(performance.now() - started).to.be.below(10_000);
      expect(shadow(el).querySelector('[part="retry"]')).to.not.equal(null);
    });

    it('is offline when the network is down, and retries by itself when it returns', async () => {
      const el = await fixture<NewsPlayer>(html`<news-player src=${`${MEDIA.webm}?offline=${key()}`} muted></news-player>`);
      // Load video.js first, so the test is about the media request.
      await el.load();
      await stateReached(el, 'ready');
      await executeServerCommand('network', { offline: true, for: 4000 });
      await waitUntil(() => navigator.onLine === false, 'browser went offline', { timeout: 5000 });
      el.src = `${MEDIA.long}?offline=${key()}`;
      el.play().catch(() => undefined);
      await stateReached(el, 'unavailable');
      expect(el.error?.code).to.equal('offline');
      expect(text(el, '[part="reason"]')).to.equal(en.reason.offline);
      await waitUntil(() => navigator.onLine, 'browser came back online', { timeout: 10000 });
      await stateReached(el, 'playing', 15000);
    });

    it('recovers with Retry from a 503 that then succeeds', async () => {
      const k = key();
      const el = await fixture<NewsPlayer>(html`<news-player src=${`/faults/flaky/${k}`} type="video/webm" muted></news-player>`);
      await el.play().catch(() => undefined);
      expect(el.state).to.equal('unavailable');
      expect(el.error?.code).to.equal('network');
      await fetch(`/faults/heal/${k}`);
      const retry = shadow(el).querySelector('[part="retry"]') as HTMLButtonElement;
      expect(retry.textContent?.trim()).to.equal(en.retry);
      retry.click();
      await stateReached(el, 'playing');
      expect(el.error).to.equal(undefined);
    });

    it('play() never hangs: it settles for every failure', async () => {
      const el = await fixture<NewsPlayer>(html`<news-player src="/faults/status/404" timeout="3"></news-player>`);
      const outcome = await Promise.race([
        el.play().then(() => 'resolved', () => 'rejected'),
        aTimeout(12000).then(() => 'hung'),
      ]);
      expect(outcome).to.equal('rejected');
    });
  });

  describe('events', () => {
    it('fires typed statechange events with state and previous', async () => {
      const el = await fixture<NewsPlayer>(html`<news-player src=${MEDIA.webm} muted></news-player>`);
      const details: { state: string; previous: string }[] = [];
      el.addEventListener('news-player-statechange', (e) => details.push(e.detail));
      await el.play();
      expect(details[0]).to.deep.equal({ state: 'loading', previous: 'idle' });
      expect(details[1]).to.deep.equal({ state: 'playing', previous: 'loading' });
    });

    it('re-dispatches native media events from the host', async () => {
      const el = await fixture<NewsPlayer>(html`<news-player src=${MEDIA.webm} muted></news-player>`);
      const seen = new Set<string>();
      for (const type of ['loadedmetadata', 'play', 'playing', 'timeupdate', 'durationchange', 'pause', 'seeking', 'seeked', 'ended']) {
        el.addEventListener(type, () => seen.add(type));
      }
      await el.play();
      el.currentTime = 5.5;
      await stateReached(el, 'ended');
      expect([...seen]).to.include.members(['loadedmetadata', 'play', 'playing', 'timeupdate', 'durationchange', 'seeking', 'seeked', 'ended']);
    });

    it('fires quartile progress events once each per playthrough', async () => {
      const el = await fixture<NewsPlayer>(html`<news-player src=${MEDIA.webm} muted></news-player>`);
      const quartiles: number[] = [];
      el.addEventListener('news-player-progress', (e) => quartiles.push(e.detail.percent));
      await el.play();
      await playerCreated(el);
      el.player!.playbackRate(4);
      await stateReached(el, 'ended');
      expect(quartiles).to.deep.equal([25, 50, 75, 100]);
      el.currentTime = 0;
      await el.play();
      await stateReached(el, 'ended');
      expect(quartiles).to.deep.equal([25, 50, 75, 100, 25, 50, 75, 100]);
    });
  });

  describe('one at a time', () => {
    it('pauses the other player when one starts', async () => {
      const wrap = await fixture<HTMLDivElement>(html`<div>
        <news-player id="a" src=${MEDIA.long} muted></news-player>
        <news-player id="b" src=${MEDIA.long} muted></news-player>
      </div>`);
      const [a, b] = wrap.querySelectorAll('news-player');
      await a.play();
      await b.play();
      await stateReached(a, 'paused');
      expect(b.state).to.equal('playing');
    });

    it('lets an independent player play alongside', async () => {
      const wrap = await fixture<HTMLDivElement>(html`<div>
        <news-player src=${MEDIA.long} muted></news-player>
        <news-player src=${MEDIA.long} muted independent></news-player>
      </div>`);
      const [a, b] = wrap.querySelectorAll('news-player');
      await a.play();
      await b.play();
      await aTimeout(300);
      expect(a.state).to.equal('playing');
      expect(b.state).to.equal('playing');
    });
  });

  describe('lifecycle', () => {
    it('survives twenty connect, move and disconnect cycles and leaves no player behind', async () => {
      const errors: unknown[] = [];
      const onError = (e: ErrorEvent) => errors.push(e.error ?? e.message);
      const onRejection = (e: PromiseRejectionEvent) => errors.push(e.reason);
      window.addEventListener('error', onError);
      window.addEventListener('unhandledrejection', onRejection);
      const wrap = await fixture<HTMLDivElement>(html`<div><div id="one"></div><div id="two"></div></div>`);
      try {
        for (let i = 0; i < 20; i++) {
          const el = document.createElement('news-player');
          el.src = MEDIA.webm;
          el.muted = true;
          wrap.querySelector('#one')!.append(el);
          if (i % 2 === 0) await el.play();
          else void el.play().catch(() => undefined);
          wrap.querySelector('#two')!.append(el);
          await aTimeout(10);
          el.remove();
          await aTimeout(10);
        }
        await aTimeout(200);
        expect(await livePlayers()).to.have.length(0);
        expect(errors).to.deep.equal([]);
      } finally {
        window.removeEventListener('error', onError);
        window.removeEventListener('unhandledrejection', onRejection);
      }
    });

    it('disposes video.js on disconnect and re-creates it on reconnect at the same time', async () => {
      const wrap = await fixture<HTMLDivElement>(html`<div></div>`);
      const el = document.createElement('news-player');
      el.src = MEDIA.long;
      el.muted = true;
      wrap.append(el);
      el.currentTime = 7;
      await el.play();
      el.remove();
      await aTimeout(20);
      expect(el.player).to.equal(undefined);
      expect(await livePlayers()).to.have.length(0);
      wrap.append(el);
      await stateReached(el, 'ready');
      expect(el.currentTime).to.be.within(6.5, 9);
    });

    it('keeps a failure, its reason and Retry when taken out of the page and put back', async () => {
      const wrap = await fixture<HTMLDivElement>(html`<div></div>`);
      const el = document.createElement('news-player');
      const id = key();
      el.src = `/faults/flaky/${id}`;
      el.type = 'video/webm';
      el.muted = true;
      wrap.append(el);
      await el.play().catch(() => undefined);
      expect(el.state).to.equal('unavailable');
      const code = el.error?.code;
      expect(code).to.equal('network');
      el.remove();
      await aTimeout(20);
      wrap.append(el);
      await el.updateComplete;
      await aTimeout(20);
      // Nothing changed for the reader: not a poster card with a stale error behind it.
      expect(el.state).to.equal('unavailable');
      expect(el.error?.code).to.equal(code);
      expect(text(el, '[part="reason"]')).to.equal(en.reason.network);
      const retry = shadow(el).querySelector<HTMLButtonElement>('[part="retry"]');
      expect(retry, 'Retry is offered').to.not.equal(null);
      await fetch(`/faults/heal/${id}`);
      retry!.click();
      await stateReached(el, 'playing');
    });
  });

  describe('page styles', () => {
    it('a hostile page stylesheet leaves the look and size unchanged', async () => {
      const measure = async () => {
        const wrap = await fixture<HTMLDivElement>(html`<div style="width:640px"><news-player src=${MEDIA.webm} headline="Headline"></news-player></div>`);
        const el = wrap.querySelector('news-player') as NewsPlayer;
        const card = shadow(el).querySelector('[part="poster-card"]')!.getBoundingClientRect();
        const headline = shadow(el).querySelector('[part="headline"]')!.getBoundingClientRect();
        await el.load();
        await stateReached(el, 'ready');
        const video = shadow(el).querySelector('video')!;
        const bar = shadow(el).querySelector('.vjs-control-bar')!.getBoundingClientRect();
        const play = shadow(el).querySelector('.vjs-play-control')!.getBoundingClientRect();
        return {
          host: el.getBoundingClientRect().height,
          card: [card.width, card.height],
          headline: [headline.height],
          video: [getComputedStyle(video).display, video.getBoundingClientRect().height],
          bar: [bar.height, bar.width],
          play: [play.width, play.height],
        };
      };
      const before = await measure();
      const style = document.createElement('style');
      style.textContent = 'video{display:none} button{padding:40px} *{line-height:3} body{font:24px/3 serif;text-align:right;direction:rtl}';
      document.head.append(style);
      try {
        const after = await measure();
        expect(after).to.deep.equal(before);
      } finally {
        style.remove();
      }
    });
  });

  describe('keyboard', () => {
    it('the poster card is one focusable control that plays with Enter', async () => {
      const el = await fixture<NewsPlayer>(html`<news-player src=${MEDIA.webm} muted headline="Keys"></news-player>`);
      const card = shadow(el).querySelector('[part="poster-card"]') as HTMLButtonElement;
      card.focus();
      expect(shadow(el).activeElement).to.equal(card);
      await sendKeys({ press: 'Enter' });
      await stateReached(el, 'playing');
      // Focus moves into the player so its hotkeys work, instead of being lost.
      expect(shadow(el).activeElement).to.not.equal(null);
    });

    it('moves focus to Retry when the focused player becomes unavailable', async () => {
      const el = await fixture<NewsPlayer>(html`<news-player src="/faults/status/500" type="video/webm"></news-player>`);
      (shadow(el).querySelector('[part="poster-card"]') as HTMLButtonElement).focus();
      await sendKeys({ press: 'Enter' });
      await stateReached(el, 'unavailable');
      await el.updateComplete;
      await waitUntil(() => shadow(el).activeElement === shadow(el).querySelector('[part="retry"]'), 'Retry has focus');
    });

    it('plays with Space', async () => {
      const el = await fixture<NewsPlayer>(html`<news-player src=${MEDIA.webm} muted></news-player>`);
      (shadow(el).querySelector('[part="poster-card"]') as HTMLButtonElement).focus();
      await sendKeys({ press: 'Space' });
      await stateReached(el, 'playing');
    });

    it('hotkeys act only on the focused player', async () => {
      const wrap = await fixture<HTMLDivElement>(html`<div>
        <news-player src=${MEDIA.long} muted independent></news-player>
        <news-player src=${MEDIA.long} muted independent></news-player>
      </div>`);
      const [a, b] = wrap.querySelectorAll('news-player');
      await a.play();
      await b.play();
      (a.player!.el() as HTMLElement).focus();
      await sendKeys({ press: 'k' });
      await stateReached(a, 'paused');
      expect(b.state).to.equal('playing');
    });
  });

  describe('fullscreen', () => {
    it('goes fullscreen from inside the shadow root with the f hotkey, and back', async () => {
      const el = await fixture<NewsPlayer>(html`<news-player src=${MEDIA.webm} muted></news-player>`);
      await el.play();
      await playerCreated(el);
      (el.player!.el() as HTMLElement).focus();
      await sendKeys({ press: 'f' });
      await waitUntil(() => document.fullscreenElement === el, 'the host is the fullscreen element');
      expect(el.player!.isFullscreen()).to.equal(true);
      await document.exitFullscreen();
      await waitUntil(() => !el.player!.isFullscreen(), 'video.js saw the exit');
    });
  });

  describe('accessibility', () => {
    it('is accessible idle', async () => {
      const el = await fixture<NewsPlayer>(html`<news-player src=${MEDIA.webm} poster=${MEDIA.poster} headline="Headline" duration="2:44"></news-player>`);
      await expect(el).to.be.accessible();
    });

    it('is accessible playing', async () => {
      const el = await fixture<NewsPlayer>(html`<news-player src=${MEDIA.webm} muted headline="Headline"></news-player>`);
      await el.play();
      await expect(el).to.be.accessible();
    });

    it('is accessible unavailable', async () => {
      const el = await fixture<NewsPlayer>(html`<news-player src="/faults/status/404" poster=${MEDIA.poster} headline="Headline"></news-player>`);
      await el.play().catch(() => undefined);
      expect(el.state).to.equal('unavailable');
      await expect(el).to.be.accessible();
    });
  });
});
