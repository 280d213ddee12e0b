import { fixture, html, expect, waitUntil, oneEvent } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import '../src/index.js';
import type { NewsPlayer } from '../src/index.js';
import en from '../src/i18n/en.js';
import { MEDIA, stateReached } from './support/helpers.js';

const shadow = (el: NewsPlayer) => el.shadowRoot!;
const $ = <T extends Element = HTMLElement>(el: NewsPlayer, selector: string) => shadow(el).querySelector<T>(selector)!;
const text = (el: NewsPlayer, selector: string) => shadow(el).querySelector(selector)?.textContent?.trim() ?? '';

const EXPECTED = [
  { start: 0, end: 2, title: 'Opening' },
  { start: 2, end: 4, title: 'Middle' },
  { start: 4, end: 6, title: 'Closing' },
];

/** A loaded player of the 6 s clip with the three chapters of `chapters.vtt`. */
async function loadedPlayer(): Promise<NewsPlayer> {
  const wrap = await fixture<HTMLDivElement>(html`<div style="width:720px">
    <news-player src=${MEDIA.webm} muted headline="Chapters">
      <track kind="chapters" src=${MEDIA.chapters} srclang="en" />
    </news-player>
  </div>`);
  const el = wrap.querySelector('news-player')!;
  await el.load();
  await stateReached(el, 'ready');
  await waitUntil(() => el.chapters.length === 3, 'chapters read');
  // video.js's chapter menu fills once its own copy of the track has loaded.
  await waitUntil(() => shadow(el).querySelectorAll('.vjs-chapters-button .vjs-menu-item').length === 3, 'chapter menu filled');
  return el;
}

describe('<news-player> chapters', () => {
  describe('api', () => {
    it('reads the chapters track without loading video.js, and fires news-player-chapterschange', async () => {
      const wrap = await fixture<HTMLDivElement>(html`<div></div>`);
      const el = document.createElement('news-player');
      el.src = MEDIA.webm;
      el.innerHTML = `<track kind="chapters" src="${MEDIA.chapters}" srclang="en">`;
      const changed = oneEvent(wrap, 'news-player-chapterschange');
      wrap.append(el);
      const event = await changed;
      expect(event.detail.chapters).to.deep.equal(EXPECTED);
      expect(el.chapters).to.deep.equal(EXPECTED);
      expect(el.state).to.equal('idle');
      expect(el.player).to.equal(undefined);
    });

    it('has no chapters without a chapters track', async () => {
      const el = await fixture<NewsPlayer>(html`<news-player src=${MEDIA.webm}>
        <track kind="captions" src=${MEDIA.captions} srclang="en" />
      </news-player>`);
      expect(el.chapters).to.deep.equal([]);
      expect(el.currentChapter).to.equal(undefined);
    });

    it('reads a chapters track added later', async () => {
      const el = await fixture<NewsPlayer>(html`<news-player src=${MEDIA.webm}></news-player>`);
      const changed = oneEvent(el, 'news-player-chapterschange');
      const track = document.createElement('track');
      track.kind = 'chapters';
      track.src = MEDIA.chapters;
      el.append(track);
      expect((await changed).detail.chapters.map((c) => c.title)).to.deep.equal(['Opening', 'Middle', 'Closing']);
    });

    it('tells the current chapter', async () => {
      const el = await loadedPlayer();
      expect(el.currentChapter?.title).to.equal('Opening');
      el.currentTime = 3;
      await waitUntil(() => el.currentChapter?.title === 'Middle', `current chapter is ${el.currentChapter?.title}`);
    });
  });

  describe('progress bar', () => {
    it('marks where each chapter after the first begins, at the right positions', async () => {
      const el = await loadedPlayer();
      const duration = el.duration;
      expect(duration).to.be.within(5.9, 6.1);
      const holder = $(el, '.vjs-progress-holder').getBoundingClientRect();
      const markers = [...shadow(el).querySelectorAll<HTMLElement>('.news-chapter-marker')];
      expect(markers.map((m) => m.dataset.title)).to.deep.equal(['Middle', 'Closing']);
      for (const [i, start] of [2, 4].entries()) {
        expect(parseFloat(markers[i].style.left)).to.be.closeTo((start / duration) * 100, 0.01);
        const box = markers[i].getBoundingClientRect();
        const centre = (box.left + box.width / 2 - holder.left) / holder.width;
        expect(centre, `marker ${i} sits at ${start}s of the bar`).to.be.closeTo(start / duration, 0.01);
        expect(box.height).to.be.greaterThan(0);
      }
    });

    it('shows the chapter title under the pointer in the time tooltip', async () => {
      const el = await loadedPlayer();
      const holder = $(el, '.vjs-progress-holder').getBoundingClientRect();
      const tooltip = $(el, '.vjs-mouse-display .vjs-time-tooltip');
      try {
        // Half way along a 6 s clip: 0:03, in the Middle chapter.
        // video.js throttles its mouse display: keep nudging the pointer until it has drawn.
        const x = Math.round(holder.left + holder.width / 2);
        const y = Math.round(holder.top + holder.height / 2);
        let nudge = 0;
        await waitUntil(
          async () => {
            await sendMouse({ type: 'move', position: [x + (nudge++ % 2), y] });
            return /Middle/.test(tooltip.textContent ?? '');
          },
          `tooltip says "${tooltip.textContent}"`,
          { interval: 100, timeout: 8000 },
        );
        expect(tooltip.textContent).to.match(/^0:0[23] · Middle$/);
        expect(getComputedStyle(tooltip).visibility).to.equal('visible');
      } finally {
        await resetMouse();
      }
    });

    it('names the chapter in the slider value and shows it over the play position on keyboard focus', async () => {
      const el = await loadedPlayer();
      const slider = $(el, '.vjs-progress-holder');
      slider.focus();
      // video.js steps 5 s: into the Closing chapter.
      await sendKeys({ press: 'ArrowRight' });
      // video.js updates both on the seek's timeupdate, throttled to frames: give a busy machine time.
      await waitUntil(() => /, Closing$/.test(slider.getAttribute('aria-valuetext') ?? ''), `value is "${slider.getAttribute('aria-valuetext')}"`, { timeout: 5000 });
      const tooltip = $(el, '.vjs-play-progress .vjs-time-tooltip');
      await waitUntil(() => /Closing/.test(tooltip.textContent ?? ''), `tooltip says "${tooltip.textContent}"`, { timeout: 5000 });
      expect(getComputedStyle(tooltip).display).to.equal('block');
      expect(getComputedStyle(tooltip).visibility).to.equal('visible');
    });
  });

  describe('current chapter', () => {
    it('shows the current chapter beside the time and follows playback', async () => {
      const el = await loadedPlayer();
      const current = $(el, '.news-current-chapter');
      expect(current.previousElementSibling?.classList.contains('vjs-duration')).to.equal(true);
      await waitUntil(() => text(el, '.news-current-chapter [aria-hidden]') === 'Opening');
      expect(text(el, '.news-current-chapter .vjs-control-text')).to.equal(en.currentChapter('Opening'));
      expect(getComputedStyle(current).display).to.not.equal('none');
      el.currentTime = 4.5;
      await waitUntil(() => text(el, '.news-current-chapter [aria-hidden]') === 'Closing', 'shows Closing');
      expect(text(el, '.news-current-chapter .vjs-control-text')).to.equal(en.currentChapter('Closing'));
    });

    it('is absent for a clip without chapters', async () => {
      const el = await fixture<NewsPlayer>(html`<news-player src=${MEDIA.webm} muted></news-player>`);
      await el.load();
      await stateReached(el, 'ready');
      expect(getComputedStyle($(el, '.news-current-chapter')).display).to.equal('none');
      expect(shadow(el).querySelectorAll('.news-chapter-marker')).to.have.length(0);
    });
  });

  describe('menu', () => {
    it('lists the chapters and seeks to the one clicked', async () => {
      const el = await loadedPlayer();
      const button = $<HTMLButtonElement>(el, '.vjs-chapters-button button');
      expect(getComputedStyle($(el, '.vjs-chapters-button')).display).to.not.equal('none');
      button.click();
      const items = [...shadow(el).querySelectorAll<HTMLElement>('.vjs-chapters-button .vjs-menu-item')];
      expect(items.map((i) => i.querySelector('.vjs-menu-item-text')?.textContent)).to.deep.equal(['Opening', 'Middle', 'Closing']);
      expect(getComputedStyle($(el, '.vjs-chapters-button .vjs-menu')).display).to.not.equal('none');
      items[1].click();
      await waitUntil(() => Math.abs(el.currentTime - 2) < 0.1, `time is ${el.currentTime}`);
    });

    it('is keyboard operable: Enter opens, arrows move, Enter seeks', async () => {
      const el = await loadedPlayer();
      $<HTMLButtonElement>(el, '.vjs-chapters-button button').focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => shadow(el).activeElement?.classList.contains('vjs-menu-item') === true, 'focus in the menu');
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'ArrowDown' });
      expect(shadow(el).activeElement?.textContent).to.contain('Closing');
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => Math.abs(el.currentTime - 4) < 0.1, `time is ${el.currentTime}`);
    });
  });

  describe('accessibility', () => {
    it('is accessible with markers, the current chapter and the chapter menu open', async () => {
      const el = await loadedPlayer();
      $<HTMLButtonElement>(el, '.vjs-chapters-button button').click();
      expect($(el, '.vjs-chapters-button [role="menu"]').getAttribute('aria-label')).to.equal('Chapters');
      await expect(el).to.be.accessible();
    });
  });
});
