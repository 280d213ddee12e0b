// <news-transcript> on narrow screens: it reflows (WCAG 1.4.10) in any container, its own width
// included when a content-sized wrapper asks it, and its toolbar wraps into rows that keep each
// control whole and beside its partner. Geometry only, never timings.
import { fixture, fixtureCleanup, html, expect, waitUntil, oneEvent } from '@open-wc/testing';
import '../src/index.js';
import type { NewsTranscript } from '../src/index.js';
import { MEDIA } from './support/helpers.js';

const SPANISH = '/test/media/captions-es.vtt';

const shadow = (el: Element) => el.shadowRoot!;
const part = <T extends Element = HTMLElement>(el: Element, name: string) => shadow(el).querySelector<T>(`[part~="${name}"]`);
const rect = (el: Element) => el.getBoundingClientRect();

/** A WebVTT file of `n` one-second cues, as a Blob URL. */
function generatedVtt(n: number): string {
  const lines = ['WEBVTT', ''];
  const stamp = (s: number) => {
    const h = Math.floor(s / 3600);
    const m = Math.floor((s % 3600) / 60);
    return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}.000`;
  };
  for (let i = 0; i < n; i++) lines.push(`${stamp(i)} --> ${stamp(i + 1)}`, `Sentence number ${i} of the long transcript.`, '');
  return URL.createObjectURL(new Blob([lines.join('\n')], { type: 'text/vtt' }));
}

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
});
