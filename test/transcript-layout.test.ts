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

  describe('blocks laid out ahead', () => {
    it('laying out the blocks in idle time moves nothing the reader sees, and every row stays in the DOM', async function () {
      this.timeout(60_000);
      const src = generatedVtt(2000, 7);
      try {
        const el = await fixture<NewsTranscript>(html`<news-transcript src=${src} style="--news-transcript-max-height: 240px"></news-transcript>`);
        await shown(el);
        // Mid-list, blocks above and below the view, before any of them is laid out ahead.
        const body = part(el, 'body')!;
        body.scrollTop = body.scrollHeight / 2;
        await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
        const cues = () => [...shadow(el).querySelectorAll<HTMLElement>('[part~="cue"]')];
        const top = rect(body).top;
        const first = cues().find((c) => rect(c).bottom > top)!;
        const before = { scrollTop: body.scrollTop, height: body.scrollHeight, first: rect(first).top - top };
        // The lazy half's list says when it is done (no public event: it changes nothing visible).
        const list = () => (el as unknown as { core: { list: { ahead: { pending: boolean } } } }).core.list;
        await waitUntil(() => cues().length === 2000 && !list().ahead.pending, 'never laid out ahead', { timeout: 30_000 });
        await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
        expect(body.scrollTop, 'scroll position').to.equal(before.scrollTop);
        expect(body.scrollHeight, 'scroll height').to.equal(before.height);
        expect(rect(first).top - top, 'the first row in view').to.be.closeTo(before.first, 0.5);
      } finally {
        URL.revokeObjectURL(src);
      }
    });

    it('a transcript hidden while its rows arrive is laid out ahead once shown, and again after a move', async function () {
      this.timeout(60_000);
      const src = generatedVtt(600);
      try {
        const box = await fixture<HTMLDivElement>(html`<div hidden><news-transcript src=${src}></news-transcript></div>`);
        const el = box.querySelector<NewsTranscript>('news-transcript')!;
        type Ahead = { pending: boolean; start(): void };
        const ahead = () => (el as unknown as { core?: { list: { ahead: Ahead } } }).core?.list.ahead;
        const settled = () =>
          waitUntil(() => shadow(el).querySelectorAll('[part~="cue"]').length === 600 && ahead() && !ahead()!.pending, 'never settled', { timeout: 20_000 });
        await settled();
        // Counts the passes from here on (the lazy half's list: nothing of this is visible but the cost of a seek).
        let passes = 0;
        const a = ahead()!;
        const start = a.start.bind(a);
        a.start = () => {
          passes++;
          start();
        };
        // Hidden: nothing to lay out, and nothing left waiting for idle time either.
        box.hidden = false;
        await waitUntil(() => passes === 1, 'not laid out once shown', { timeout: 5000 });
        await settled();
        const other = document.createElement('div');
        box.append(other);
        other.append(el);
        await waitUntil(() => passes === 2, 'not laid out after a move', { timeout: 5000 });
        await settled();
      } finally {
        URL.revokeObjectURL(src);
      }
    });
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
