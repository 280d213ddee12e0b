import { fixture, html, expect, waitUntil, nextFrame } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import '../src/index.js';
import type { NewsPlayer } from '../src/index.js';
import en from '../src/i18n/en.js';
import ar from '../src/i18n/ar.js';
import { previousChapterStart, sessionActions } from '../src/media/media-session.js';
import { MEDIA, playerCreated, stateReached } from './support/helpers.js';

const stage = (el: NewsPlayer) => el.shadowRoot!.querySelector<HTMLElement>('.stage')!;
const floats = (el: NewsPlayer) => stage(el).matches(':popover-open');
const media = (el: NewsPlayer) => stage(el).querySelector('video')!;
const closeButton = (el: NewsPlayer) => el.shadowRoot!.querySelector<HTMLButtonElement>('.mini-close')!;
const backButton = (el: NewsPlayer) => el.shadowRoot!.querySelector<HTMLButtonElement>('.mini-back')!;

/** A player at the top of a page three viewports tall. */
async function article(attrs: { mini?: string; lang?: string; dir?: string; headline?: string } = {}): Promise<NewsPlayer> {
  const wrap = await fixture<HTMLDivElement>(html`<div lang=${attrs.lang ?? 'en'} dir=${attrs.dir ?? 'ltr'}>
    <news-player
      src=${MEDIA.long}
      poster=${MEDIA.poster}
      headline=${attrs.headline ?? 'Harbour reopens after the storm'}
      mini-player=${attrs.mini ?? 'auto'}
      muted
      loop
    ></news-player>
    <div style="height: 300vh"></div>
  </div>`);
  return wrap.querySelector('news-player') as NewsPlayer;
}

/** Playing, with video.js in charge (the mini-player comes with it). */
async function playing(el: NewsPlayer): Promise<void> {
  await el.play();
  await playerCreated(el);
  await stateReached(el, 'playing');
}

/**
 * Resolves once the page's intersection observers have seen the host at `visible` (the player's own
 * observer was made before this one, so it has been told too), then a frame for what follows.
 */
async function seen(el: Element, visible: boolean): Promise<void> {
  await new Promise<void>((resolve) => {
    const io = new IntersectionObserver(
      (entries) => {
        const entry = entries[entries.length - 1];
        const ratio = entry.isIntersecting ? entry.intersectionRatio : 0;
        if (visible ? ratio >= 0.3 : ratio < 0.3) {
          io.disconnect();
          resolve();
        }
      },
      { threshold: [0, 0.3] },
    );
    io.observe(el);
  });
  await nextFrame();
}

async function scrollAway(el: NewsPlayer): Promise<void> {
  window.scrollTo(0, document.documentElement.scrollHeight);
  await seen(el, false);
}

async function scrollBack(el: NewsPlayer): Promise<void> {
  window.scrollTo(0, 0);
  await seen(el, true);
}

/**
 * Resolves once the page's Media Session shows `title`: a click plays a bare media element at once,
 * and the session is set when video.js has adopted it (the engine's chunk brings it).
 */
async function session(title: string): Promise<MediaMetadata> {
  await waitUntil(() => navigator.mediaSession.metadata?.title === title, `the session never showed "${title}" (${navigator.mediaSession.metadata?.title})`, { timeout: 10000 });
  return navigator.mediaSession.metadata!;
}

/** Time moves on in the media element. */
async function advances(el: NewsPlayer): Promise<void> {
  const from = media(el).currentTime;
  await waitUntil(() => media(el).currentTime > from + 0.3, 'playback stopped moving', { timeout: 5000 });
}

const near = (a: DOMRect, b: DOMRect) => ['left', 'top', 'width', 'height'].every((k) => Math.abs(a[k as 'left'] - b[k as 'left']) <= 1);

describe('<news-player> mini-player', () => {
  afterEach(async () => {
    window.scrollTo(0, 0);
    await executeServerCommand('emulate-media-features', {});
  });

  describe('floating', () => {
    it('floats in the corner when the playing player scrolls out of view, and plays on', async () => {
      const el = await article();
      await playing(el);
      const video = media(el);
      let emptied = 0;
      video.addEventListener('emptied', () => emptied++);
      const before = el.getBoundingClientRect();
      await scrollAway(el);
      await waitUntil(() => floats(el), 'the frame never floated');
      // Fixed in the bottom right corner, inside the viewport, at most 320px wide.
      const box = stage(el).getBoundingClientRect();
      expect(getComputedStyle(stage(el)).position).to.equal('fixed');
      expect(box.width).to.be.within(100, 320);
      expect(box.right).to.be.at.most(innerWidth);
      expect(box.bottom).to.be.at.most(innerHeight);
      expect(box.left).to.be.above(innerWidth / 2);
      expect(box.top).to.be.above(innerHeight / 2);
      // The host keeps its box in the article.
      const after = el.getBoundingClientRect();
      expect(after.height).to.equal(before.height);
      expect(after.width).to.equal(before.width);
      // The same media element plays on.
      expect(media(el)).to.equal(video);
      await advances(el);
      expect(emptied).to.equal(0);
      expect(el.state).to.equal('playing');
      // Said once, politely.
      const status = [...el.shadowRoot!.querySelectorAll('[role="status"]')].at(-1)!;
      expect(status.textContent).to.equal(en.controlsMiniAnnounce);
      expect(closeButton(el).getAttribute('aria-label')).to.equal(en.controlsMiniClose);
      expect(backButton(el).textContent).to.equal(en.controlsMiniBack);
      expect(closeButton(el).checkVisibility()).to.equal(true);
      // The article's box says where the video went, over the poster (if any), without a second announcement.
      const away = el.shadowRoot!.querySelector<HTMLElement>('.mini-away')!;
      expect(away.textContent).to.equal(en.controlsMiniAnnounce);
      expect(away.getAttribute('aria-hidden')).to.equal('true');
      expect(near(away.getBoundingClientRect(), el.getBoundingClientRect())).to.equal(true);
      await expect(el).to.be.accessible();
    });

    it('returns in place when the reader scrolls back', async () => {
      const el = await article();
      await playing(el);
      await scrollAway(el);
      await waitUntil(() => floats(el), 'the frame never floated');
      await scrollBack(el);
      await waitUntil(() => !floats(el), 'the frame stayed in the corner');
      expect(near(stage(el).getBoundingClientRect(), el.getBoundingClientRect())).to.equal(true);
      expect(el.shadowRoot!.querySelector('.mini-away')).to.equal(null);
      expect(backButton(el).checkVisibility()).to.equal(false);
      await advances(el);
    });

    it('floats bottom left in a right-to-left page, in its language', async () => {
      const el = await article({ lang: 'ar', dir: 'rtl' });
      await playing(el);
      await scrollAway(el);
      await waitUntil(() => floats(el), 'the frame never floated');
      const box = stage(el).getBoundingClientRect();
      expect(box.left).to.be.at.least(0);
      expect(box.right).to.be.below(innerWidth / 2);
      await waitUntil(() => closeButton(el).getAttribute('aria-label') === ar.controlsMiniClose, 'the close button is not in Arabic');
      expect(backButton(el).textContent).to.equal(ar.controlsMiniBack);
    });

    it('never floats with mini-player="off"', async () => {
      const el = await article({ mini: 'off' });
      await playing(el);
      await scrollAway(el);
      await advances(el);
      expect(floats(el)).to.equal(false);
      expect(getComputedStyle(stage(el)).position).to.equal('absolute');
    });

    it('does not float a player the reader paused', async () => {
      const el = await article();
      await playing(el);
      el.pause();
      await stateReached(el, 'paused');
      await scrollAway(el);
      await nextFrame();
      expect(floats(el)).to.equal(false);
    });

    it('stays in the corner when paused there, until it is closed', async () => {
      const el = await article();
      await playing(el);
      await scrollAway(el);
      await waitUntil(() => floats(el), 'the frame never floated');
      el.pause();
      await stateReached(el, 'paused');
      expect(floats(el)).to.equal(true);
    });

    it('slides in, but not with reduced motion', async () => {
      const el = await article();
      await playing(el);
      await scrollAway(el);
      await waitUntil(() => floats(el), 'the frame never floated');
      expect(getComputedStyle(stage(el)).animationName).to.equal('news-mini-in');
      await scrollBack(el);
      await waitUntil(() => !floats(el), 'the frame stayed in the corner');
      await executeServerCommand('emulate-media-features', { reducedMotion: 'reduce' });
      await scrollAway(el);
      await waitUntil(() => floats(el), 'the frame never floated again');
      expect(getComputedStyle(stage(el)).animationName).to.equal('none');
    });

    it('has a visible border in forced colours', async () => {
      await executeServerCommand('emulate-media-features', { forcedColors: 'active' });
      const el = await article();
      await playing(el);
      await scrollAway(el);
      await waitUntil(() => floats(el), 'the frame never floated');
      expect(parseFloat(getComputedStyle(stage(el)).borderTopWidth)).to.be.at.least(1);
    });

    it('goes back when the player is hidden, and goes with it when removed', async () => {
      const el = await article();
      await playing(el);
      await scrollAway(el);
      await waitUntil(() => floats(el), 'the frame never floated');
      el.hidden = true;
      await waitUntil(() => !floats(el), 'a hidden player stayed in the corner');
      el.hidden = false;
      await waitUntil(() => floats(el), 'the frame did not float again once shown');
      const frame = stage(el);
      el.remove();
      await waitUntil(() => !frame.matches(':popover-open'), 'a removed player stayed in the corner');
      expect(frame.hasAttribute('popover')).to.equal(false);
    });

    it('steps aside in fullscreen, and floats again after it', async () => {
      const el = await article();
      await playing(el);
      await scrollAway(el);
      await waitUntil(() => floats(el), 'the frame never floated');
      // video.js's own "f" key, pressed in the floating player.
      (stage(el).querySelector('.video-js') as HTMLElement).focus();
      await sendKeys({ press: 'f' });
      await waitUntil(() => document.fullscreenElement === el, 'never fullscreen');
      await waitUntil(() => !floats(el), 'floating in fullscreen');
      await document.exitFullscreen();
      await waitUntil(() => floats(el), 'did not float again after fullscreen');
    });

    it('never floats an audio player', async () => {
      const wrap = await fixture<HTMLDivElement>(html`<div>
        <news-player src=${MEDIA.m4a} headline="The briefing" muted loop></news-player>
        <div style="height: 300vh"></div>
      </div>`);
      const el = wrap.querySelector('news-player') as NewsPlayer;
      await playing(el);
      await scrollAway(el);
      await advances(el);
      expect(floats(el)).to.equal(false);
      expect(el.shadowRoot!.querySelector('.mini-bar')).to.equal(null);
    });

    it('gives way to another player that starts', async () => {
      const el = await article();
      const other = document.createElement('news-player') as NewsPlayer;
      other.src = MEDIA.long;
      other.muted = true;
      other.setAttribute('style', 'position: fixed; top: 0; left: 0; width: 200px');
      el.parentElement!.append(other);
      await playing(el);
      await scrollAway(el);
      await waitUntil(() => floats(el), 'the frame never floated');
      await other.play();
      await waitUntil(() => !floats(el), 'the first player stayed in the corner');
      other.remove();
    });
  });

  describe('closing', () => {
    it('Close pauses and puts the frame back; it does not float again until seen', async () => {
      const el = await article();
      await playing(el);
      await scrollAway(el);
      await waitUntil(() => floats(el), 'the frame never floated');
      closeButton(el).click();
      await stateReached(el, 'paused');
      expect(floats(el)).to.equal(false);
      // Played again from the lock screen, say: still not while it was closed.
      await el.play();
      await advances(el);
      expect(floats(el)).to.equal(false);
    });

    it('is reached by Tab, and Escape inside it closes it', async () => {
      const el = await article();
      await playing(el);
      await scrollAway(el);
      await waitUntil(() => floats(el), 'the frame never floated');
      // From the player, through its controls, to the mini-player's buttons.
      (stage(el).querySelector('.video-js') as HTMLElement).focus();
      let reached = false;
      for (let i = 0; i < 40 && !reached; i++) {
        await sendKeys({ press: 'Tab' });
        reached = el.shadowRoot!.activeElement === closeButton(el);
      }
      expect(reached, 'Tab never reached the close button').to.equal(true);
      await sendKeys({ press: 'Escape' });
      await stateReached(el, 'paused');
      expect(floats(el)).to.equal(false);
      // Focus stays in the player, not on <body>.
      expect(document.activeElement).to.equal(el);
    });

    it('leaves Escape in an open menu to the menu', async () => {
      const el = await article();
      const track = document.createElement('track');
      Object.assign(track, { kind: 'captions', src: MEDIA.captions, srclang: 'en', label: 'English' });
      el.append(track);
      await playing(el);
      await scrollAway(el);
      await waitUntil(() => floats(el), 'the frame never floated');
      const menuButton = () => el.shadowRoot!.querySelector<HTMLElement>('.vjs-subs-caps-button button');
      await waitUntil(() => menuButton()?.checkVisibility(), 'no captions menu');
      menuButton()!.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => menuButton()!.getAttribute('aria-expanded') === 'true', 'the menu never opened');
      await sendKeys({ press: 'Escape' });
      await waitUntil(() => menuButton()!.getAttribute('aria-expanded') === 'false', 'the menu stayed open');
      expect(floats(el)).to.equal(true);
      expect(el.state).to.equal('playing');
    });

    it('"Back to the video" scrolls the player into view, in place', async () => {
      const el = await article();
      await playing(el);
      await scrollAway(el);
      await waitUntil(() => floats(el), 'the frame never floated');
      await executeServerCommand('emulate-media-features', { reducedMotion: 'reduce' });
      backButton(el).click();
      expect(floats(el)).to.equal(false);
      await seen(el, true);
      expect(el.state).to.equal('playing');
      expect(near(stage(el).getBoundingClientRect(), el.getBoundingClientRect())).to.equal(true);
    });
  });

  describe('Media Session', () => {
    let meta: HTMLMetaElement;
    beforeEach(() => {
      meta = document.createElement('meta');
      meta.setAttribute('property', 'og:site_name');
      meta.content = 'The Daily Test';
      document.head.append(meta);
    });
    afterEach(() => meta.remove());

    it('carries the headline, the site and the poster while playing', async () => {
      const el = await article();
      await playing(el);
      const metadata = await session('Harbour reopens after the storm');
      expect(metadata.artist).to.equal('The Daily Test');
      expect(metadata.artwork[0].src).to.equal(new URL(MEDIA.poster, location.href).href);
      expect(metadata.artwork[0].type).to.equal('image/jpeg');
      expect(navigator.mediaSession.playbackState).to.equal('playing');
      el.pause();
      await stateReached(el, 'paused');
      expect(navigator.mediaSession.playbackState).to.equal('paused');
      // A new headline shows at once.
      el.headline = 'Harbour reopens: the latest';
      await el.updateComplete;
      expect(navigator.mediaSession.metadata!.title).to.equal('Harbour reopens: the latest');
      await waitUntil(() => navigator.mediaSession.metadata?.artwork[0]?.sizes === '320x180', 'the artwork never learnt its size');
    });

    it('belongs to the player that plays last, and is cleared only by it', async () => {
      const first = await article({ headline: 'First story' });
      const second = document.createElement('news-player') as NewsPlayer;
      second.src = MEDIA.long;
      second.muted = true;
      second.headline = 'Second story';
      first.parentElement!.append(second);
      await playing(first);
      await session('First story');
      await playing(second);
      await session('Second story');
      // The first goes: the session is not its own any more, so it stays.
      first.remove();
      await waitUntil(() => first.player === undefined, 'the first player was never released');
      expect(navigator.mediaSession.metadata!.title).to.equal('Second story');
      second.remove();
      await waitUntil(() => navigator.mediaSession.metadata === null, 'the session was never cleared');
      expect(navigator.mediaSession.playbackState).to.equal('none');
    });

    it('takes the page title without a headline', async () => {
      const title = document.title;
      document.title = 'Storm coverage: live';
      const el = await article({ headline: '' });
      await playing(el);
      await session('Storm coverage: live');
      document.title = title;
    });

    it('its actions play, pause, seek, stop and move between chapters', async () => {
      // Chromium cannot press the lock screen's buttons for a test: the handlers the session is
      // given are these, made for the real player here and run one by one.
      const el = await fixture<NewsPlayer>(html`<news-player src=${MEDIA.mp4} muted>
        <track kind="chapters" src=${MEDIA.chapters} srclang="en" />
      </news-player>`);
      await playing(el);
      await waitUntil(() => el.chapters.length === 3, 'no chapters');
      const run = (action: MediaSessionAction, details: Partial<MediaSessionActionDetails> = {}) =>
        sessionActions(el.player!, el.chapters)[action]!({ action, ...details });
      const at = (time: number) => waitUntil(() => Math.abs(el.currentTime - time) < 0.15, `not at ${time} (${el.currentTime})`);
      run('pause');
      await stateReached(el, 'paused');
      run('seekto', { seekTime: 3 });
      await at(3);
      run('seekforward', { seekOffset: 1 });
      await at(4);
      run('seekbackward');
      await at(0);
      run('nexttrack');
      await at(2);
      run('previoustrack');
      await at(0);
      run('play');
      await stateReached(el, 'playing');
      run('stop');
      await stateReached(el, 'paused');
      await at(0);
      expect(sessionActions(el.player!, []).nexttrack).to.equal(null);
    });

    it('"previous" goes to the chapter start, or the one before near it', () => {
      const chapters = [
        { start: 0, end: 10, title: 'A' },
        { start: 10, end: 20, title: 'B' },
        { start: 20, end: 30, title: 'C' },
      ];
      expect(previousChapterStart(chapters, 15)).to.equal(10);
      expect(previousChapterStart(chapters, 11)).to.equal(0);
      expect(previousChapterStart(chapters, 21)).to.equal(10);
      expect(previousChapterStart(chapters, 2)).to.equal(0);
    });
  });
});
