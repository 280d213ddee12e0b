// <news-transcript> on narrow screens: it reflows (WCAG 1.4.10) in any container, its own width
// included when a content-sized wrapper asks it, and its toolbar wraps into rows that keep each
// control whole and beside its partner. Geometry only, never timings.
import { fixture, fixtureCleanup, html, expect, waitUntil, oneEvent } from '@open-wc/testing';
import '../src/index.js';
import type { NewsTranscript } from '../src/index.js';
import { MEDIA, generatedVtt } from './support/helpers.js';

const SPANISH = '/test/media/captions-es.vtt';

const shadow = (el: Element) => el.shadowRoot!;
const part = <T extends Element = HTMLElement>(el: Element, name: string) => shadow(el).querySelector<T>(`[part~="${name}"]`);
const rect = (el: Element) => el.getBoundingClientRect();

/** Resolves once `el` has shown its cues (and a frame has laid them out). */
async function shown(el: NewsTranscript): Promise<void> {
  await waitUntil(() => el.source !== undefined && shadow(el).querySelector('[part~="cue"]'), 'no cues shown', { timeout: 20_000 });
  await el.updateComplete;
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
}

/** True when the page scrolls sideways. */
const pageScrollsSideways = () => document.documentElement.scrollWidth > document.documentElement.clientWidth;

describe('<news-transcript> layout', () => {
  afterEach(() => fixtureCleanup());

  describe('reflow', () => {
    for (const [name, cues] of [
      ['blocks of cues', 120],
      ['the windowed list', 20_001],
    ] as const) {
      it(`${name}: in a content-sized wrapper 375 px wide, no wider than its container, and the player beside it neither`, async function () {
        this.timeout(60_000);
        const src = generatedVtt(cues);
        try {
          const box = await fixture<HTMLDivElement>(html`<div style="width: 375px">
            <div class="fit" style="width: fit-content">
              <news-player src=${MEDIA.webm} headline="Evening news"></news-player>
              <news-transcript src=${src} style="--news-transcript-max-height: 240px"></news-transcript>
            </div>
            <div class="inline" style="display: inline-block">
              <news-transcript src=${src} style="--news-transcript-max-height: 240px"></news-transcript>
            </div>
            <div class="flex" style="display: flex; align-items: flex-start">
              <div><news-transcript src=${src} style="--news-transcript-max-height: 240px"></news-transcript></div>
            </div>
          </div>`);
          const transcripts = [...box.querySelectorAll<NewsTranscript>('news-transcript')];
          for (const el of transcripts) await shown(el);
          for (const el of [...transcripts, box.querySelector('news-player')!, box.querySelector('.fit')!, box.querySelector('.inline')!]) {
            expect(rect(el).width, `${el.localName}${el.className ? `.${el.className}` : ''}`).to.be.at.most(375);
          }
          expect(box.scrollWidth, 'nothing overflows the 375 px box').to.be.at.most(375);
          expect(pageScrollsSideways(), 'the page scrolls sideways').to.equal(false);
          // Scrolling the list renders other blocks: still no wider.
          const body = part(transcripts[0], 'body')!;
          body.scrollTop = body.scrollHeight / 2;
          await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
          expect(rect(transcripts[0]).width).to.be.at.most(375);
          expect(pageScrollsSideways()).to.equal(false);
        } finally {
          URL.revokeObjectURL(src);
        }
      });
    }
  });

  describe('toolbar', () => {
    /** A transcript reading its player's two captions tracks: search, count, previous, next, language, two downloads. */
    async function inBox(width: number): Promise<NewsTranscript> {
      const box = await fixture<HTMLDivElement>(html`<div style=${`width: ${width}px`}>
        <news-player id=${`tb${width}`} src=${MEDIA.webm}>
          <track kind="captions" src=${MEDIA.captions} srclang="en" label="English" default />
          <track kind="subtitles" src=${SPANISH} srclang="es" label="Español" />
        </news-player>
        <news-transcript for=${`tb${width}`}></news-transcript>
      </div>`);
      const el = box.querySelector('news-transcript')!;
      await shown(el);
      await waitUntil(() => part(el, 'language') && part(el, 'download-captions'), 'no language choice or downloads');
      return el;
    }

    const CONTROLS = ['search', 'previous', 'next', 'language', 'download', 'download-captions'];

    for (const width of [320, 375, 640]) {
      it(`${width} px: every control whole and inside the transcript, previous beside next, the downloads together`, async () => {
        const el = await inBox(width);
        const box = rect(el);
        const toolbar = part(el, 'toolbar')!;
        expect(toolbar.scrollWidth, 'nothing overflows the toolbar').to.be.at.most(toolbar.clientWidth);
        for (const name of CONTROLS) {
          const r = rect(part(el, name)!);
          expect(r.width * r.height, `${name} visible`).to.be.above(0);
          expect(r.left, `${name} inside at the left`).to.be.at.least(box.left - 0.5);
          expect(r.right, `${name} inside at the right`).to.be.at.most(box.right + 0.5);
        }
        const [search, previous, next, language, download, captions] = CONTROLS.map((name) => rect(part(el, name)!));
        expect(previous.top, 'previous and next on one row').to.equal(next.top);
        // The empty count takes no room.
        expect(rect(part(el, 'search-count')!).width).to.be.at.most(1);
        if (width <= 400) {
          expect(search.width, 'the search box fills its row').to.be.closeTo(rect(toolbar).width, 1);
          expect(previous.top, 'previous and next below the search box').to.be.at.least(search.bottom);
        } else {
          expect(previous.top + previous.height / 2, 'search, previous and next on one row').to.be.within(search.top, search.bottom);
        }
        // The language choice and the downloads come after previous/next, and none of them shares a row with the search box.
        for (const r of [language, download, captions]) {
          expect(r.top).to.be.at.least(next.top - 1);
          expect(r.top).to.be.at.least(search.bottom);
        }
        await expect(el).to.be.accessible();
      });
    }

    it('the count is as wide as its text once there is one', async () => {
      const el = await inBox(320);
      const input = part<HTMLInputElement>(el, 'search')!;
      input.value = 'the';
      input.dispatchEvent(new Event('input'));
      await waitUntil(() => el.matchCount > 0, 'no matches');
      await el.updateComplete;
      const count = part(el, 'search-count')!;
      const range = document.createRange();
      range.selectNodeContents(count);
      expect(rect(count).width).to.be.closeTo(range.getBoundingClientRect().width, 1);
      expect(rect(part(el, 'previous')!).top).to.equal(rect(part(el, 'next')!).top);
      const toolbar = part(el, 'toolbar')!;
      expect(toolbar.scrollWidth).to.be.at.most(toolbar.clientWidth);
      await expect(el).to.be.accessible();
    });
  });
});
