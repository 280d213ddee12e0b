// Rolling captions (issue 14): YouTube's automatic captions, broadcast roll-up and paint-on, read
// as a transcript that says every phrase once; the merge alone, then in <news-transcript>.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../src/index.js';
import type { NewsTranscript } from '../src/index.js';
import { mergeRolling, parseCues, parseWebVTT, cueTextToPlain, parseCueText, type Cue } from '../src/media/cues/index.js';
import { MEDIA, stateReached } from './support/helpers.js';

const FIXTURES = '/test/cue-fixtures/';

const fetchCues = async (name: string): Promise<Cue[]> => parseCues(await (await fetch(`${FIXTURES}${name}`)).text()).cues;
const plain = (cues: readonly Cue[]) => cues.map((c) => cueTextToPlain(c.text).replace(/\s+/g, ' ').trim());
const vtt = (...cues: [number, number, string][]) =>
  parseWebVTT(`WEBVTT\n\n${cues.map(([s, e, t]) => `00:00:${s.toFixed(3).padStart(6, '0')} --> 00:00:${e.toFixed(3).padStart(6, '0')}\n${t}\n`).join('\n')}`);

describe('mergeRolling', () => {
  it("reads YouTube's automatic captions once per phrase, each from its first word to the next phrase", async () => {
    const cues = await fetchCues('rolling.vtt');
    expect(cues.length).to.equal(13);
    const merged = mergeRolling(cues)!;
    expect(plain(merged)).to.deep.equal([
      "we're going to talk about",
      'the city council vote tonight',
      'and what it means for the',
      'new bridge across the river',
      'the plan was approved after',
      'three hours of debate and',
      'work could start next spring',
    ]);
    expect(merged.map((c) => [c.start, c.end])).to.deep.equal([
      [0, 2.73], [2.73, 5.45], [5.45, 8.17], [8.17, 10.89], [10.89, 13.61], [13.61, 16.33], [16.33, 19.5],
    ]);
    // The timed words are kept: the merged cue is the line that brought them.
    expect(parseCueText(merged[1].text).filter((n) => n.type === 'timestamp').length).to.equal(4);
  });

  it('reads broadcast roll-up once per line, and a painted-on line with its words timed', async () => {
    const merged = mergeRolling(await fetchCues('roll-up.vtt'))!;
    expect(plain(merged)).to.deep.equal([
      ">> GOOD EVENING, I'M ANNA LEE",
      'IN THE NEWSROOM. THE COUNCIL',
      'VOTED TONIGHT ON THE BRIDGE.',
      '>> IT PASSED SEVEN TO TWO',
      'AFTER THREE HOURS OF DEBATE.',
      'WORK COULD START IN SPRING.',
    ]);
    expect(merged.map((c) => [c.start, c.end])).to.deep.equal([[0, 2.5], [2.5, 5], [5, 7.5], [7.5, 10], [10, 12.5], [12.5, 17]]);
    expect(merged[5].text).to.equal('WORK<00:00:13.500> COULD START<00:00:14.500> IN SPRING.');
  });

  it('grows a paint-on line word by word, and ends a phrase when the screen leaves it', () => {
    const merged = mergeRolling(vtt([0, 1, 'WE ARE'], [1, 2, 'WE ARE OPEN'], [2, 3, 'WE ARE OPEN TODAY'], [4, 5, 'AND'], [5, 6, 'AND SO'], [6, 7, 'AND SO ON']))!;
    expect(merged.map((c) => c.text)).to.deep.equal(['WE ARE<00:00:01.000> OPEN<00:00:02.000> TODAY', 'AND<00:00:05.000> SO<00:00:06.000> ON']);
    expect(merged.map((c) => [c.start, c.end])).to.deep.equal([[0, 3], [4, 7]]);
  });

  it('never touches plain captions, even with a line said twice', async () => {
    expect(mergeRolling(await fetchCues('speakers.vtt'))).to.equal(undefined);
    expect(mergeRolling(parseCues(await (await fetch('/test/media/captions.vtt')).text()).cues)).to.equal(undefined);
    expect(mergeRolling(vtt([0, 1, 'Yes.'], [1, 2, 'Yes.'], [2, 3, 'No.'], [3, 4, 'Maybe so.'], [4, 5, 'Then what?'], [5, 6, 'Then we go.']))).to.equal(undefined);
    expect(mergeRolling(vtt([0, 1, 'One'], [1, 2, 'One']))).to.equal(undefined);
  });

  it('escapes what a grown line gains, so it stays text', () => {
    const merged = mergeRolling(vtt([0, 1, 'A &amp;'], [1, 2, 'A &amp; &lt;b&gt;'], [2, 3, 'A &amp; &lt;b&gt; C']))!;
    expect(cueTextToPlain(merged[0].text)).to.equal('A & <b> C');
    expect(parseCueText(merged[0].text).some((n) => n.type === 'b')).to.equal(false);
  });
});

const shadow = (el: NewsTranscript) => el.shadowRoot!;
const rows = (el: NewsTranscript) => [...shadow(el).querySelectorAll<HTMLElement>('[part~="cue"]')];
const texts = (el: NewsTranscript) => rows(el).map((r) => r.querySelector('[part="text"]')!.textContent!.replace(/\s+/g, ' ').trim());
const activeRow = (el: NewsTranscript) => rows(el).findIndex((r) => r.getAttribute('aria-current') === 'true');

/** Resolves once the transcript shows `count` rows. */
async function shown(el: NewsTranscript, count: number): Promise<void> {
  await waitUntil(() => el.source !== undefined && rows(el).length === count, `the transcript never showed ${count} rows (${rows(el).length})`, { timeout: 10_000 });
  await el.updateComplete;
}

async function playerAndTranscript(rolling?: string) {
  const wrap = await fixture<HTMLDivElement>(html`<div>
    <news-player src=${MEDIA.long} muted></news-player>
    <news-transcript src=${`${FIXTURES}rolling.vtt`} rolling=${rolling ?? 'auto'}></news-transcript>
  </div>`);
  return { el: wrap.querySelector('news-transcript')!, player: wrap.querySelector('news-player')! };
}

describe('<news-transcript> with rolling captions', () => {
  it('reads each phrase exactly once; cues holds the file as parsed', async () => {
    const { el } = await playerAndTranscript();
    await shown(el, 7);
    const all = texts(el).join(' ');
    for (const phrase of ["we're going to talk about", 'the city council vote tonight', 'work could start next spring']) {
      expect(all.split(phrase).length - 1, phrase).to.equal(1);
    }
    expect(el.cues.length).to.equal(13);
    expect(el.cues[1].end - el.cues[1].start).to.be.closeTo(0.01, 1e-9);
    expect(rows(el).map((r) => r.dataset.start)).to.deep.equal(['0', '2.73', '5.45', '8.17', '10.89', '13.61', '16.33']);
  });

  it('a merged cue seeks the player; playing, the active cue follows the phrases', async () => {
    const { el, player } = await playerAndTranscript();
    await shown(el, 7);
    const seek = oneEvent(el, 'news-transcript-seek');
    rows(el)[3].click();
    const { detail } = await seek;
    expect(detail.time).to.equal(8.17);
    expect(cueTextToPlain(detail.cue.text)).to.equal('new bridge across the river');
    await stateReached(player, 'playing');
    expect(player.currentTime).to.be.within(8.1, 10.8);
    expect(el.activeCues.map((c) => c.start)).to.deep.equal([8.17]);
    await waitUntil(() => activeRow(el) === 4, 'the next phrase became active while playing', { timeout: 8000 });
    expect(el.activeCues.map((c) => cueTextToPlain(c.text).trim())).to.deep.equal(['the plan was approved after']);
    player.pause();
  });

  it('rolling="keep" shows the cues as the file has them, and switching back merges them', async () => {
    const { el } = await playerAndTranscript('keep');
    await shown(el, 13);
    expect(el.cues.length).to.equal(13);
    el.rolling = 'auto';
    await shown(el, 7);
  });

  it('search finds a phrase once, not once per repetition', async () => {
    const { el } = await playerAndTranscript();
    await shown(el, 7);
    const input = shadow(el).querySelector<HTMLInputElement>('[part~="search"]')!;
    input.value = 'council vote';
    input.dispatchEvent(new Event('input'));
    await waitUntil(() => el.matchCount === 1, 'one match');
  });

  it('downloads the original cues as WebVTT beside the text', async () => {
    const { el } = await playerAndTranscript();
    await shown(el, 7);
    const link = shadow(el).querySelector<HTMLAnchorElement>('[part="download-captions"]')!;
    expect(link.getAttribute('download')).to.equal('captions.vtt');
    expect(shadow(el).querySelector('[part="download"]')).to.exist;
    // Follow the click's own handler (which makes the file), not the download itself.
    link.addEventListener('click', (e) => e.preventDefault(), { once: true });
    link.click();
    expect(link.href).to.match(/^blob:/);
    const text = await (await fetch(link.href)).text();
    const again = parseCues(text).cues;
    expect(again.map((c) => [c.start, c.end, c.text])).to.deep.equal(el.cues.map((c) => [c.start, c.end, c.text]));
    expect(text).to.contain('00:00:02.720 --> 00:00:02.730 position:0% align:start');
    await expect(el).to.be.accessible();
  });
});
