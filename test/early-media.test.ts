import { fixture, html, expect } from '@open-wc/testing';
import '../src/index.js';
import type { NewsPlayer } from '../src/index.js';
import { MEDIA, playerCreated, stateReached } from './support/helpers.js';

// This file must run in a page of its own: once video.js is imported, the module stays cached.
const entries = (pattern: RegExp) =>
  performance.getEntriesByType('resource').filter((e): e is PerformanceResourceTiming => pattern.test(e.name));

describe('<news-player> media request at the click', () => {
  it('starts fetching the media before video.js has arrived, and plays', async () => {
    const el = await fixture<NewsPlayer>(html`<news-player src=${`${MEDIA.mp4}?early-media`} headline="Early" muted></news-player>`);
    expect(entries(/\/node_modules\/video\.js\/dist\//), 'video.js not loaded yet').to.deep.equal([]);
    (el.shadowRoot!.querySelector('[part="poster-card"]') as HTMLButtonElement).click();
    await stateReached(el, 'playing');
    // The media plays in a bare element first; video.js arrives after it and adopts that element.
    await playerCreated(el);
    // Media elements' requests (`video`); not other requests for the same URL.
    const media = entries(/early-media/).filter((e) => e.initiatorType === 'video');
    const videojs = entries(/\/node_modules\/video\.js\/dist\/[^?]*\.js/);
    expect(media, 'the media was requested').to.not.be.empty;
    expect(videojs, 'video.js was requested').to.have.length(1);
    const firstMedia = Math.min(...media.map((e) => e.startTime));
    expect(firstMedia, 'the media request starts before video.js has been fetched').to.be.below(videojs[0].responseEnd);
  });

  it('does not start a request for a source the browser cannot play, and still reports it', async () => {
    const el = await fixture<NewsPlayer>(html`<news-player src=${`${MEDIA.mp4}?unplayable`} type="video/x-unplayable" muted></news-player>`);
    (el.shadowRoot!.querySelector('[part="poster-card"]') as HTMLButtonElement).click();
    await stateReached(el, 'unavailable');
    expect(el.error?.code).to.equal('unsupported');
    // (The failure probe's own request is a `fetch`; a media element's would be a `video`.)
    const byMediaElement = entries(/unplayable/).filter((e) => e.initiatorType === 'video');
    expect(byMediaElement, 'no media element fetched an unplayable type').to.deep.equal([]);
  });
});
