import { fixture, html, expect, waitUntil } from '@open-wc/testing';
import '../src/index.js';
import type { NewsPlayer, NewsTimestamp, NewsTranscript } from '../src/index.js';
import { MEDIA } from './support/helpers.js';

/** `waitUntil` with room for media on a busy machine (the default gives up after 1 s). */
const until = (check: () => unknown, message?: string) => waitUntil(check, message, { timeout: 10_000, interval: 20 });

// A page of its own, importing no translation: what a language costs is seen in the requests.
const requests = (code: string) =>
  performance.getEntriesByType('resource').filter((e) => new RegExp(`/src/i18n/${code}\\.(?:ts|js)$`).test(new URL(e.name).pathname));
const shadowText = (el: Element, selector: string) => el.shadowRoot!.querySelector(selector)?.textContent?.trim() ?? '';

describe('i18n loading', () => {
  it('fetches no translation for an English page', async () => {
    await fixture(html`<div lang="en-GB"><news-player src=${MEDIA.webm} duration="0:06"></news-player><news-transcript></news-transcript></div>`);
    const all = performance.getEntriesByType('resource').filter((e) => /\/src\/i18n\/(?!en[.-]|localize\.|translation\.)/.test(new URL(e.name).pathname));
    expect(all.map((e) => e.name)).to.deep.equal([]);
  });

  it('fetches a language only when an element resolves to it, once for all elements, then re-renders them', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div lang="id-ID">
      <news-player></news-player>
      <news-transcript></news-transcript>
      <p><news-timestamp time="0:05"></news-timestamp></p>
    </div>`);
    const player = wrap.querySelector('news-player') as NewsPlayer;
    const transcript = wrap.querySelector('news-transcript') as NewsTranscript;
    const timestamp = wrap.querySelector('news-timestamp') as NewsTimestamp;
    // What the elements show comes from the module fetched for them.
    const { default: id } = await import('../src/i18n/id.js');
    await until(() => shadowText(player, '[part="message"]') === id.unavailable, 'the player re-renders in Indonesian');
    await until(() => timestamp.shadowRoot!.querySelector('a')?.getAttribute('aria-label') === id.playFrom('0:05'), 'the timestamp too');
    await until(() => transcript.shadowRoot!.querySelector('[part="base"]')?.getAttribute('aria-label') === id.transcript(''), 'the transcript too');
    expect(requests('id'), 'one request for three elements').to.have.length(1);
    expect(requests('sw'), 'no other language').to.have.length(0);
    expect(requests('ar')).to.have.length(0);
  });
});
