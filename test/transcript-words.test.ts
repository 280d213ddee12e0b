// Word timing (issue 14): cues with WebVTT inline timestamps show timed words, part="word", and the
// word being spoken is part="word active", moving word by word while the clip plays.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../src/index.js';
import type { NewsPlayer, NewsTranscript } from '../src/index.js';
import { MEDIA, stateReached } from './support/helpers.js';

const ROLLING = '/test/cue-fixtures/rolling.vtt';

const shadow = (el: NewsTranscript) => el.shadowRoot!;
const rows = (el: NewsTranscript) => [...shadow(el).querySelectorAll<HTMLElement>('[part~="cue"]')];
const words = (row: Element) => [...row.querySelectorAll<HTMLElement>('[part~="word"]')];
const activeWords = (el: NewsTranscript) => [...shadow(el).querySelectorAll<HTMLElement>('[part="word active"]')];
const vttUrl = (text: string) => URL.createObjectURL(new Blob([text], { type: 'text/vtt' }));

async function shown(el: NewsTranscript, count: number): Promise<void> {
  await waitUntil(() => el.source !== undefined && rows(el).length === count, `the transcript never showed ${count} rows`, { timeout: 10_000 });
  await el.updateComplete;
}

async function playerAndTranscript(src = ROLLING): Promise<{ el: NewsTranscript; player: NewsPlayer }> {
  const wrap = await fixture<HTMLDivElement>(html`<div>
    <news-player src=${MEDIA.long} muted></news-player>
    <news-transcript src=${src}></news-transcript>
  </div>`);
  return { el: wrap.querySelector('news-transcript')!, player: wrap.querySelector('news-player')! };
}

describe('<news-transcript> word timing', () => {
  it('renders each timed word as part="word", spaces outside, across <c> elements', async () => {
    const { el } = await playerAndTranscript();
    await shown(el, 7);
    const first = words(rows(el)[0]);
    expect(first.map((w) => w.textContent)).to.deep.equal(["we're", 'going', 'to', 'talk', 'about']);
    expect(first.map((w) => w.dataset.word)).to.deep.equal(['0', '1', '2', '3', '4']);
    expect(first[1].parentElement!.classList.contains('c')).to.equal(true);
    expect(first[1].parentElement!.textContent).to.equal(' going');
    // A segment of several text nodes: every piece gets the mark.
    const el2 = await fixture<NewsTranscript>(html`<news-transcript
      src=${vttUrl('WEBVTT\n\n00:00.000 --> 00:04.000\nOne<00:01.000> <b>two</b> and<00:02.000><i> three</i>\n')}
    ></news-transcript>`);
    await shown(el2, 1);
    expect(words(rows(el2)[0]).map((w) => [w.textContent, w.dataset.word])).to.deep.equal([['One', '0'], ['two', '1'], ['and', '1'], ['three', '2']]);
    // Cues without inline timestamps have no word elements.
    const plain = await fixture<NewsTranscript>(html`<news-transcript src=${MEDIA.captions}></news-transcript>`);
    await shown(plain, 6);
    expect(shadow(plain).querySelectorAll('[part~="word"]').length).to.equal(0);
  });

  it('the highlight moves word by word while the clip plays', async () => {
    const { el, player } = await playerAndTranscript();
    await shown(el, 7);
    player.currentTime = 2.8;
    await player.play();
    const seen: string[] = [];
    const started = performance.now();
    while (performance.now() - started < 3500) {
      const active = activeWords(el);
      const key = active.map((w) => `${w.closest<HTMLElement>('[part~="cue"]')!.dataset.index}:${w.dataset.word}:${w.textContent}`).join('|');
      if (key && seen[seen.length - 1] !== key) seen.push(key);
      // What the reader sees: the marked word, and only it, painted by the word Highlight.
      const painted = [...(CSS.highlights.get('news-transcript-word') ?? [])].map((r) => r.startContainer);
      if (active.length) expect(painted, `painted: ${painted.length}`).to.deep.equal(active);
      await new Promise((r) => setTimeout(r, 40));
    }
    player.pause();
    // Several distinct words, one at a time, in the order they are spoken.
    expect(seen.length, seen.join(', ')).to.be.at.least(4);
    const order = seen.map((k) => k.split(':').slice(0, 2).map(Number));
    for (let i = 1; i < order.length; i++) {
      expect(order[i][0] * 100 + order[i][1], seen.join(', ')).to.be.greaterThan(order[i - 1][0] * 100 + order[i - 1][1]);
    }
    expect(seen.every((k) => !k.includes('|'))).to.equal(true);
    expect(seen.map((k) => k.split(':')[2])).to.include.members(['city', 'council']);
  });

  it('after a pause the word stays marked; a seek moves it', async () => {
    const { el, player } = await playerAndTranscript();
    await shown(el, 7);
    await player.play();
    await stateReached(player, 'playing');
    player.pause();
    await stateReached(player, 'paused');
    player.currentTime = 6.6; // "means", 6.534 to 6.895
    await waitUntil(() => activeWords(el).map((w) => w.textContent).join() === 'means', 'the word at the seek is marked', { timeout: 5000 });
  });

  it('clicking a word seeks to its time and plays', async () => {
    const { el, player } = await playerAndTranscript();
    await shown(el, 7);
    const council = words(rows(el)[1]).find((w) => w.textContent === 'council')!;
    const seek = oneEvent(el, 'news-transcript-seek');
    council.click();
    expect((await seek).detail.time).to.equal(3.597);
    await stateReached(player, 'playing');
    expect(player.currentTime).to.be.within(3.55, 5);
    player.pause();
  });

  it('search finds text spanning timed words and paints it', async () => {
    const { el } = await playerAndTranscript();
    await shown(el, 7);
    const input = shadow(el).querySelector<HTMLInputElement>('[part~="search"]')!;
    input.value = 'city council vote';
    input.dispatchEvent(new Event('input'));
    await waitUntil(() => el.matchCount === 1, 'one match across three words');
    const current = CSS.highlights.get('news-transcript-current');
    expect(current?.size).to.equal(1);
    const [range] = [...current!] as Range[];
    expect(range.toString().replace(/\s+/g, ' ')).to.equal('city council vote');
  });

  it('decodes legacy character references in the cues', async () => {
    const el = await fixture<NewsTranscript>(html`<news-transcript
      src=${vttUrl('WEBVTT\n\n00:00.000 --> 00:01.000\n&copy 2026 Caf&eacute &amp Co &lt3 &notit; &#x96;\n')}
    ></news-transcript>`);
    await shown(el, 1);
    expect(rows(el)[0].querySelector('[part="text"]')!.textContent).to.equal('\u00a9 2026 Caf\u00e9 & Co <3 \u00acit; \u2013');
  });

  it('is accessible with timed words, one marked active', async () => {
    const { el, player } = await playerAndTranscript();
    await shown(el, 7);
    player.currentTime = 3.7;
    await waitUntil(() => activeWords(el).length === 1, 'a word is marked', { timeout: 5000 });
    await expect(el).to.be.accessible();
  });
});
