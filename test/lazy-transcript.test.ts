import { fixture, html, expect, aTimeout, waitUntil } from '@open-wc/testing';
import '../src/index.js';
import type { NewsPlayer, NewsTranscript } from '../src/index.js';
import { MEDIA } from './support/helpers.js';

// This file must run in a page of its own, its tests in this order: once a module is imported it
// stays cached. The test runner serves src/ unbundled, one request per module, so the page's
// resource list tells which modules were fetched (in the CDN build: the news-transcript and
// cue-parsers chunks).

// The default buffer (250 entries) could fill up with the test framework's own modules.
performance.setResourceTimingBufferSize(10_000);

/** Paths of the modules of src/ fetched so far. */
const fetched = () =>
  performance
    .getEntriesByType('resource')
    .map((e) => new URL(e.name).pathname)
    .filter((path) => path.startsWith('/src/'));

/** <news-transcript>'s lazy half: its controller, cue list, search and sources, auto-scroll and the cue index. */
const TRANSCRIPT = /^\/src\/(components\/news-transcript\/(news-transcript\.impl|cue-list|transcript-search|transcript-sources)|controllers\/auto-scroll|media\/cues\/find)\.ts$/;
/** The cue parsers (WebVTT, SubRip, JSON and the format sniffing). */
const PARSERS = /^\/src\/media\/cues\/(sniff|webvtt|srt|json)\.ts$/;

describe('what a page fetches for transcripts and cues', () => {
  it('a page with only a player fetches no transcript or parser module before interaction', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div>
      <news-player src=${MEDIA.webm} muted></news-player>
      <news-player src=${MEDIA.mp4} muted></news-player>
    </div>`);
    await aTimeout(500);
    const players = [...wrap.querySelectorAll('news-player')] as NewsPlayer[];
    expect(players.map((p) => p.state)).to.deep.equal(['idle', 'idle']);
    expect(fetched().filter((p) => TRANSCRIPT.test(p)), 'no transcript implementation').to.deep.equal([]);
    expect(fetched().filter((p) => PARSERS.test(p)), 'no cue parser').to.deep.equal([]);
    // The element class itself is registered up front (it is small).
    expect(customElements.get('news-transcript')).to.be.a('function');
  });

  it('a server-rendered transcript stays readable, fetches its implementation on connect, and no parser', async () => {
    const el = document.createElement('news-transcript') as NewsTranscript;
    el.innerHTML = '<h3>Opening</h3><p data-start="0">Good evening.</p><p data-start="2">Markets closed higher.</p>';
    document.body.append(el);
    try {
      // Its first update runs in this task's microtasks; the implementation needs the network,
      // which answers in a later task. Until then the children are shown as they are.
      for (let i = 0; i < 5; i++) await Promise.resolve();
      expect(el.cues).to.deep.equal([]);
      expect(el.source).to.equal(undefined);
      expect([...el.shadowRoot!.children].map((n) => n.localName)).to.deep.equal(['slot']);
      expect(el.querySelector('p')!.getBoundingClientRect().height).to.be.greaterThan(0);
      await el.updateComplete;
      await waitUntil(() => el.source === 'inline', 'transcript rendered');
      expect(el.cues.map((c) => c.text)).to.deep.equal(['Good evening.', 'Markets closed higher.']);
      expect(el.shadowRoot!.querySelector('slot')).to.equal(null);
      expect(el.shadowRoot!.querySelectorAll('[part~="cue"]').length).to.equal(2);
      expect(getComputedStyle(el).display, 'its styles came with the implementation').to.equal('block');
      expect(fetched().filter((p) => TRANSCRIPT.test(p)).length, 'the lazy half: six modules').to.equal(6);
      expect(fetched().filter((p) => PARSERS.test(p)), 'inline cues need no parser').to.deep.equal([]);
    } finally {
      el.remove();
    }
  });

  it('a chapters track fetches the parsers; a later transcript starts with the cached implementation', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div>
      <news-player src=${MEDIA.webm} muted><track kind="chapters" src=${MEDIA.chapters} /></news-player>
    </div>`);
    const player = wrap.querySelector('news-player') as NewsPlayer;
    await waitUntil(() => player.chapters.length === 3, 'chapters read');
    expect(player.state).to.equal('idle');
    expect(fetched().filter((p) => PARSERS.test(p)).sort()).to.deep.equal(
      ['json', 'sniff', 'srt', 'webvtt'].map((n) => `/src/media/cues/${n}.ts`),
    );
    // The implementation is cached: a later transcript renders in its first update, as before.
    const el = document.createElement('news-transcript') as NewsTranscript;
    el.innerHTML = '<p data-start="0">One.</p>';
    wrap.append(el);
    // Its lazy half (and its styles: the shared snippets and its own sheet) came at once.
    expect(el.shadowRoot!.adoptedStyleSheets.length, 'its lazy half (and styles) came at once').to.equal(2);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('slot')).to.equal(null);
    await waitUntil(() => el.cues.length === 1, 'transcript rendered');
  });
});
