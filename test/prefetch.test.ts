import { fixture, html, expect, aTimeout, waitUntil } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import '../src/index.js';
import type { NewsPlayer } from '../src/index.js';
import { MEDIA, stateReached } from './support/helpers.js';

// This file must run in a page of its own: once video.js is imported, the module stays cached.
const requested = (pattern: RegExp) =>
  performance
    .getEntriesByType('resource')
    .map((e) => e.name)
    .filter((name) => pattern.test(name));
const VIDEOJS = /\/node_modules\/video\.js\/dist\/[^?]*\.js(\?|$)/;
const CONTROLS = /\/src\/media\/vjs-components\.(ts|js)/;
const card = (el: NewsPlayer) => el.shadowRoot!.querySelector('[part="poster-card"]') as HTMLButtonElement;

describe('<news-player> prefetch on intent', () => {
  afterEach(() => resetMouse());

  it('opens the media connection when the pointer reaches the poster card; an MP4 gets video.js after it plays', async () => {
    // The other origin of the loopback server: only its connection is opened ahead.
    const other = `${location.protocol}//127.0.0.1:${location.port}`;
    const src = `${other}${MEDIA.mp4}?prefetch-test`;
    const el = await fixture<NewsPlayer>(html`<news-player src=${src} headline="Hover me" muted></news-player>`);
    await aTimeout(300);
    expect(requested(VIDEOJS), 'nothing before intent').to.deep.equal([]);
    expect(document.head.querySelector(`link[rel="preconnect"][href="${other}"]`)).to.equal(null);

    const r = card(el).getBoundingClientRect();
    await sendMouse({ type: 'move', position: [Math.round(r.x + r.width / 2), Math.round(r.y + r.height / 2)] });
    await waitUntil(() => document.head.querySelector(`link[rel="preconnect"][href="${other}"]`) !== null, 'preconnect to the media origin');
    await aTimeout(300);
    expect(el.state, 'hovering does not start the player').to.equal('idle');
    expect(el.player).to.equal(undefined);
    expect(requested(/prefetch-test/), 'no media request before the click').to.deep.equal([]);
    // Played first in a bare element, the MP4 has the link and the main thread to itself at the click.
    expect(requested(VIDEOJS), 'video.js is not fetched ahead for a source that plays first').to.deep.equal([]);

    card(el).click();
    await stateReached(el, 'playing');
    await waitUntil(() => el.player !== undefined, 'video.js adopts the playing element', { timeout: 10000 });
    expect(requested(VIDEOJS), 'video.js fetched once, after the media').to.have.length(1);
    expect(requested(VIDEOJS)[0]).to.contain('video.core.js');
    expect(requested(CONTROLS)).to.have.length(1);
    el.remove();
  });

  it('keyboard focus on the poster card also prefetches (the streaming build for HLS)', async () => {
    const el = await fixture<NewsPlayer>(html`<div>
      <button id="before">before</button>
      <news-player src=${MEDIA.hls} headline="Tab to me" muted></news-player>
    </div>`);
    const player = el.querySelector('news-player') as NewsPlayer;
    const full = /\/node_modules\/video\.js\/dist\/video\.es\.js/;
    expect(requested(full)).to.deep.equal([]);
    (el.querySelector('#before') as HTMLButtonElement).focus();
    await sendKeys({ press: 'Tab' });
    expect(player.shadowRoot!.activeElement).to.equal(card(player));
    await waitUntil(() => requested(full).length === 1, 'the full build is fetched on focus', { timeout: 10000 });
    await aTimeout(200);
    expect(player.state).to.equal('idle');
    expect(player.player).to.equal(undefined);
  });
});
