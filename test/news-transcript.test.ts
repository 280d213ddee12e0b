import { fixture, fixtureCleanup, html, expect, waitUntil, nextFrame, oneEvent } from '@open-wc/testing';
import { emulateMedia, resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import '../src/index.js';
import type { NewsPlayer, NewsTranscript } from '../src/index.js';
import en from '../src/i18n/en.js';
import { MEDIA, generatedVtt, inView, scrollSettled, stateReached } from './support/helpers.js';

const FIXTURES = '/test/cue-fixtures/';

const shadow = (el: NewsTranscript) => el.shadowRoot!;
const cueEls = (el: NewsTranscript) => [...shadow(el).querySelectorAll<HTMLElement>('[part~="cue"]')];
const activeEls = (el: NewsTranscript) => [...shadow(el).querySelectorAll<HTMLElement>('[aria-current="true"]')];
const part = <T extends Element = HTMLElement>(el: NewsTranscript, name: string) =>
  shadow(el).querySelector<T>(`[part~="${name}"]`)!;
const words = (cue: Element) => cue.querySelector('[part="text"]')!.textContent!.replace(/\s+/g, ' ').trim();
const message = (el: NewsTranscript) => part(el, 'message').textContent!.replace(/\s+/g, ' ').trim();

/** Resolves once the transcript shows its cues. */
async function rendered(el: NewsTranscript, count?: number): Promise<void> {
  await waitUntil(
    () => el.source !== undefined && cueEls(el).length === el.cues.length && (count === undefined || el.cues.length === count),
    `transcript never rendered ${count ?? 'its'} cues (message: "${message(el)}")`,
    { timeout: 10_000 },
  );
  await el.updateComplete;
}

/** Index of the single active cue, -1 when none. */
const activeIndex = (el: NewsTranscript) => {
  const active = activeEls(el);
  return active.length === 1 ? cueEls(el).indexOf(active[0]) : -1;
};

/** Lets the player fire a time update without real media: the transcript reads `currentTime`. */
function tick(player: NewsPlayer, time: number): void {
  player.currentTime = time;
  player.dispatchEvent(new Event('timeupdate'));
}


/** Types `text` into the search box, as a reader would. */
async function search(el: NewsTranscript, text: string): Promise<void> {
  const input = part<HTMLInputElement>(el, 'search');
  input.focus();
  input.select();
  await sendKeys({ type: text });
  await el.updateComplete;
}

const count = (el: NewsTranscript) => part(el, 'search-count').textContent!.trim();

describe('<news-transcript>', () => {
  afterEach(async () => {
    await emulateMedia({ reducedMotion: 'no-preference' });
    await resetMouse();
  });

  describe('sources', () => {
    it('renders a WebVTT `src`: part="cue", data-start/data-end, m:ss time, text and speaker', async () => {
      const el = await fixture<NewsTranscript>(html`<news-transcript src=${MEDIA.captions}></news-transcript>`);
      await rendered(el, 6);
      expect(el.source).to.equal('src');
      const cues = cueEls(el);
      expect(cues.map((c) => c.dataset.start)).to.deep.equal(['0', '1', '2', '3', '4', '5']);
      expect(cues.map((c) => c.dataset.end)).to.deep.equal(['1', '2', '3', '4', '5', '6']);
      expect(cues[1].querySelector('[part="time"]')!.textContent).to.equal('0:01');
      expect(words(cues[1])).to.equal("Here are tonight's top stories.");
      expect(cues[1].querySelector('[part="speaker"]')!.textContent).to.equal('Anna');
      expect(shadow(el).querySelectorAll('[part="speaker"]').length).to.equal(1);
    });

    it('reads a SubRip file with a BOM and CRLF line ends, served as text/plain', async () => {
      const el = await fixture<NewsTranscript>(html`<news-transcript src=${`${FIXTURES}bom-crlf.srt`}></news-transcript>`);
      await rendered(el, 3);
      const cues = cueEls(el);
      expect(cues.map((c) => Number(c.dataset.start))).to.deep.equal([0, 1.5, 3]);
      expect(words(cues[0])).to.equal('Good evening from the newsroom.');
      expect(cues[0].querySelector('[part="text"] i')!.textContent).to.equal('newsroom');
      expect(words(cues[1])).to.equal('Markets closed higher today, led by technology shares.');
      expect(el.cues.every((c) => !c.text.includes('\r') && !c.text.includes('\ufeff'))).to.equal(true);
    });

    it('reads the documented JSON form, labelling speakers only when the speaker changes', async () => {
      const el = await fixture<NewsTranscript>(html`<news-transcript src=${`${FIXTURES}transcript.json`}></news-transcript>`);
      await rendered(el, 4);
      const labels = cueEls(el).map((c) => c.querySelector('[part="speaker"]')?.textContent ?? null);
      expect(labels).to.deep.equal(['Anna', null, 'Ben', 'Anna']);
      expect(cueEls(el)[2].querySelector('[part="text"] b')!.textContent).to.equal('sharply');
    });

    it('enhances server-rendered children in place, keeping them in the light DOM', async () => {
      const el = await fixture<NewsTranscript>(html`<news-transcript>
        <h3>Opening</h3>
        <p data-start="0" data-end="1.5" data-speaker="Anna">Good <em>evening</em> &amp; welcome.</p>
        <p data-start="0:02">Markets closed higher.</p>
        <h3>Weather</h3>
        <p data-start="4">Colder this weekend.</p>
      </news-transcript>`);
      await rendered(el, 3);
      expect(el.source).to.equal('inline');
      const cues = cueEls(el);
      expect(cues.map((c) => [c.dataset.start, c.dataset.end])).to.deep.equal([
        ['0', '1.5'],
        ['2', '4'],
        ['4', '9'],
      ]);
      expect(words(cues[0])).to.equal('Good evening & welcome.');
      expect(cues[0].querySelector('[part="text"] i')!.textContent).to.equal('evening');
      expect(cues[0].querySelector('[part="speaker"]')!.textContent).to.equal('Anna');
      const headings = [...shadow(el).querySelectorAll('[part="chapter"]')];
      expect(headings.map((h) => [h.textContent, h.getAttribute('role'), h.getAttribute('aria-level')])).to.deep.equal([
        ['Opening', 'heading', '3'],
        ['Weather', 'heading', '3'],
      ]);
      // The children stay where the server put them: the no-JavaScript transcript.
      expect(el.querySelectorAll(':scope > p[data-start]').length).to.equal(3);
      expect(shadow(el).querySelector('slot')).to.equal(null);
    });

    it('reads the children again when they change', async () => {
      const el = await fixture<NewsTranscript>(html`<news-transcript><p data-start="0">One.</p></news-transcript>`);
      await rendered(el, 1);
      const p = document.createElement('p');
      p.dataset.start = '1';
      p.textContent = 'Two.';
      el.append(p);
      await rendered(el, 2);
      expect(words(cueEls(el)[1])).to.equal('Two.');
    });

    it("reads the player's default captions track and chapters without loading video.js", async () => {
      const wrap = await fixture<HTMLDivElement>(html`<div>
        <news-player id="p1" src=${MEDIA.webm} muted>
          <track kind="subtitles" srclang="fr" src="/faults/status/404" />
          <track kind="captions" srclang="en" src=${MEDIA.captions} default />
          <track kind="chapters" src=${MEDIA.chapters} />
        </news-player>
        <news-transcript for="p1"></news-transcript>
      </div>`);
      const el = wrap.querySelector('news-transcript')!;
      const player = wrap.querySelector('news-player')!;
      await rendered(el, 6);
      expect(el.source).to.equal('track');
      expect(player.state).to.equal('idle');
      expect(player.player).to.equal(undefined);
      await waitUntil(() => shadow(el).querySelectorAll('[part="chapter"]').length === 3, 'chapters shown');
      const headings = [...shadow(el).querySelectorAll('[part="chapter"]')];
      expect(headings.map((h) => h.textContent)).to.deep.equal(['Opening', 'Middle', 'Closing']);
      // Each heading comes right before the first cue of its chapter.
      expect((headings[1].nextElementSibling as HTMLElement).dataset.start).to.equal('2');
    });

    it('falls back to the first captions/subtitles track when none is default', async () => {
      const wrap = await fixture<HTMLDivElement>(html`<div>
        <news-player src=${MEDIA.webm}>
          <track kind="metadata" src="/faults/status/404" />
          <track src=${`${FIXTURES}bom-crlf.srt`} />
        </news-player>
        <news-transcript></news-transcript>
      </div>`);
      const el = wrap.querySelector('news-transcript')!;
      await rendered(el, 3);
      expect(el.source).to.equal('track');
    });

    it('prefers `src` over children and the track, and follows `src` changes', async () => {
      const wrap = await fixture<HTMLDivElement>(html`<div>
        <news-player src=${MEDIA.webm}><track kind="captions" src=${MEDIA.captions} default /></news-player>
        <news-transcript src=${`${FIXTURES}transcript.json`}><p data-start="0">Inline.</p></news-transcript>
      </div>`);
      const el = wrap.querySelector('news-transcript')!;
      await rendered(el, 4);
      expect(el.source).to.equal('src');
      el.src = `${FIXTURES}bom-crlf.srt`;
      await rendered(el, 3);
      el.removeAttribute('src');
      await rendered(el, 1);
      expect(el.source).to.equal('inline');
    });

    it('fires news-transcript-load with the source and count', async () => {
      const el = document.createElement('news-transcript');
      el.src = MEDIA.captions;
      const loaded = oneEvent(el, 'news-transcript-load');
      document.body.append(el);
      try {
        const event = await loaded;
        expect(event.detail).to.deep.equal({ source: 'src', count: 6 });
      } finally {
        el.remove();
      }
    });
  });

  describe('errors', () => {
    it('shows a clear message for a malformed file, and never throws', async () => {
      const el = await fixture<NewsTranscript>(html`<news-transcript src=${`${FIXTURES}malformed.vtt`}></news-transcript>`);
      await waitUntil(() => message(el).includes(en.transcriptMalformed), 'malformed message');
      expect(message(el)).to.contain(en.transcriptUnavailable);
      expect(part(el, 'message').getAttribute('role')).to.equal('status');
      expect(cueEls(el).length).to.equal(0);
      await expect(el).to.be.accessible();
    });

    it('shows a load failure for an HTTP error', async () => {
      const el = await fixture<NewsTranscript>(html`<news-transcript src="/faults/status/404"></news-transcript>`);
      await waitUntil(() => message(el).includes(en.transcriptLoadFailed), 'load failure message');
    });

    it('says so when there is no transcript at all', async () => {
      const el = await fixture<NewsTranscript>(html`<news-transcript></news-transcript>`);
      await waitUntil(() => message(el).includes(en.transcriptNone), 'no transcript message');
    });

    it('shows a loading message while the file loads', async () => {
      const el = await fixture<NewsTranscript>(html`<news-transcript src="/faults/stall"></news-transcript>`);
      await el.updateComplete;
      expect(message(el)).to.equal(en.transcriptLoading);
      el.remove(); // frees the stalled request
    });
  });

  describe('hostile cue text', () => {
    it('executes nothing and renders no foreign element, keeping the words readable', async () => {
      const w = window as unknown as { __newsTranscriptPwned?: string };
      delete w.__newsTranscriptPwned;
      const el = await fixture<NewsTranscript>(html`<news-transcript src=${`${FIXTURES}hostile.vtt`}></news-transcript>`);
      await rendered(el, 6);
      const root = shadow(el);
      for (const c of cueEls(el)) c.click(); // no player: activation must stay inert too
      await new Promise((r) => setTimeout(r, 300)); // give an image error or a load event a chance
      expect(w.__newsTranscriptPwned).to.equal(undefined);
      expect(root.querySelectorAll('script, img, svg:not([aria-hidden]), a:not([part^="download"]), iframe, style:not(:first-child), object, embed').length).to.equal(0);
      const handlers = [...root.querySelectorAll('*')].filter((n) => [...n.attributes].some((a) => a.name.startsWith('on')));
      expect(handlers.length).to.equal(0);
      const hrefs = [...root.querySelectorAll('[href]')].map((n) => n.getAttribute('href')!);
      expect(hrefs.every((h) => h.startsWith('blob:'))).to.equal(true);
      const texts = cueEls(el).map(words);
      expect(texts[0]).to.contain('Script tag');
      expect(texts[3]).to.equal('A javascript: link');
      expect(texts[4]).to.equal('Bold with a handler and <script>alert(1)</script> as text');
      expect(cueEls(el)[4].querySelector('b')!.attributes.length).to.equal(0);
    });
  });

  describe('which player', () => {
    it('follows the player named by `for` and re-resolves when `for` changes', async () => {
      const wrap = await fixture<HTMLDivElement>(html`<div>
        <news-player id="a" src=${MEDIA.webm}></news-player>
        <news-player id="b" src=${MEDIA.webm}></news-player>
        <news-transcript for="a"><p data-start="0">x</p></news-transcript>
      </div>`);
      const el = wrap.querySelector('news-transcript')!;
      const [a, b] = wrap.querySelectorAll('news-player');
      expect(el.player).to.equal(a);
      el.htmlFor = 'b';
      await el.updateComplete;
      expect(el.player).to.equal(b);
      el.htmlFor = 'nope';
      await el.updateComplete;
      expect(el.player).to.equal(undefined);
    });

    it('uses the closest ancestor player', async () => {
      const wrap = await fixture<HTMLDivElement>(html`<div>
        <news-player src=${MEDIA.webm}></news-player>
        <news-player id="outer" src=${MEDIA.webm}><news-transcript></news-transcript></news-player>
      </div>`);
      const el = wrap.querySelector('news-transcript')!;
      expect(el.player).to.equal(wrap.querySelector('#outer'));
    });

    it('uses the only player in its root, and none when there are several', async () => {
      const one = await fixture<HTMLDivElement>(html`<div>
        <news-player src=${MEDIA.webm}></news-player><news-transcript></news-transcript>
      </div>`);
      expect(one.querySelector('news-transcript')!.player).to.equal(one.querySelector('news-player'));
      const two = await fixture<HTMLDivElement>(html`<div>
        <news-player src=${MEDIA.webm}></news-player><news-player src=${MEDIA.webm}></news-player>
        <news-transcript><p data-start="0">Still readable.</p></news-transcript>
      </div>`);
      const el = two.querySelector('news-transcript')!;
      expect(el.player).to.equal(undefined);
      await rendered(el, 1);
      cueEls(el)[0].click(); // nothing to seek: no error
    });

    it('looks `for` up in its own shadow root, not in the document', async () => {
      const host = await fixture<HTMLDivElement>(html`<div><news-player id="same" src=${MEDIA.webm}></news-player></div>`);
      const inner = document.createElement('div');
      const root = inner.attachShadow({ mode: 'open' });
      root.innerHTML = `<news-player id="same" src="${MEDIA.webm}"></news-player><news-transcript for="same"></news-transcript>`;
      host.append(inner);
      const el = root.querySelector('news-transcript')!;
      expect(el.player).to.equal(root.querySelector('news-player'));
    });

    it('releases the player on disconnect and finds it again on reconnect', async () => {
      const wrap = await fixture<HTMLDivElement>(html`<div>
        <news-player id="p" src=${MEDIA.webm}><track kind="captions" src=${MEDIA.captions} default /></news-player>
        <news-transcript for="p"></news-transcript>
      </div>`);
      const el = wrap.querySelector('news-transcript')!;
      const player = wrap.querySelector('news-player')!;
      await rendered(el, 6);
      el.remove();
      expect(el.player).to.equal(undefined);
      tick(player, 3.5); // no listener left: nothing happens
      wrap.append(el);
      expect(el.player).to.equal(player);
      await el.updateComplete;
      tick(player, 3.5);
      expect(activeIndex(el)).to.equal(3);
    });
  });

  describe('sync', () => {
    it('renders before video.js loads and marks the cue at the idle start time', async () => {
      const wrap = await fixture<HTMLDivElement>(html`<div>
        <news-player src=${MEDIA.webm} start="2.5"><track kind="captions" src=${MEDIA.captions} default /></news-player>
        <news-transcript></news-transcript>
      </div>`);
      const el = wrap.querySelector('news-transcript')!;
      await rendered(el, 6);
      expect(activeIndex(el)).to.equal(2);
      const active = activeEls(el)[0];
      expect(active.getAttribute('part')).to.equal('cue active');
      expect(cueEls(el).filter((c) => c.getAttribute('part') === 'cue').length).to.equal(5);
    });

    it('stays readable while the player is unavailable', async () => {
      const wrap = await fixture<HTMLDivElement>(html`<div>
        <news-player id="gone"><track kind="captions" src=${MEDIA.captions} default /></news-player>
        <news-transcript for="gone"></news-transcript>
      </div>`);
      const el = wrap.querySelector('news-transcript')!;
      const player = wrap.querySelector('news-player')!;
      await stateReached(player, 'unavailable');
      await rendered(el, 6);
      const unhandled: unknown[] = [];
      const onUnhandled = (e: PromiseRejectionEvent) => {
        unhandled.push(e.reason);
        e.preventDefault();
      };
      window.addEventListener('unhandledrejection', onUnhandled);
      try {
        cueEls(el)[4].click(); // play() rejects: caught
        await new Promise((r) => setTimeout(r, 100));
      } finally {
        window.removeEventListener('unhandledrejection', onUnhandled);
      }
      expect(unhandled).to.deep.equal([]);
      expect(activeIndex(el)).to.equal(4);
    });

    it('follows currentTime while playing and after seeks', async () => {
      const wrap = await fixture<HTMLDivElement>(html`<div>
        <news-player src=${MEDIA.webm} muted><track kind="captions" src=${MEDIA.captions} default /></news-player>
        <news-transcript></news-transcript>
      </div>`);
      const el = wrap.querySelector('news-transcript')!;
      const player = wrap.querySelector('news-player')!;
      await rendered(el, 6);
      expect(activeIndex(el)).to.equal(0);
      await player.play();
      // While playing, the mark moves on with the clip.
      await waitUntil(() => activeIndex(el) >= 1, 'active cue moved on while playing', { timeout: 8000 });
      const cue = cueEls(el)[activeIndex(el)];
      expect(Number(cue.dataset.start)).to.be.at.most(player.currentTime + 0.5);
      player.pause();
      player.currentTime = 4.5;
      await oneEvent(player, 'seeked');
      expect(activeIndex(el)).to.equal(4);
      player.currentTime = 0.2;
      await oneEvent(player, 'seeked');
      expect(activeIndex(el)).to.equal(0);
      expect(activeEls(el).length).to.equal(1);
    });

    it('touches only the cues whose state changed, among 10,000', async function () {
      this.timeout(30_000);
      const wrap = await fixture<HTMLDivElement>(html`<div>
        <news-player src=${MEDIA.long}></news-player>
        <news-transcript src=${generatedVtt(10_000, 7)}></news-transcript>
      </div>`);
      const el = wrap.querySelector('news-transcript')!;
      const player = wrap.querySelector('news-player')!;
      await rendered(el, 10_000);
      const list = part(el, 'list');
      const mutations: MutationRecord[] = [];
      const observer = new MutationObserver((records) => mutations.push(...records));
      observer.observe(list, { attributes: true, childList: true, subtree: true, characterData: true });
      tick(player, 5000.5);
      await Promise.resolve();
      mutations.push(...observer.takeRecords());
      observer.disconnect();
      expect(activeIndex(el)).to.equal(5000);
      expect(mutations.every((m) => m.type === 'attributes')).to.equal(true);
      const touched = new Set(mutations.map((m) => m.target));
      // The cue that was active, the one that is now (and the tab stop moving with it).
      expect(touched.size).to.be.at.most(2);
    });
  });

  describe('range', () => {
    /** Indices of the cues marked as inside the player's range. */
    const inRange = (el: NewsTranscript) =>
      cueEls(el).flatMap((c, i) => (c.hasAttribute('data-in-range') ? [i] : []));
    const parts = (el: NewsTranscript) => cueEls(el).map((c) => c.getAttribute('part'));

    async function pair() {
      const wrap = await fixture<HTMLDivElement>(html`<div>
        <style>
          .marked::part(in-range) {
            outline: 3px solid rgb(1, 2, 3);
          }
        </style>
        <news-player src=${MEDIA.webm} muted><track kind="captions" src=${MEDIA.captions} default /></news-player>
        <news-transcript class="marked"></news-transcript>
      </div>`);
      const el = wrap.querySelector('news-transcript')!;
      await rendered(el, 6);
      return { wrap, el, player: wrap.querySelector('news-player')! };
    }

    it("highlights the cues overlapping the player's range, and clears them with it", async () => {
      const { el, player } = await pair();
      tick(player, 2.5);
      player.range = { start: 1.5, end: 3.5 };
      // start < range.end && end > range.start: cues 1:00–2:00, 2–3 and 3–4 of the 1-second cues.
      expect(inRange(el)).to.deep.equal([1, 2, 3]);
      expect(parts(el)).to.deep.equal(['cue', 'cue in-range', 'cue active in-range', 'cue in-range', 'cue', 'cue']);
      // Described for screen readers, not only painted.
      const cue = cueEls(el)[1];
      const note = shadow(el).getElementById(cue.getAttribute('aria-describedby')!)!;
      expect(note.textContent).to.equal(en.transcriptInRange);
      expect(cueEls(el)[0].hasAttribute('aria-describedby')).to.equal(false);
      // Painted: a band and a bar, themable, and reachable with ::part(in-range).
      const plain = getComputedStyle(cueEls(el)[0]);
      const marked = getComputedStyle(cue);
      expect(marked.backgroundColor).to.not.equal(plain.backgroundColor);
      expect(marked.borderInlineStartColor).to.not.equal(plain.borderInlineStartColor);
      expect(marked.outlineColor).to.equal('rgb(1, 2, 3)');
      await expect(el).to.be.accessible();
      el.style.setProperty('--news-transcript-range-background', 'rgb(250, 240, 200)');
      expect(getComputedStyle(cue).backgroundColor).to.equal('rgb(250, 240, 200)');
      // The active cue moves on inside the range: still in range.
      tick(player, 3.5);
      expect(parts(el)).to.deep.equal(['cue', 'cue in-range', 'cue in-range', 'cue active in-range', 'cue', 'cue']);
      player.range = undefined;
      expect(inRange(el)).to.deep.equal([]);
      expect(parts(el)).to.deep.equal(['cue', 'cue', 'cue', 'cue active', 'cue', 'cue']);
      expect(shadow(el).querySelectorAll('[aria-describedby]').length).to.equal(0);
    });

    it('reads a range a deep link set before the transcript connected, and clears it when the reader plays on', async () => {
      const original = location.href;
      history.replaceState(null, '', `${location.pathname}${location.search}#t=2,4`);
      try {
        const wrap = await fixture<HTMLDivElement>(html`<div>
          <news-player src=${MEDIA.webm} muted><track kind="captions" src=${MEDIA.captions} default /></news-player>
        </div>`);
        const player = wrap.querySelector('news-player')!;
        expect(player.range).to.deep.equal({ start: 2, end: 4 });
        const el = document.createElement('news-transcript');
        wrap.append(el);
        await el.updateComplete;
        await rendered(el, 6);
        expect(inRange(el)).to.deep.equal([2, 3]);
        expect(activeIndex(el)).to.equal(2);
        expect(cueEls(el)[2].getAttribute('part')).to.equal('cue active in-range');
        // The range plays and pauses at its end; playing on ends it, and the highlight goes.
        await player.play();
        await stateReached(player, 'paused');
        expect(inRange(el)).to.deep.equal([2, 3]);
        await player.play();
        await waitUntil(() => inRange(el).length === 0, 'range highlight cleared');
        expect(player.range).to.equal(undefined);
        expect(shadow(el).querySelectorAll('[part~="in-range"]').length).to.equal(0);
        player.pause();
      } finally {
        fixtureCleanup();
        history.replaceState(null, '', original);
      }
    });

    it('touches only the cues whose range state changed, and nothing on time updates inside the same cue', async function () {
      this.timeout(30_000);
      const wrap = await fixture<HTMLDivElement>(html`<div>
        <news-player src=${MEDIA.long}></news-player>
        <news-transcript src=${generatedVtt(10_000, 7)}></news-transcript>
      </div>`);
      const el = wrap.querySelector('news-transcript')!;
      const player = wrap.querySelector('news-player')!;
      await rendered(el, 10_000);
      tick(player, 4000.5);
      const list = part(el, 'list');
      let records: MutationRecord[] = [];
      const observer = new MutationObserver((list) => records.push(...list));
      observer.observe(list, { attributes: true, childList: true, subtree: true, characterData: true });
      /** The cue indices whose elements changed since the last call (microtasks included). */
      const touched = async () => {
        await Promise.resolve();
        records.push(...observer.takeRecords());
        const seen = records;
        records = [];
        expect(seen.every((m) => m.type === 'attributes')).to.equal(true);
        return [...new Set(seen.map((m) => Number((m.target as HTMLElement).dataset.index)))].sort((a, b) => a - b);
      };
      player.range = { start: 5000, end: 5003 };
      expect(await touched()).to.deep.equal([5000, 5001, 5002]);
      tick(player, 4000.6);
      expect(await touched(), 'same cue, same range: no work').to.deep.equal([]);
      player.range = { start: 5001, end: 5004 };
      expect(await touched()).to.deep.equal([5000, 5003]);
      tick(player, 5001.5);
      expect(await touched()).to.deep.equal([4000, 5001]);
      expect(cueEls(el)[5001].getAttribute('part')).to.equal('cue active in-range');
      player.range = undefined;
      expect(await touched()).to.deep.equal([5001, 5002, 5003]);
      observer.disconnect();
    });
  });

  describe('chapters from the player', () => {
    /** Resource timing entries of requests whose URL contains `marker`. */
    const requests = (marker: string) => performance.getEntriesByType('resource').filter((e) => e.name.includes(marker));
    const headings = (el: NewsTranscript) => [...shadow(el).querySelectorAll('[part="chapter"]')].map((h) => h.textContent);

    it("uses the player's chapters as headings: the chapters file is requested once", async () => {
      performance.clearResourceTimings();
      const marker = `once=${Math.random().toString(36).slice(2)}`;
      const wrap = await fixture<HTMLDivElement>(html`<div>
        <news-player src=${MEDIA.webm}>
          <track kind="captions" src=${MEDIA.captions} default />
          <track kind="chapters" src=${`${MEDIA.chapters}?${marker}`} />
        </news-player>
        <news-transcript></news-transcript>
      </div>`);
      const el = wrap.querySelector('news-transcript')!;
      const player = wrap.querySelector('news-player')!;
      await rendered(el, 6);
      await waitUntil(() => headings(el).length === 3, 'chapters shown');
      expect(headings(el)).to.deep.equal(player.chapters.map((c) => c.title));
      await waitUntil(() => requests(marker).length > 0, 'request recorded');
      expect(requests(marker).length).to.equal(1);
    });

    it("follows the player's chapter changes; headings among the children win", async () => {
      const vtt = URL.createObjectURL(
        new Blob(['WEBVTT\n\n00:00.000 --> 00:03.000\nFirst half\n\n00:03.000 --> 00:06.000\nSecond half\n'], { type: 'text/vtt' }),
      );
      const wrap = await fixture<HTMLDivElement>(html`<div>
        <news-player id="ch" src=${MEDIA.webm}>
          <track kind="captions" src=${MEDIA.captions} default />
          <track kind="chapters" src=${MEDIA.chapters} />
        </news-player>
        <news-transcript for="ch"></news-transcript>
        <news-transcript for="ch"><h3>Own heading</h3><p data-start="0">One.</p><p data-start="3">Two.</p></news-transcript>
      </div>`);
      const [el, own] = wrap.querySelectorAll('news-transcript');
      const player = wrap.querySelector('news-player')!;
      await rendered(el, 6);
      await rendered(own, 2);
      await waitUntil(() => headings(el).length === 3, 'chapters shown');
      const track = player.querySelector('track[kind="chapters"]')!;
      const next = document.createElement('track');
      next.kind = 'chapters';
      next.src = vtt;
      track.replaceWith(next);
      await waitUntil(() => headings(el).join() === 'First half,Second half', `headings are ${headings(el).join()}`);
      expect((shadow(el).querySelectorAll('[part="chapter"]')[1].nextElementSibling as HTMLElement).dataset.start).to.equal('3');
      expect(headings(own)).to.deep.equal(['Own heading']);
      URL.revokeObjectURL(vtt);
    });
  });

  describe('seeking', () => {
    it('a click seeks an idle player to the cue and plays it', async () => {
      const wrap = await fixture<HTMLDivElement>(html`<div>
        <news-player src=${MEDIA.webm} muted><track kind="captions" src=${MEDIA.captions} default /></news-player>
        <news-transcript></news-transcript>
      </div>`);
      const el = wrap.querySelector('news-transcript')!;
      const player = wrap.querySelector('news-player')!;
      await rendered(el, 6);
      expect(player.state).to.equal('idle');
      const seek = oneEvent(el, 'news-transcript-seek');
      cueEls(el)[3].click();
      expect((await seek).detail.time).to.equal(3);
      await stateReached(player, 'playing');
      expect(player.currentTime).to.be.within(3, 5.5);
      expect(Number(activeEls(el)[0].dataset.start)).to.be.at.least(3);
    });

    it('Enter and Space on a cue seek and play, from the keyboard', async () => {
      const wrap = await fixture<HTMLDivElement>(html`<div>
        <news-player src=${MEDIA.long} muted><track kind="captions" src=${MEDIA.captions} default /></news-player>
        <news-transcript></news-transcript>
      </div>`);
      const el = wrap.querySelector('news-transcript')!;
      const player = wrap.querySelector('news-player')!;
      await rendered(el, 6);
      cueEls(el)[0].focus();
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'ArrowDown' });
      expect(shadow(el).activeElement).to.equal(cueEls(el)[2]);
      await sendKeys({ press: 'Enter' });
      await stateReached(player, 'playing');
      expect(player.currentTime).to.be.within(2, 4.5);
      player.pause();
      await stateReached(player, 'paused');
      await sendKeys({ press: 'End' });
      expect(shadow(el).activeElement).to.equal(cueEls(el)[5]);
      await sendKeys({ press: 'Space' });
      await stateReached(player, 'playing');
      expect(player.currentTime).to.be.within(5, 7.5);
      player.pause();
    });

    it('a canceled news-transcript-seek leaves the player alone', async () => {
      const wrap = await fixture<HTMLDivElement>(html`<div>
        <news-player src=${MEDIA.webm} muted><track kind="captions" src=${MEDIA.captions} default /></news-player>
        <news-transcript @news-transcript-seek=${(e: Event) => e.preventDefault()}></news-transcript>
      </div>`);
      const el = wrap.querySelector('news-transcript')!;
      const player = wrap.querySelector('news-player')!;
      await rendered(el, 6);
      cueEls(el)[3].click();
      await new Promise((r) => setTimeout(r, 100));
      expect(player.state).to.equal('idle');
      expect(player.currentTime).to.equal(0);
    });

    it('a cue pressed while the player is unavailable says why, politely, keeps focus, and still fires news-transcript-seek', async () => {
      const wrap = await fixture<HTMLDivElement>(html`<div>
        <news-player id="broken" src="/faults/status/404" type="video/webm" load="eager"><track kind="captions" src=${MEDIA.captions} default /></news-player>
        <news-transcript for="broken"></news-transcript>
      </div>`);
      const el = wrap.querySelector('news-transcript')!;
      const player = wrap.querySelector('news-player')!;
      await stateReached(player, 'unavailable');
      await rendered(el, 6);
      const code = player.error!.code;
      expect(shadow(el).querySelector('[part="notice"]'), 'nothing said before a press').to.equal(null);
      cueEls(el)[2].focus();
      const seek = oneEvent(el, 'news-transcript-seek');
      await sendKeys({ press: 'Enter' });
      expect((await seek).detail.time).to.equal(2);
      await el.updateComplete;
      const notice = part(el, 'notice');
      expect(notice.textContent).to.contain(en.transcriptCannotPlay);
      expect(notice.textContent).to.contain(en.reason[code]);
      expect(notice.closest('[role="status"]'), 'in the polite status region').to.equal(part(el, 'message'));
      expect(shadow(el).activeElement, 'focus stays on the cue').to.equal(cueEls(el)[2]);
      expect(activeIndex(el)).to.equal(2);
      expect(player.state).to.equal('unavailable');
      await expect(el).to.be.accessible();
      // A second press is said again: a new paragraph.
      const again = oneEvent(el, 'news-transcript-seek');
      cueEls(el)[4].click();
      expect((await again).detail.time).to.equal(4);
      await el.updateComplete;
      expect(part(el, 'notice')).to.not.equal(notice);
      expect(part(el, 'notice').textContent).to.contain(en.transcriptCannotPlay);
      // The note goes when the player leaves `unavailable` (Retry).
      const left = oneEvent(player, 'news-player-statechange');
      player.retry();
      expect((await left).detail.state).to.not.equal('unavailable');
      await el.updateComplete;
      expect(shadow(el).querySelector('[part="notice"]')).to.equal(null);
    });
  });

  describe('keyboard', () => {
    it('the cue list is one tab stop; arrows, Home and End move; focus is visible', async () => {
      const el = await fixture<NewsTranscript>(html`<news-transcript src=${MEDIA.captions}></news-transcript>`);
      await rendered(el, 6);
      expect(cueEls(el).filter((c) => c.tabIndex === 0).length).to.equal(1);
      part(el, 'download-captions').focus();
      await sendKeys({ press: 'Tab' });
      expect(shadow(el).activeElement).to.equal(cueEls(el)[0]);
      await sendKeys({ press: 'ArrowDown' });
      expect(shadow(el).activeElement).to.equal(cueEls(el)[1]);
      const focused = cueEls(el)[1];
      expect(focused.matches(':focus-visible')).to.equal(true);
      expect(getComputedStyle(focused).outlineStyle).to.equal('solid');
      await sendKeys({ press: 'End' });
      expect(shadow(el).activeElement).to.equal(cueEls(el)[5]);
      await sendKeys({ press: 'Home' });
      expect(shadow(el).activeElement).to.equal(cueEls(el)[0]);
      await sendKeys({ press: 'ArrowUp' });
      expect(shadow(el).activeElement).to.equal(cueEls(el)[0]);
      expect(cueEls(el).filter((c) => c.tabIndex === 0)).to.deep.equal([cueEls(el)[0]]);
      await sendKeys({ press: 'Tab' });
      expect(cueEls(el)).to.not.include(shadow(el).activeElement);
      await sendKeys({ down: 'Shift' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ up: 'Shift' });
      expect(shadow(el).activeElement).to.equal(cueEls(el)[0]);
    });
  });

  describe('auto-scroll', () => {
    /**
     * A player and a transcript of 200 cues in a short box, in the middle of a tall page that is
     * scrolled so the box is on screen; `scrollY` is where the page must stay.
     */
    async function tallPage(): Promise<{ el: NewsTranscript; player: NewsPlayer; box: HTMLElement; scrollY: number }> {
      const wrap = await fixture<HTMLDivElement>(html`<div>
        <div style="height: 150vh"></div>
        <news-player src=${MEDIA.long} style="width: 320px"></news-player>
        <news-transcript src=${generatedVtt(200)} style="--news-transcript-max-height: 160px; width: 320px"></news-transcript>
        <div style="height: 150vh"></div>
      </div>`);
      const el = wrap.querySelector('news-transcript')!;
      await rendered(el, 200);
      const box = part(el, 'body');
      window.scrollTo(0, window.scrollY + box.getBoundingClientRect().top - 100);
      await nextFrame();
      await nextFrame();
      return { el, player: wrap.querySelector('news-player')!, box, scrollY: window.scrollY };
    }

    it('keeps the active cue in view inside its own box and never scrolls the page', async () => {
      await emulateMedia({ reducedMotion: 'reduce' });
      const { el, player, box, scrollY } = await tallPage();
      expect(box.scrollHeight).to.be.above(box.clientHeight);
      tick(player, 120.5);
      await scrollSettled(box);
      expect(activeIndex(el)).to.equal(120);
      expect(box.scrollTop).to.be.above(0);
      expect(inView(box, cueEls(el)[120])).to.equal(true);
      expect(window.scrollY).to.equal(scrollY);
      expect(el.autoScrollPaused).to.equal(false);
    });

    it('scrolls smoothly without pausing itself when motion is allowed', async () => {
      const { el, player, box, scrollY } = await tallPage();
      tick(player, 60.5);
      await scrollSettled(box);
      expect(inView(box, cueEls(el)[60])).to.equal(true);
      expect(el.autoScrollPaused, 'its own smooth scroll is not the reader').to.equal(false);
      expect(part(el, 'back').hidden).to.equal(true);
      expect(window.scrollY).to.equal(scrollY);
    });

    it("pauses on the reader's scroll and resumes from Back to current", async () => {
      await emulateMedia({ reducedMotion: 'reduce' });
      const { el, player, box, scrollY } = await tallPage();
      tick(player, 100.5);
      await scrollSettled(box);
      // The reader scrolls the box back up (any scroll the transcript did not start).
      box.scrollTop = 0;
      await scrollSettled(box);
      await el.updateComplete;
      expect(el.autoScrollPaused).to.equal(true);
      const back = part<HTMLButtonElement>(el, 'back');
      expect(back.hidden).to.equal(false);
      expect(back.textContent!.trim()).to.equal(en.transcriptBackToCurrent);
      tick(player, 150.5);
      await scrollSettled(box);
      expect(box.scrollTop, 'stays where the reader put it').to.equal(0);
      back.click();
      await scrollSettled(box);
      await el.updateComplete;
      expect(inView(box, cueEls(el)[150])).to.equal(true);
      expect(back.hidden).to.equal(true);
      expect(el.autoScrollPaused).to.equal(false);
      tick(player, 190.5);
      await scrollSettled(box);
      expect(inView(box, cueEls(el)[190])).to.equal(true);
      expect(window.scrollY).to.equal(scrollY);
    });

    it('moves focus to the current cue when Back to current is activated from the keyboard', async () => {
      await emulateMedia({ reducedMotion: 'reduce' });
      const { el, player, box } = await tallPage();
      tick(player, 100.5);
      await scrollSettled(box);
      box.scrollTop = 0;
      await scrollSettled(box);
      await el.updateComplete;
      tick(player, 150.5);
      const back = part<HTMLButtonElement>(el, 'back');
      expect(back.hidden).to.equal(false);
      back.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      await scrollSettled(box);
      expect(back.hidden).to.equal(true);
      // Not <body>: the reader keeps their place, on the cue being spoken, the list's tab stop.
      expect(document.activeElement?.localName).to.equal('news-transcript');
      expect((shadow(el).activeElement as HTMLElement | null)?.dataset.index).to.equal('150');
      expect(cueEls(el).filter((c) => c.tabIndex === 0).map((c) => c.dataset.index)).to.deep.equal(['150']);
      expect(inView(box, cueEls(el)[150])).to.equal(true);
    });

    it('catches up when the box comes on screen', async () => {
      await emulateMedia({ reducedMotion: 'reduce' });
      const { el, player, box, scrollY } = await tallPage();
      window.scrollTo(0, 0);
      await nextFrame();
      tick(player, 170.5);
      await scrollSettled(box);
      expect(activeIndex(el)).to.equal(170);
      expect(window.scrollY).to.equal(0);
      window.scrollTo(0, scrollY);
      await waitUntil(() => inView(box, cueEls(el)[170]), 'follows once visible');
      await scrollSettled(box);
      expect(inView(box, cueEls(el)[170])).to.equal(true);
      expect(el.autoScrollPaused).to.equal(false);
    });

    it('pauses on keyboard scrolling inside the box', async () => {
      await emulateMedia({ reducedMotion: 'reduce' });
      const { el, box, scrollY } = await tallPage();
      cueEls(el)[0].focus({ preventScroll: true });
      await sendKeys({ press: 'PageDown' });
      await scrollSettled(box);
      expect(box.scrollTop).to.be.above(0);
      expect(el.autoScrollPaused).to.equal(true);
      expect(window.scrollY).to.equal(scrollY);
    });

    it('pauses while the mouse hovers the list', async () => {
      await emulateMedia({ reducedMotion: 'reduce' });
      const { el, player, box, scrollY } = await tallPage();
      const r = box.getBoundingClientRect();
      await sendMouse({ type: 'move', position: [Math.round(r.left + 40), Math.round(r.top + 40)] });
      tick(player, 80.5);
      await scrollSettled(box);
      expect(box.scrollTop).to.equal(0);
      expect(el.autoScrollPaused).to.equal(true);
      await sendMouse({ type: 'move', position: [Math.round(r.right + 200), Math.round(r.bottom + 100)] });
      await scrollSettled(box);
      expect(el.autoScrollPaused).to.equal(false);
      expect(inView(box, cueEls(el)[80])).to.equal(true);
      expect(window.scrollY).to.equal(scrollY);
    });
  });

  describe('search', () => {
    it('counts matches, highlights them, and moves with buttons and Enter / Shift+Enter', async () => {
      const el = await fixture<NewsTranscript>(html`<news-transcript src=${MEDIA.captions}></news-transcript>`);
      await rendered(el, 6);
      await search(el, 'the');
      // "the news", "The weather" and "weaTHEr".
      expect(el.matchCount).to.equal(3);
      expect(count(el)).to.equal(en.transcriptMatches(1, 3));
      expect(part(el, 'search-count').getAttribute('role')).to.equal('status');
      expect(CSS.highlights.get('news-transcript-match')!.size).to.equal(3);
      const current = () => [...CSS.highlights.get('news-transcript-current')!][0] as Range;
      expect(current().toString()).to.equal('the');
      part<HTMLButtonElement>(el, 'next').click();
      await el.updateComplete;
      expect(count(el)).to.equal(en.transcriptMatches(2, 3));
      expect(current().toString()).to.equal('The');
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(count(el)).to.equal(en.transcriptMatches(3, 3));
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(count(el), 'wraps around').to.equal(en.transcriptMatches(1, 3));
      await sendKeys({ down: 'Shift' });
      await sendKeys({ press: 'Enter' });
      await sendKeys({ up: 'Shift' });
      await el.updateComplete;
      expect(count(el)).to.equal(en.transcriptMatches(3, 3));
      part<HTMLButtonElement>(el, 'previous').click();
      await el.updateComplete;
      expect(count(el)).to.equal(en.transcriptMatches(2, 3));
    });

    it('matches across formatting and line breaks, says when nothing matches, and pauses auto-scroll', async () => {
      const el = await fixture<NewsTranscript>(html`<news-transcript src=${`${FIXTURES}bom-crlf.srt`}></news-transcript>`);
      await rendered(el, 3);
      await search(el, 'the newsroom');
      expect(el.matchCount).to.equal(1);
      expect(([...CSS.highlights.get('news-transcript-current')!][0] as Range).toString()).to.equal('the newsroom');
      expect(el.autoScrollPaused).to.equal(true);
      await search(el, 'TODAY, LED');
      expect(el.matchCount).to.equal(1);
      await search(el, 'zebra');
      expect(el.matchCount).to.equal(0);
      expect(count(el)).to.equal(en.transcriptMatches(0, 0));
      expect(part<HTMLButtonElement>(el, 'next').disabled).to.equal(true);
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      expect(count(el)).to.equal('');
      expect(el.autoScrollPaused).to.equal(false);
      expect(CSS.highlights.get('news-transcript-match')!.size).to.equal(0);
    });

    it('finds a match among 10,000 cues and scrolls to it inside the box', async function () {
      this.timeout(30_000);
      await emulateMedia({ reducedMotion: 'reduce' });
      const el = await fixture<NewsTranscript>(
        html`<news-transcript src=${generatedVtt(10_000)} style="--news-transcript-max-height: 200px"></news-transcript>`,
      );
      await rendered(el, 10_000);
      await search(el, 'number 9876 ');
      expect(el.matchCount).to.equal(1);
      const box = part(el, 'body');
      await scrollSettled(box);
      expect(inView(box, cueEls(el)[9876])).to.equal(true);
    });
  });

  describe('10,000 cues', () => {
    /**
     * A transcript of 10,000 cues as its `news-transcript-load` fires: its first blocks are in
     * the DOM, the others still to come (rendered in short tasks after it). What a test does before its
     * first `await` happens before any of them.
     */
    async function justLoaded(extra = ''): Promise<NewsTranscript> {
      const el = document.createElement('news-transcript');
      el.setAttribute('style', `--news-transcript-max-height: 200px; ${extra}`);
      el.src = generatedVtt(10_000, 7);
      const loaded = oneEvent(el, 'news-transcript-load');
      const wrap = await fixture<HTMLDivElement>(html`<div></div>`);
      wrap.append(el);
      await loaded;
      return el;
    }

    it('shows its first cues at once and renders the rest soon after', async function () {
      this.timeout(30_000);
      const el = await justLoaded();
      const first = cueEls(el).length;
      expect(first).to.be.above(0);
      expect(first, 'not every row in the first render').to.be.below(10_000);
      expect(words(cueEls(el)[0])).to.contain('Sentence number 0 ');
      await rendered(el, 10_000);
      const all = cueEls(el);
      expect(all.map((c) => Number(c.dataset.start))).to.deep.equal(el.cues.map((c) => c.start));
      expect(words(all[9999])).to.contain('Sentence number 9999 ');
      expect(all.filter((c) => c.tabIndex === 0).length, 'one tab stop').to.equal(1);
      // The download has every cue, its file made after the first render too.
      await waitUntil(() => part<HTMLAnchorElement>(el, 'download').href.startsWith('blob:'), 'download file');
      const text = await (await fetch(part<HTMLAnchorElement>(el, 'download').href)).text();
      expect(text.trim().split('\n')).to.have.length(10_000);
    });

    it('End reaches the last cue, and Home the first, before their blocks were rendered', async function () {
      this.timeout(30_000);
      await emulateMedia({ reducedMotion: 'reduce' });
      const el = await justLoaded();
      const start = cueEls(el)[0];
      start.focus();
      start.dispatchEvent(new KeyboardEvent('keydown', { key: 'End', bubbles: true, composed: true, cancelable: true }));
      const last = shadow(el).activeElement as HTMLElement;
      expect(last.dataset.index).to.equal('9999');
      expect(words(last)).to.contain('Sentence number 9999 ');
      expect(last.tabIndex).to.equal(0);
      await rendered(el, 10_000);
      const focusedIndex = () => (shadow(el).activeElement as HTMLElement | null)?.dataset.index;
      await sendKeys({ press: 'Home' });
      expect(focusedIndex()).to.equal('0');
      await sendKeys({ press: 'End' });
      expect(focusedIndex()).to.equal('9999');
      const box = part(el, 'body');
      await scrollSettled(box);
      expect(inView(box, cueEls(el)[9999])).to.equal(true);
    });

    it('search finds and highlights a cue whose block was not rendered yet', async function () {
      this.timeout(30_000);
      await emulateMedia({ reducedMotion: 'reduce' });
      const el = await justLoaded();
      const input = part<HTMLInputElement>(el, 'search');
      input.value = 'number 9998 ';
      input.dispatchEvent(new Event('input', { bubbles: true }));
      expect(el.matchCount).to.equal(1);
      const current = [...CSS.highlights.get('news-transcript-current')!] as Range[];
      expect(current.map((r) => r.toString())).to.deep.equal(['number 9998']);
      expect(cueEls(el).some((c) => c.dataset.index === '9998')).to.equal(true);
      await el.updateComplete;
      expect(count(el)).to.equal(en.transcriptMatches(1, 1));
      const box = part(el, 'body');
      await scrollSettled(box);
      const cue = current[0].startContainer.parentElement!.closest<HTMLElement>('[part~="cue"]')!;
      expect(cue.dataset.index).to.equal('9998');
      expect(inView(box, cue)).to.equal(true);
      // Matches in blocks rendered later are highlighted as they arrive.
      await search(el, 'lazy transcript');
      expect(el.matchCount).to.equal(0);
      await search(el, 'number 99');
      expect(el.matchCount).to.equal(111); // 99, 990–999, 9900–9999
      await rendered(el, 10_000);
      expect(CSS.highlights.get('news-transcript-match')!.size).to.equal(111);
    });

    it('marks and shows the active cue after a seek to the end, before its block was rendered', async function () {
      this.timeout(30_000);
      await emulateMedia({ reducedMotion: 'reduce' });
      const wrap = await fixture<HTMLDivElement>(html`<div><news-player src=${MEDIA.long}></news-player></div>`);
      const player = wrap.querySelector('news-player')!;
      const el = document.createElement('news-transcript');
      el.setAttribute('style', '--news-transcript-max-height: 200px');
      el.src = generatedVtt(10_000, 7);
      const loaded = oneEvent(el, 'news-transcript-load');
      wrap.append(el);
      await loaded;
      expect(cueEls(el).length).to.be.below(10_000);
      tick(player, 9990.5);
      const active = activeEls(el);
      expect(active.length).to.equal(1);
      expect(active[0].dataset.index).to.equal('9990');
      expect(active[0].getAttribute('part')).to.equal('cue active');
      expect(getComputedStyle(active[0]).backgroundColor).to.not.equal(getComputedStyle(cueEls(el)[0]).backgroundColor);
      const box = part(el, 'body');
      await scrollSettled(box);
      expect(inView(box, active[0])).to.equal(true);
      await rendered(el, 10_000);
      expect(activeIndex(el)).to.equal(9990);
    });

    it('renders every cue before printing', async function () {
      this.timeout(30_000);
      const el = await justLoaded();
      expect(cueEls(el).length).to.be.below(10_000);
      window.dispatchEvent(new Event('beforeprint'));
      expect(cueEls(el).length).to.equal(10_000);
      await emulateMedia({ media: 'print' });
      try {
        expect(getComputedStyle(part(el, 'body')).maxHeight).to.equal('none');
        expect(getComputedStyle(part(el, 'toolbar')).display).to.equal('none');
      } finally {
        await emulateMedia({ media: 'screen' });
      }
    });
  });

  describe('download', () => {
    it('offers the transcript as plain text lines "[m:ss] Speaker: text"', async () => {
      const wrap = await fixture<HTMLDivElement>(html`<div>
        <news-player src=${MEDIA.webm}><track kind="chapters" src=${MEDIA.chapters} /></news-player>
        <news-transcript src=${MEDIA.captions}></news-transcript>
      </div>`);
      const el = wrap.querySelector('news-transcript')!;
      await rendered(el, 6);
      await waitUntil(() => shadow(el).querySelectorAll('[part="chapter"]').length === 3, 'chapters');
      const link = part<HTMLAnchorElement>(el, 'download');
      expect(link.getAttribute('download')).to.equal('transcript.txt');
      expect(link.textContent).to.equal(en.transcriptDownload);
      expect(link.href).to.match(/^blob:/);
      const text = await (await fetch(link.href)).text();
      expect(text.split('\n')).to.deep.equal([
        'Opening',
        '',
        '[0:00] Good evening, and welcome to the news.',
        "[0:01] Anna: Here are tonight's top stories.",
        '',
        'Middle',
        '',
        '[0:02] Markets closed higher today.',
        '[0:03] The weather turns colder this weekend.',
        '',
        'Closing',
        '',
        '[0:04] Sports results are coming up next.',
        '[0:05] Thank you for watching.',
        '',
      ]);
    });
  });

  describe('accessibility', () => {
    it('is a named region, axe-clean, with translated controls', async () => {
      const wrap = await fixture<HTMLDivElement>(html`<div>
        <news-player src=${MEDIA.webm} headline="Evening news"><track kind="chapters" src=${MEDIA.chapters} /></news-player>
        <news-transcript src=${`${FIXTURES}speakers.vtt`}></news-transcript>
      </div>`);
      const el = wrap.querySelector('news-transcript')!;
      await rendered(el, 6);
      const base = part(el, 'base');
      expect(base.localName).to.equal('section');
      expect(base.getAttribute('aria-label')).to.equal(en.transcript('Evening news'));
      expect(part(el, 'search').getAttribute('aria-label')).to.equal(en.transcriptSearch);
      expect(part(el, 'next').getAttribute('aria-label')).to.equal(en.transcriptNextMatch);
      expect(part(el, 'previous').getAttribute('aria-label')).to.equal(en.transcriptPreviousMatch);
      await expect(el).to.be.accessible();
      await search(el, 'Ben');
      await expect(el).to.be.accessible();
      tick(wrap.querySelector('news-player')!, 4.5);
      await expect(el).to.be.accessible();
    });

    it('renders safe WebVTT formatting: ruby, lang, classes', async () => {
      const el = await fixture<NewsTranscript>(html`<news-transcript src=${`${FIXTURES}speakers.vtt`}></news-transcript>`);
      await rendered(el, 6);
      const cues = cueEls(el);
      expect(cues[4].querySelector('ruby rt')!.textContent).to.equal('とうきょう');
      expect(cues[5].querySelector('[lang="fr"]')!.textContent).to.equal('Bonsoir');
      expect(cues.map((c) => c.querySelector('[part="speaker"]')?.textContent ?? null)).to.deep.equal([
        'Anna', null, 'Ben', null, 'Anna', 'Narrator',
      ]);
    });

    it('takes its direction from the page', async () => {
      const wrap = await fixture<HTMLDivElement>(html`<div dir="rtl" lang="ar">
        <news-transcript src=${MEDIA.captions}></news-transcript>
      </div>`);
      const el = wrap.querySelector('news-transcript')!;
      await rendered(el, 6);
      expect(part(el, 'base').getAttribute('dir')).to.equal('rtl');
      const cue = cueEls(el)[0];
      const time = cue.querySelector('[part="time"]')!.getBoundingClientRect();
      const text = cue.querySelector('[part="text"]')!.getBoundingClientRect();
      expect(time.left, 'time on the right in RTL').to.be.above(text.left);
    });
  });
});
