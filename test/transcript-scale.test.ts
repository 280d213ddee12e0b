// <news-transcript> of any size: 100,000 cues and one enormous cue stay a few hundred rows in the
// page (a window that moves with the scroll box), and keyboard, sync, search and download still
// reach every cue. No timings here: bench/transcript-scale.mjs measures them.
import { fixture, html, expect, waitUntil, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../src/index.js';
import type { NewsPlayer, NewsTranscript } from '../src/index.js';
import en from '../src/i18n/en.js';
import { MEDIA, generatedVtt, inView, scrollSettled } from './support/helpers.js';

const shadow = (el: NewsTranscript) => el.shadowRoot!;
const part = <T extends Element = HTMLElement>(el: NewsTranscript, name: string) =>
  shadow(el).querySelector<T>(`[part~="${name}"]`);
const cueEls = (el: NewsTranscript) => [...shadow(el).querySelectorAll<HTMLElement>('[part~="cue"]')];
const nodes = (el: NewsTranscript) => shadow(el).querySelectorAll('*').length;
const words = (cue: Element) => cue.querySelector('[part="text"]')!.textContent!.replace(/\s+/g, ' ').trim();
const count = (el: NewsTranscript) => part(el, 'search-count')!.textContent!.trim();

/** A transcript of `src`, once loaded and given a moment to render whatever it renders in the background. */
async function loaded(src: string, wrap?: HTMLElement): Promise<NewsTranscript> {
  const el = document.createElement('news-transcript');
  el.setAttribute('style', '--news-transcript-max-height: 240px');
  el.src = src;
  const done = oneEvent(el, 'news-transcript-load');
  (wrap ?? (await fixture<HTMLDivElement>(html`<div style="width: 640px"></div>`))).append(el);
  await done;
  await el.updateComplete;
  await new Promise((r) => setTimeout(r, 1500));
  return el;
}

describe('<news-transcript> of any size', () => {
  afterEach(() => emulateMedia({ reducedMotion: 'no-preference' }));

  describe('100,000 cues', () => {
    it('keeps only the rows near the view in the page, and says how to get all of it', async function () {
      this.timeout(60_000);
      const el = await loaded(generatedVtt(100_000));
      expect(el.cues.length).to.equal(100_000);
      const rows = cueEls(el);
      expect(rows.length).to.be.above(0);
      expect(rows.length, 'rows in the page').to.be.below(400);
      expect(nodes(el), 'elements in the shadow root').to.be.below(3000);
      expect(words(rows[0])).to.contain('Sentence number 0 ');
      expect(part(el, 'long-note')!.textContent!.trim()).to.equal(en.transcriptLong);
      expect(rows.filter((c) => c.tabIndex === 0).length, 'one tab stop').to.equal(1);
      // The download still has every cue.
      await waitUntil(() => part<HTMLAnchorElement>(el, 'download')!.href.startsWith('blob:'), 'download file', { timeout: 20_000 });
      const text = await (await fetch(part<HTMLAnchorElement>(el, 'download')!.href)).text();
      const lines = text.trim().split('\n');
      expect(lines).to.have.length(100_000);
      expect(lines[99_999]).to.contain('Sentence number 99999 ');
      await expect(el).to.be.accessible();
    });

    it('End reaches the last cue and Home the first, rows that were not in the page', async function () {
      this.timeout(60_000);
      await emulateMedia({ reducedMotion: 'reduce' });
      const el = await loaded(generatedVtt(100_000));
      cueEls(el)[0].focus();
      const focused = () => shadow(el).activeElement as HTMLElement;
      await sendKeys({ press: 'End' });
      expect(focused().dataset.index).to.equal('99999');
      expect(words(focused())).to.contain('Sentence number 99999 ');
      const box = part(el, 'body')!;
      await scrollSettled(box);
      expect(inView(box, focused())).to.equal(true);
      await sendKeys({ press: 'ArrowUp' });
      expect(focused().dataset.index).to.equal('99998');
      await sendKeys({ press: 'Home' });
      expect(focused().dataset.index).to.equal('0');
      await scrollSettled(box);
      expect(inView(box, focused())).to.equal(true);
      expect(cueEls(el).length).to.be.below(400);
      // The reader scrolls far away from the focused row: focus stays in the list, on a row in view.
      box.scrollTop = box.scrollHeight / 2;
      await scrollSettled(box);
      expect(focused()?.getAttribute('part')).to.match(/^cue/);
      expect(inView(box, focused()) || focused().getBoundingClientRect().top < box.getBoundingClientRect().bottom).to.equal(true);
      await sendKeys({ press: 'ArrowDown' });
      expect(Number(focused().dataset.index)).to.be.above(40_000);
    });

    it('marks the cue being spoken and brings it into view after a seek far away', async function () {
      this.timeout(60_000);
      await emulateMedia({ reducedMotion: 'reduce' });
      const wrap = await fixture<HTMLDivElement>(html`<div style="width: 640px"><news-player src=${MEDIA.long}></news-player></div>`);
      const player = wrap.querySelector<NewsPlayer>('news-player')!;
      const el = await loaded(generatedVtt(100_000), wrap);
      player.currentTime = 77_777.5;
      player.dispatchEvent(new Event('timeupdate'));
      await waitUntil(() => el.activeCues.length === 1, 'active cue');
      expect(el.activeCues[0].start).to.equal(77_777);
      const box = part(el, 'body')!;
      await scrollSettled(box);
      const active = shadow(el).querySelectorAll<HTMLElement>('[aria-current="true"]');
      expect(active.length).to.equal(1);
      expect(active[0].dataset.index).to.equal('77777');
      expect(active[0].getAttribute('part')).to.equal('cue active');
      expect(inView(box, active[0])).to.equal(true);
      expect(active[0].tabIndex, 'the tab stop follows the cue being spoken').to.equal(0);
    });

    it('search finds a cue far down, scrolls to it, and stops honestly at 1,000+ matches', async function () {
      this.timeout(60_000);
      await emulateMedia({ reducedMotion: 'reduce' });
      const el = await loaded(generatedVtt(100_000));
      const input = part<HTMLInputElement>(el, 'search')!;
      const type = (q: string) => {
        input.value = q;
        input.dispatchEvent(new Event('input', { bubbles: true }));
      };
      type('number 99998 ');
      await waitUntil(() => el.matchCount === 1, 'one match', { timeout: 20_000 });
      await el.updateComplete;
      expect(count(el)).to.equal(en.transcriptMatches(1, 1));
      const box = part(el, 'body')!;
      await scrollSettled(box);
      const current = [...CSS.highlights.get('news-transcript-current')!] as Range[];
      expect(current.map((r) => r.toString())).to.deep.equal(['number 99998']);
      const cue = current[0].startContainer.parentElement!.closest<HTMLElement>('[part~="cue"]')!;
      expect(cue.dataset.index).to.equal('99998');
      expect(inView(box, cue)).to.equal(true);
      type('Sentence');
      await waitUntil(() => el.matchCount === 1000, 'capped matches', { timeout: 20_000 });
      await el.updateComplete;
      expect(count(el)).to.equal(en.transcriptManyMatches(1, 1000));
      expect(CSS.highlights.get('news-transcript-match')!.size, 'only rows in the page are painted').to.be.below(400);
    });
  });

  describe('100,000 cues: seeking and following', () => {
    it('a click or Enter on a row asks to seek to its cue', async function () {
      this.timeout(60_000);
      const el = await loaded(generatedVtt(100_000));
      const seeks: number[] = [];
      el.addEventListener('news-transcript-seek', (e) => {
        seeks.push(e.detail.time);
        e.preventDefault();
      });
      cueEls(el)[2].click();
      cueEls(el)[0].focus();
      await sendKeys({ press: 'End' });
      await sendKeys({ press: 'Enter' });
      expect(seeks).to.deep.equal([2, 99_999]);
    });

    it('follows the player while it plays, and Back to current returns after the reader scrolls away', async function () {
      this.timeout(60_000);
      await emulateMedia({ reducedMotion: 'reduce' });
      const wrap = await fixture<HTMLDivElement>(html`<div style="width: 640px"><news-player src=${MEDIA.long}></news-player></div>`);
      const player = wrap.querySelector<NewsPlayer>('news-player')!;
      const el = await loaded(generatedVtt(100_000), wrap);
      const box = part(el, 'body')!;
      const activeEl = () => shadow(el).querySelector<HTMLElement>('[aria-current="true"]');
      const tick = (time: number) => {
        player.currentTime = time;
        player.dispatchEvent(new Event('timeupdate'));
      };
      // Playing through a stretch of cues: each is marked and kept in view in turn.
      for (let time = 50_000.5; time < 50_030; time += 3) {
        tick(time);
        await scrollSettled(box);
        expect(activeEl()?.dataset.index).to.equal(String(Math.floor(time)));
        expect(inView(box, activeEl()!), `cue ${Math.floor(time)} in view`).to.equal(true);
      }
      // The reader scrolls to the top (a while after the transcript's own scrolling): auto-scroll
      // waits, and the active cue's row leaves the page.
      await new Promise((r) => setTimeout(r, 400));
      box.scrollTop = 0;
      await waitUntil(() => el.autoScrollPaused, 'paused by the reader');
      await scrollSettled(box);
      tick(50_040.5);
      await scrollSettled(box);
      expect(box.scrollTop, 'stays where the reader put it').to.equal(0);
      expect(activeEl(), 'the active row is not in the page').to.equal(null);
      const back = part<HTMLButtonElement>(el, 'back')!;
      await el.updateComplete;
      expect(back.hidden).to.equal(false);
      back.click();
      await scrollSettled(box);
      expect(el.autoScrollPaused).to.equal(false);
      expect(activeEl()?.dataset.index).to.equal('50040');
      expect(inView(box, activeEl()!)).to.equal(true);
    });
  });

  describe('changing size', () => {
    it('a new, short src after a long one is a plain list again, every cue in the page', async function () {
      this.timeout(60_000);
      const el = await loaded(generatedVtt(100_000));
      expect(part(el, 'long-note')).to.not.equal(null);
      el.src = MEDIA.captions;
      await waitUntil(() => el.cues.length === 6 && cueEls(el).length === 6, 'six cues');
      await el.updateComplete;
      expect(part(el, 'long-note')).to.equal(null);
      expect(shadow(el).querySelector('.sizer')).to.equal(null);
      expect(words(cueEls(el)[5])).to.equal('Thank you for watching.');
    });
  });

  describe('one enormous cue', () => {
    it('is shown in pieces: no enormous text node, few elements, every word downloadable', async function () {
      this.timeout(60_000);
      const text = `${'many words in one cue '.repeat(200_000)}the last words.`; // 4.4 MB
      const src = URL.createObjectURL(new Blob([`WEBVTT\n\n00:00.000 --> 10:00.000\n${text}\n`], { type: 'text/vtt' }));
      const el = await loaded(src);
      expect(el.cues.length).to.equal(1);
      expect(nodes(el), 'elements in the shadow root').to.be.below(3000);
      const walker = document.createTreeWalker(shadow(el), NodeFilter.SHOW_TEXT);
      let longest = 0;
      for (let n = walker.nextNode(); n; n = walker.nextNode()) longest = Math.max(longest, n.nodeValue!.length);
      expect(longest, 'longest text node').to.be.at.most(2000);
      const pieces = cueEls(el);
      expect(pieces.every((p) => p.dataset.index === '0')).to.equal(true);
      expect(pieces.filter((p) => p.tabIndex === 0).length, 'one tab stop').to.equal(1);
      cueEls(el)[0].focus();
      await sendKeys({ press: 'End' });
      expect((shadow(el).activeElement as HTMLElement).dataset.index).to.equal('0');
      await waitUntil(() => part<HTMLAnchorElement>(el, 'download')!.href.startsWith('blob:'), 'download file', { timeout: 20_000 });
      const file = await (await fetch(part<HTMLAnchorElement>(el, 'download')!.href)).text();
      expect(file.trim().endsWith('the last words.')).to.equal(true);
      expect(file.length).to.be.above(text.length);
    });
  });
});
