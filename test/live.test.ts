import { fixture, html, expect, waitUntil } from '@open-wc/testing';
import '../src/index.js';
import type { NewsPlayer } from '../src/index.js';
import en from '../src/i18n/en.js';
import { MEDIA, stateReached } from './support/helpers.js';

const shadow = (el: NewsPlayer) => el.shadowRoot!;
const $ = <T extends Element = HTMLElement>(el: NewsPlayer, selector: string) => shadow(el).querySelector<T>(selector)!;
const shown = (el: NewsPlayer, selector: string) => getComputedStyle($(el, selector)).display !== 'none';

/** A stream of its own on the test server: its playlist grows by a 2 s segment every 2 s. */
const liveUrl = () => `/live/${Math.random().toString(36).slice(2)}/index.m3u8`;

interface LiveTracker {
  isLive(): boolean;
  atLiveEdge(): boolean;
  liveCurrentTime(): number;
  seekableEnd(): number;
  seekableStart(): number;
}
const tracker = (el: NewsPlayer) => (el.player as unknown as { liveTracker: LiveTracker }).liveTracker;

async function playingLive(): Promise<NewsPlayer> {
  const el = await fixture<NewsPlayer>(html`<news-player src=${liveUrl()} muted headline="Live"></news-player>`);
  await el.play();
  await waitUntil(() => tracker(el).isLive(), 'the live tracker follows the stream', { timeout: 10000 });
  return el;
}

describe('<news-player> live and time display', () => {
  describe('live streams', () => {
    it('a growing live HLS playlist shows LIVE, and the player knows it is live', async () => {
      const el = await playingLive();
      const vjs = $(el, '.video-js');
      expect(vjs.classList.contains('vjs-live')).to.equal(true);
      expect(vjs.classList.contains('vjs-liveui'), 'DVR user interface').to.equal(true);
      expect(el.live).to.equal(true);
      expect(el.hasAttribute('live')).to.equal(true);
      expect(el.duration).to.equal(Infinity);
      expect(shown(el, '.vjs-seek-to-live-control')).to.equal(true);
      expect($(el, '.vjs-seek-to-live-text').textContent).to.equal('LIVE');
      // No clock, no time links for a live stream; the progress bar is the DVR window.
      for (const sel of ['.vjs-current-time', '.vjs-duration', '.vjs-remaining-time', '.news-copy-link']) {
        expect(shown(el, sel), sel).to.equal(false);
      }
      expect(shown(el, '.vjs-progress-control')).to.equal(true);
      // The playlist grows while we watch.
      const end = tracker(el).seekableEnd();
      await waitUntil(() => tracker(el).seekableEnd() >= end + 2, 'the live window moves on', { timeout: 10000 });
    });

    it('"back to live" seeks to the live edge', async () => {
      const el = await playingLive();
      const button = $<HTMLButtonElement>(el, '.vjs-seek-to-live-control');
      await waitUntil(() => tracker(el).atLiveEdge(), 'playing at the live edge', { timeout: 10000 });
      expect(button.classList.contains('vjs-at-live-edge')).to.equal(true);
      // Back into the DVR window, well behind live.
      el.currentTime = tracker(el).seekableStart() + 1;
      await waitUntil(() => !button.classList.contains('vjs-at-live-edge'), 'behind live', { timeout: 10000 });
      expect(button.getAttribute('aria-disabled')).to.equal('false');
      expect(tracker(el).liveCurrentTime() - el.currentTime).to.be.greaterThan(10);
      button.click();
      await waitUntil(() => button.classList.contains('vjs-at-live-edge'), 'back at the live edge', { timeout: 10000 });
      expect(Math.abs(tracker(el).liveCurrentTime() - el.currentTime)).to.be.below(3);
      expect(el.currentTime).to.be.at.least(tracker(el).seekableEnd() - 1);
      await stateReached(el, 'playing');
    });

    it('the poster card of a live stream says LIVE instead of a duration', async () => {
      const el = await fixture<NewsPlayer>(html`<news-player live src=${liveUrl()} headline="Live now" duration="2:44"></news-player>`);
      expect(shadow(el).querySelector('[part="live"]')?.textContent).to.equal(en.live);
      expect(shadow(el).querySelector('[part="duration"]')).to.equal(null);
      expect(shadow(el).querySelector('[part="poster-card"] .sr-only')?.textContent).to.equal(`${en.playMedia('Live now')}, ${en.live}`);
      await expect(el).to.be.accessible();
    });

    it('is accessible while live', async () => {
      const el = await playingLive();
      await expect(el).to.be.accessible();
    });

    it('a video on demand stays not live, with its clock', async () => {
      const el = await fixture<NewsPlayer>(html`<news-player src=${MEDIA.hls} muted></news-player>`);
      await el.play();
      expect(el.live).to.equal(false);
      expect($(el, '.video-js').classList.contains('vjs-live')).to.equal(false);
      expect(shown(el, '.vjs-current-time')).to.equal(true);
      expect(shown(el, '.vjs-seek-to-live-control')).to.equal(false);
    });
  });

  describe('time-format', () => {
    const visible = async (format: string | undefined) => {
      const el = await fixture<NewsPlayer>(html`<news-player src=${MEDIA.webm} muted></news-player>`);
      if (format) el.setAttribute('time-format', format);
      await el.load();
      await stateReached(el, 'ready');
      return ['.vjs-current-time', '.vjs-time-divider', '.vjs-duration', '.vjs-remaining-time'].filter((s) => shown(el, s));
    };

    it('shows elapsed / duration and remaining by default (both)', async () => {
      expect(await visible(undefined)).to.deep.equal(['.vjs-current-time', '.vjs-time-divider', '.vjs-duration', '.vjs-remaining-time']);
      expect(await visible('both')).to.deep.equal(['.vjs-current-time', '.vjs-time-divider', '.vjs-duration', '.vjs-remaining-time']);
    });

    it('elapsed shows elapsed / duration only', async () => {
      expect(await visible('elapsed')).to.deep.equal(['.vjs-current-time', '.vjs-time-divider', '.vjs-duration']);
    });

    it('remaining shows the remaining time only', async () => {
      expect(await visible('remaining')).to.deep.equal(['.vjs-remaining-time']);
    });
  });
});
