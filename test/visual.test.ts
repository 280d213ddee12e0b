// Screenshot tests: the player's states at 320, 375, 640 and 1280 px, compared with the committed
// baselines in test/screenshots/ by @web/test-runner-visual-regression (pixelmatch). The tolerance
// (web-test-runner.config.mjs) survives another machine's anti-aliasing, not a moved control.
// Fonts are pinned: the page's text is DejaVu Sans, video.js's Arial maps to Liberation Sans,
// both installed by .ci/run. New or intended changes: `UPDATE_SCREENSHOTS=1 npx web-test-runner
// test/visual.test.ts`, look at the PNGs, commit them. A failure writes the new image and the diff
// to test/screenshots/failed/ (ignored by git).
import { expect, fixture, html, nextFrame, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { visualDiff } from '@web/test-runner-visual-regression';
import '../src/index.js';
import type { NewsPlayer } from '../src/components/news-player/news-player.component.js';
import { MEDIA, playerCreated, stateReached } from './support/helpers.js';

const WIDTHS = [320, 375, 640, 1280];
const HEADLINE = 'Kerry: US ready to cooperate with Iran to help Iraq';

/** The player's box, at `width`, on a plain page with the pinned font. */
async function frame(width: number, player: ReturnType<typeof html>): Promise<{ box: HTMLElement; el: NewsPlayer }> {
  const box = await fixture<HTMLElement>(html`<div
    style="width:${width}px;padding:8px;background:#fff;font:16px/1.4 'DejaVu Sans',sans-serif;--news-player-font:400 16px/1.4 'DejaVu Sans',sans-serif"
  >
    ${player}
  </div>`);
  const el = box.querySelector('news-player') as NewsPlayer;
  await el.updateComplete;
  return { box, el };
}

/** How much of the media the browser has fetched is timing, not layout: its bar is left out. */
const steady = new CSSStyleSheet();
steady.replaceSync('.vjs-load-progress { visibility: hidden !important; }');

/** Two frames and the fonts: nothing left to paint. */
async function settled(): Promise<void> {
  for (const el of document.querySelectorAll('news-player')) {
    const root = el.shadowRoot!;
    if (!root.adoptedStyleSheets.includes(steady)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, steady];
  }
  await document.fonts.ready;
  await nextFrame();
  await nextFrame();
}

/** A loaded, paused video at `time` with captions showing and the controls shown. */
async function pausedAt(el: NewsPlayer, time: number): Promise<void> {
  await el.load();
  await playerCreated(el);
  await stateReached(el, 'ready');
  el.currentTime = time;
  const media = el.shadowRoot!.querySelector('video')!;
  await waitUntil(() => Math.abs(media.currentTime - time) < 0.05 && !media.seeking && media.readyState >= 2, 'seek', { timeout: 10000 });
  const track = [...media.textTracks].find((t) => t.kind === 'captions' || t.kind === 'subtitles');
  if (track) {
    track.mode = 'showing';
    await waitUntil(() => (track.activeCues?.length ?? 0) > 0, 'an active cue', { timeout: 10000 });
  }
  await waitUntil(() => el.shadowRoot!.querySelector('.vjs-text-track-cue') !== null || !track, 'the cue drawn', { timeout: 10000 });
  el.player!.userActive(true);
}

describe('screenshots', function () {
  this.timeout(120_000);

  before(async () => {
    await setViewport({ width: 1320, height: 1000 });
  });

  for (const width of WIDTHS) {
    describe(`at ${width} px`, () => {
      it('idle: the poster card', async () => {
        const { box } = await frame(width, html`<news-player src=${MEDIA.mp4} poster=${MEDIA.poster} headline=${HEADLINE} duration="0:06"></news-player>`);
        await settled();
        await visualDiff(box, `card-${width}`);
      });

      it('unavailable without a poster', async () => {
        const { box, el } = await frame(width, html`<news-player headline=${HEADLINE}></news-player>`);
        await stateReached(el, 'unavailable');
        await settled();
        await visualDiff(box, `unavailable-bare-${width}`);
      });

      it('unavailable with a poster and Retry', async () => {
        const { box, el } = await frame(width, html`<news-player src="/faults/status/404" type="video/mp4" poster=${MEDIA.poster} headline=${HEADLINE}></news-player>`);
        await el.load().catch(() => undefined);
        await stateReached(el, 'unavailable');
        await settled();
        await visualDiff(box, `unavailable-retry-${width}`);
      });

      it('loaded video, paused, captions and chapters, controls shown', async () => {
        const { box, el } = await frame(
          width,
          html`<news-player src=${MEDIA.mp4} headline=${HEADLINE} muted>
            <track kind="captions" src=${MEDIA.captions} srclang="en" label="English" default />
            <track kind="chapters" src=${MEDIA.chapters} srclang="en" />
          </news-player>`,
        );
        await pausedAt(el, 2.5);
        await settled();
        await visualDiff(box, `paused-captions-${width}`);
      });

      it('loaded audio keeps its headline and length', async () => {
        const { box, el } = await frame(width, html`<news-player src=${MEDIA.m4a} headline=${HEADLINE}></news-player>`);
        await el.load();
        await playerCreated(el);
        await stateReached(el, 'ready');
        await waitUntil(() => Number.isFinite(el.duration), 'a duration');
        await settled();
        expect(el.audio).to.equal(true);
        await visualDiff(box, `audio-loaded-${width}`);
      });
    });
  }
});
