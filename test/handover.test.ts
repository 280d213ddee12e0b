import { fixture, html, expect, waitUntil, aTimeout, nextFrame } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/index.js';
import type { NewsPlayer } from '../src/index.js';
import { CAPTIONS_KEY } from '../src/media/captions-choice.js';
import { HOLD_MS } from '../src/controllers/render-hold.js';
import { MEDIA, deepActive, stateReached } from './support/helpers.js';

// Play first, dress after: the click starts a bare <video> in the stage, and video.js adopts that
// same element once it has arrived. Real media, real video.js, no mocks.

const stage = (el: NewsPlayer) => el.shadowRoot!.querySelector<HTMLElement>('.stage')!;
const card = (el: NewsPlayer) => el.shadowRoot!.querySelector<HTMLButtonElement>('[part="poster-card"]')!;
type Tech = { el(): Element };

/** Clicks the poster card and returns the media element the click started. */
function clickToPlay(el: NewsPlayer): HTMLVideoElement {
  card(el).click();
  const video = stage(el).querySelector('video');
  expect(video, 'a media element in the stage at the click').to.exist;
  return video!;
}

/** Resolves once video.js has adopted `video` and reports (the early overlay gone). */
async function handedOver(el: NewsPlayer, video: HTMLVideoElement): Promise<void> {
  await waitUntil(() => el.player !== undefined && !stage(el).querySelector('.early-bar'), 'video.js adopted the element', { timeout: 15000 });
  expect((el.player!.tech(true) as unknown as Tech).el(), "video.js's tech element is the one the click started").to.equal(video);
}

/** Counts the events of `types` dispatched on `target`. */
function count(target: EventTarget, types: string[]): Record<string, number> {
  const seen: Record<string, number> = Object.fromEntries(types.map((t) => [t, 0]));
  for (const type of types) target.addEventListener(type, () => seen[type]++);
  return seen;
}

/** Waits until `el`'s time has gone past `time`. */
const past = (el: NewsPlayer, time: number) => waitUntil(() => el.currentTime > time, `time past ${time} (at ${el.currentTime})`, { timeout: 10000 });

describe('<news-player> play first, dress after (handover to video.js)', () => {
  describe('playback', () => {
    it('keeps playing across the handover: same element, time moving on, no second start, no emptied', async () => {
      const el = await fixture<NewsPlayer>(html`<news-player src=${MEDIA.long} muted headline="Handover"></news-player>`);
      const host = count(el, ['loadstart', 'loadedmetadata', 'play', 'playing']);
      const times: number[] = [];
      el.addEventListener('timeupdate', () => times.push(el.currentTime));
      const video = clickToPlay(el);
      const media = count(video, ['loadstart', 'emptied', 'play', 'abort']);
      await stateReached(el, 'playing');
      await handedOver(el, video);
      const atHandover = el.currentTime;
      await past(el, atHandover + 0.5);
      expect(el.state).to.equal('playing');
      expect(media, 'the media element loaded once and never restarted').to.deep.equal({ loadstart: 1, emptied: 0, play: 1, abort: 0 });
      expect(host, 'each media event re-dispatched once').to.deep.equal({ loadstart: 1, loadedmetadata: 1, play: 1, playing: 1 });
      expect(times.every((t, i) => i === 0 || t >= times[i - 1]), `time never went back: ${times.join(' ')}`).to.equal(true);
      // video.js's own view of it: playing, started, with its source recorded.
      const player = el.player!;
      expect(player.paused()).to.equal(false);
      expect(player.hasClass('vjs-playing') && player.hasClass('vjs-has-started')).to.equal(true);
      expect(player.currentSrc()).to.contain(MEDIA.long);
    });

    it('play() resolves once playing, and video.js plays the adopted element after a pause', async () => {
      const el = await fixture<NewsPlayer>(html`<news-player src=${MEDIA.long} muted></news-player>`);
      let resolved = 0;
      const first = el.play().then(() => resolved++);
      const video = stage(el).querySelector('video')!;
      await first;
      expect(el.state).to.equal('playing');
      await handedOver(el, video);
      expect(resolved).to.equal(1);
      el.pause();
      await stateReached(el, 'paused');
      // video.js's own play() (the one the late-init path used to lose) and ours both settle.
      await el.player!.play();
      await el.play();
      expect(el.state).to.equal('playing');
      expect(video.currentSrc).to.contain(MEDIA.long);
    });

    it('a seek on an idle player (currentTime, then play) takes the same path', async () => {
      const el = await fixture<NewsPlayer>(html`<news-player src=${MEDIA.long} muted></news-player>`);
      el.currentTime = 7;
      const playing = el.play();
      const video = stage(el).querySelector('video')!;
      expect(video, 'the element starts at the request').to.exist;
      await playing;
      expect(el.currentTime).to.be.within(7, 9);
      await handedOver(el, video);
      expect(el.currentTime).to.be.within(7, 10);
    });

    it('removed just after the handover: video.js lets go before it builds its late menus, without an error', async () => {
      const wrap = await fixture<HTMLDivElement>(html`<div><news-player src=${MEDIA.long} muted></news-player></div>`);
      const el = wrap.querySelector('news-player')!;
      const video = clickToPlay(el);
      await handedOver(el, video);
      el.remove();
      await waitUntil(() => el.player === undefined, 'video.js released');
      await aTimeout(100);
      expect(video.isConnected).to.equal(false);
      expect(video.hasAttribute('src')).to.equal(false);
    });

    it('a page with video.js options gets video.js first: news-player-create comes before the media loads', async () => {
      const el = await fixture<NewsPlayer>(html`<news-player src=${MEDIA.long} muted .options=${{ playbackRates: [1, 2] }}></news-player>`);
      let mediaAtCreate = -1;
      el.addEventListener('news-player-create', () => (mediaAtCreate = (el.player!.tech(true) as unknown as { el(): HTMLMediaElement }).el().readyState));
      const playing = el.play();
      expect(stage(el).querySelector('.early'), 'no bare element').to.equal(null);
      await playing;
      expect(mediaAtCreate, 'created before its media loaded').to.equal(0);
    });

    it('streams stay on video.js from the start', async () => {
      const el = await fixture<NewsPlayer>(html`<news-player src=${MEDIA.hls} muted></news-player>`);
      const playing = el.play();
      expect(stage(el).querySelector('.early'), 'no bare element for HLS').to.equal(null);
      await playing;
      expect(el.player).to.exist;
    });
  });

  describe("the click's frame: the card stays until the media plays", () => {
    const part = (el: NewsPlayer, name: string) => el.shadowRoot!.querySelector(`[part="${name}"]`);
    /** The bare element's play/pause button, or video.js's player (which takes focus once it has adopted the element). */
    const inControls = (el: NewsPlayer, active: Element | null) =>
      !!active && el.shadowRoot!.contains(active) && (active.localName === 'button' || active.classList.contains('video-js'));

    it('state changes at once; the card stays, with no "Please wait", until it plays; then the stage shows', async () => {
      const el = await fixture<NewsPlayer>(html`<news-player src=${`${MEDIA.mp4}?hold`} muted headline="Hold"></news-player>`);
      const shownWhenPlaying: boolean[] = [];
      // At `playing`, before its render: what the reader still sees is the card.
      el.addEventListener('playing', () => shownWhenPlaying.push(!!part(el, 'poster-card')), { once: true });
      clickToPlay(el);
      expect(el.state, 'the state property at once').to.equal('loading');
      await nextFrame();
      if (el.state === 'loading') {
        expect(part(el, 'poster-card'), 'the card, a frame after the click').to.exist;
        expect(part(el, 'loading'), 'no "Please wait" drawn for a start this quick').to.equal(null);
        expect(stage(el).hidden, 'the stage not drawn yet').to.equal(true);
      }
      await stateReached(el, 'playing');
      await el.updateComplete;
      expect(shownWhenPlaying).to.deep.equal([true]);
      expect(part(el, 'poster-card'), 'the card goes once it plays').to.equal(null);
      expect(stage(el).hidden).to.equal(false);
      expect(el.getAttribute('state')).to.equal('playing');
    });

    it(`media that takes longer than ${HOLD_MS} ms: "Please wait" is drawn and said meanwhile`, async () => {
      const el = await fixture<NewsPlayer>(html`<news-player src="/faults/slow/600?f=clip.mp4" type="video/mp4" muted></news-player>`);
      const started = performance.now();
      clickToPlay(el);
      await waitUntil(() => part(el, 'loading') !== null, '"Please wait" drawn', { timeout: 5000, interval: 5 });
      const drawnAfter = performance.now() - started;
      expect(el.state).to.equal('loading');
      expect(drawnAfter, 'drawn once the hold ran out, not before').to.be.at.least(HOLD_MS - 5);
      expect(el.getAttribute('state')).to.equal('loading');
      expect(el.shadowRoot!.querySelector('[role="status"]')!.textContent).to.contain('Please wait');
      await stateReached(el, 'playing');
    });

    it('from the keyboard: focus goes from the card to the controls once they are drawn, never to <body>', async () => {
      const el = await fixture<NewsPlayer>(html`<news-player src=${`${MEDIA.mp4}?hold-keys`} muted></news-player>`);
      card(el).focus();
      const lost: string[] = [];
      const watch = () => {
        const active = deepActive();
        if (!active || active === document.body) lost.push(el.state);
      };
      el.addEventListener('playing', watch);
      el.addEventListener('news-player-statechange', watch);
      await sendKeys({ press: 'Enter' });
      await stateReached(el, 'playing');
      await el.updateComplete;
      await waitUntil(() => el.shadowRoot!.activeElement !== null && el.shadowRoot!.activeElement !== card(el), 'focus inside the player');
      const active = deepActive()!;
      expect(inControls(el, active), `focus on a control (${active.outerHTML.slice(0, 80)})`).to.equal(true);
      expect(lost, 'focus was never on <body>').to.deep.equal([]);
    });
    it('from the keyboard, on slow media: focus waits on "Please wait", then goes to the controls once it plays', async () => {
      // An address of its own: Chromium shares media data between elements of one page by URL.
      const el = await fixture<NewsPlayer>(html`<news-player src="/faults/slow/600?f=clip.mp4&keys" type="video/mp4" muted></news-player>`);
      card(el).focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => part(el, 'loading') !== null, '"Please wait" drawn', { timeout: 5000, interval: 5 });
      await el.updateComplete;
      await waitUntil(() => deepActive() === part(el, 'loading'), `focus on "Please wait" (on ${deepActive()?.outerHTML.slice(0, 60)})`, { timeout: 2000 });
      await stateReached(el, 'playing');
      await waitUntil(() => inControls(el, deepActive()), 'focus on a control once it plays', { timeout: 5000 });
    });

    it('focus the reader moved elsewhere meanwhile stays there', async () => {
      const wrap = await fixture<HTMLElement>(html`<div><news-player src="/faults/slow/300?f=clip.mp4&elsewhere" type="video/mp4" muted></news-player><button>elsewhere</button></div>`);
      const el = wrap.querySelector('news-player') as NewsPlayer;
      const other = wrap.querySelector('button')!;
      card(el).focus();
      await sendKeys({ press: 'Enter' });
      other.focus();
      await stateReached(el, 'playing');
      await el.updateComplete;
      await aTimeout(50);
      expect(document.activeElement).to.equal(other);
    });
  });

  describe('what carries over', () => {
    it('the start attribute', async () => {
      const el = await fixture<NewsPlayer>(html`<news-player src=${MEDIA.long} start="0:05" muted></news-player>`);
      const video = clickToPlay(el);
      await stateReached(el, 'playing');
      expect(el.currentTime).to.be.within(5, 7);
      await handedOver(el, video);
      expect(el.currentTime).to.be.within(5, 8);
      expect(Number(el.player!.currentTime())).to.be.within(5, 8);
    });

    it('a deep link (#t=)', async () => {
      const original = location.href;
      history.replaceState(null, '', '#t=12');
      try {
        const el = await fixture<NewsPlayer>(html`<news-player src=${MEDIA.long} muted></news-player>`);
        expect(el.currentTime).to.equal(12);
        const video = clickToPlay(el);
        await stateReached(el, 'playing');
        await handedOver(el, video);
        expect(el.currentTime).to.be.within(12, 15);
      } finally {
        history.replaceState(null, '', original);
      }
    });

    it('a range: playback pauses at its end after the handover', async () => {
      const el = await fixture<NewsPlayer>(html`<news-player src=${MEDIA.long} muted></news-player>`);
      el.range = { start: 1, end: 2.5 };
      el.currentTime = 1;
      const video = stage(el).querySelector('video');
      expect(video).to.equal(null);
      await el.play();
      await handedOver(el, stage(el).querySelector('video')!);
      await stateReached(el, 'paused');
      expect(el.currentTime).to.be.within(2.4, 3);
    });

    it('captions from the child <track>s, with the remembered choice', async () => {
      localStorage.setItem(CAPTIONS_KEY, JSON.stringify({ on: true, language: 'es' }));
      try {
        const el = await fixture<NewsPlayer>(html`<news-player src=${MEDIA.long} muted>
          <track kind="captions" src=${MEDIA.captions} srclang="en" label="English" />
          <track kind="captions" src="/test/media/captions-es.vtt" srclang="es" label="Español" />
        </news-player>`);
        const changes: string[] = [];
        el.addEventListener('news-player-captionschange', (e) => changes.push(e.detail.showing?.language ?? ''));
        const video = clickToPlay(el);
        await handedOver(el, video);
        await waitUntil(() => el.captionTracks.some((t) => t.showing), 'a track shows');
        expect(el.captionTracks.find((t) => t.showing)?.language).to.equal('es');
        expect(changes.at(-1)).to.equal('es');
        expect(el.state).to.equal('playing');
      } finally {
        localStorage.removeItem(CAPTIONS_KEY);
      }
    });

    it('chapters: markers and the chapter menu', async () => {
      const wrap = await fixture<HTMLDivElement>(html`<div style="width:720px">
        <news-player src=${MEDIA.webm} muted><track kind="chapters" src=${MEDIA.chapters} srclang="en" /></news-player>
      </div>`);
      const el = wrap.querySelector('news-player')!;
      await waitUntil(() => el.chapters.length === 3, 'chapters read');
      const video = clickToPlay(el);
      await handedOver(el, video);
      const root = el.shadowRoot!;
      await waitUntil(() => root.querySelectorAll('.vjs-chapters-button .vjs-menu-item').length === 3, 'chapter menu filled');
      // Our controls (the markers among them) come a task after video.js's.
      await waitUntil(() => root.querySelectorAll('.news-chapter-marker').length === 2, 'two chapter markers');
      expect(root.querySelector('.vjs-chapters-button [role="menu"]')?.getAttribute('aria-label')).to.equal('Chapters');
      // The menus built after the handover sit where video.js puts them.
      await waitUntil(() => root.querySelector('.vjs-subs-caps-button') !== null, 'the late menus are built');
      const order = [...root.querySelector('.vjs-control-bar')!.children].map((c) => c.classList[0]);
      // The speed is in the settings menu (issue 13), video.js's own rate menu is not built.
      expect(order).to.include.members(['vjs-chapters-button', 'vjs-subs-caps-button', 'news-settings-button', 'news-copy-link']);
      expect(order).to.not.include('vjs-playback-rate');
      const at = (name: string) => order.indexOf(name);
      expect(at('vjs-chapters-button')).to.be.below(at('vjs-subs-caps-button'));
      expect(at('vjs-subs-caps-button')).to.be.below(at('news-settings-button'));
      expect(at('news-settings-button')).to.be.below(at('news-copy-link'));
    });
  });

  describe('dressed after, a task at a time', () => {
    /** The control bar's components, in order, and the player's own children (class names). */
    const layoutOf = (el: NewsPlayer) => {
      const root = el.shadowRoot!;
      const names = (parent: Element | null) => [...(parent?.children ?? [])].map((c) => c.classList[0]).filter((n) => n?.startsWith('vjs-') || n?.startsWith('news-'));
      return { bar: names(root.querySelector('.vjs-control-bar')), player: names(root.querySelector('.video-js')) };
    };

    it('ends with the same controls, in the same order, as a player video.js built whole', async () => {
      const wrap = await fixture<HTMLDivElement>(html`<div style="width:720px">
        <news-player id="handed" src=${MEDIA.webm} muted headline="Handed over"><track kind="chapters" src=${MEDIA.chapters} srclang="en" /><track kind="captions" src=${MEDIA.captions} srclang="en" label="English" /></news-player>
        <news-player id="whole" src=${MEDIA.webm} muted headline="Built whole" independent><track kind="chapters" src=${MEDIA.chapters} srclang="en" /><track kind="captions" src=${MEDIA.captions} srclang="en" label="English" /></news-player>
      </div>`);
      const handed = wrap.querySelector<NewsPlayer>('#handed')!;
      const whole = wrap.querySelector<NewsPlayer>('#whole')!;
      await whole.load();
      await stateReached(whole, 'ready');
      const video = clickToPlay(handed);
      await handedOver(handed, video);
      const root = handed.shadowRoot!;
      // What waits for later: video.js's volume, remaining time, menus, picture-in-picture,
      // fullscreen, big button and the captions dialog, then ours.
      await waitUntil(() => root.querySelector('.news-copy-link') && root.querySelector('.vjs-fullscreen-control') && root.querySelector('.vjs-text-track-settings'), 'dressed', { timeout: 10000 });
      const a = layoutOf(handed);
      const b = layoutOf(whole);
      expect(a.bar).to.deep.equal(b.bar);
      expect(a.player).to.deep.equal(b.player);
      expect(a.bar).to.include.members(['vjs-volume-panel', 'vjs-remaining-time', 'vjs-picture-in-picture-control', 'vjs-fullscreen-control', 'news-settings-button']);
      // Picture-in-picture enabled itself although its `loadedmetadata` had passed.
      expect(root.querySelector('.vjs-picture-in-picture-control')!.classList.contains('vjs-disabled')).to.equal(false);
      expect(handed.state).to.equal('playing');
    });
  });

  describe('failures release the early element', () => {
    /** Clicks, waits for `unavailable`, and checks the element let go of its source. */
    async function failsWith(src: string, code: string, type?: string): Promise<void> {
      const el = await fixture<NewsPlayer>(html`<news-player src=${src} type=${type ?? ''} muted></news-player>`);
      const video = clickToPlay(el);
      await stateReached(el, 'unavailable');
      expect(el.error?.code).to.equal(code);
      expect(video.hasAttribute('src'), 'its src removed').to.equal(false);
      // load() without a source empties the element once the browser has run its resource selection.
      await waitUntil(() => video.networkState === HTMLMediaElement.NETWORK_EMPTY, 'loaded empty');
      expect(video.isConnected, 'out of the stage').to.equal(false);
    }

    it('404: not-found', () => failsWith('/faults/status/404', 'not-found'));
    it('bytes that are not media: unsupported', () => failsWith('/faults/garbage', 'unsupported', 'video/mp4'));
    it('500: network', () => failsWith('/faults/status/500', 'network'));

    it('an address that cannot be used: bad-url, and no element at all', async () => {
      const el = await fixture<NewsPlayer>(html`<news-player src="javascript:alert(1)" muted></news-player>`);
      await stateReached(el, 'unavailable');
      expect(el.error?.code).to.equal('bad-url');
      await el.play().catch(() => undefined);
      expect(stage(el).querySelector('video')).to.equal(null);
    });

    it('a type the browser rules out never starts a bare element', async () => {
      const el = await fixture<NewsPlayer>(html`<news-player src=${MEDIA.mp4} type="video/x-unplayable" muted></news-player>`);
      card(el).click();
      expect(stage(el).querySelector('.early')).to.equal(null);
      await stateReached(el, 'unavailable');
      expect(el.error?.code).to.equal('unsupported');
    });

    it('the player removed mid-start: the element lets go, and video.js never builds', async () => {
      const wrap = await fixture<HTMLDivElement>(html`<div><news-player src=${MEDIA.long} muted></news-player></div>`);
      const el = wrap.querySelector('news-player')!;
      const video = clickToPlay(el);
      el.remove();
      await waitUntil(() => !video.hasAttribute('src'), 'the element let go of its source');
      await waitUntil(() => video.networkState === HTMLMediaElement.NETWORK_EMPTY, 'loaded empty');
      expect(video.isConnected).to.equal(false);
      // Long enough for the chunks to have arrived: nothing is built for a player that left.
      await aTimeout(800);
      expect(el.player).to.equal(undefined);
      expect(el.state).to.equal('idle');
    });
  });
});
