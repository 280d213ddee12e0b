import { fixture, html, expect, aTimeout } from '@open-wc/testing';
import '../src/index.js';
import type { NewsPlayer } from '../src/index.js';
import { MEDIA, stateReached } from './support/helpers.js';

// This file must run in a page of its own: once video.js is imported, the module stays cached.
const videojsRequests = () =>
  performance
    .getEntriesByType('resource')
    .map((e) => e.name)
    .filter((name) => /\/node_modules\/video\.js\/|videojs-(core|styles)/.test(name));

describe('<news-player> loading', () => {
  it('fetches no video.js code before interaction, and fetches it once for several players', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div>
      <news-player src=${MEDIA.webm} muted></news-player>
      <news-player src=${MEDIA.mp4} muted></news-player>
      <news-player src=${MEDIA.webm} muted></news-player>
    </div>`);
    const players = [...wrap.querySelectorAll('news-player')] as NewsPlayer[];
    await aTimeout(500);
    expect(players.map((p) => p.state)).to.deep.equal(['idle', 'idle', 'idle']);
    expect(videojsRequests(), 'nothing of video.js before interaction').to.deep.equal([]);

    (players[0].shadowRoot!.querySelector('[part="poster-card"]') as HTMLButtonElement).click();
    await stateReached(players[0], 'playing');
    await players[1].load();
    await players[2].load();
    const requests = videojsRequests();
    const core = requests.filter((n) => /\/video\.js\/dist\/[^?]*\.js(\?|$)/.test(n));
    expect(core, 'the video.js build is requested once').to.have.length(1);
    expect(core[0]).to.contain('video.core.js');
    expect(new Set(requests).size).to.equal(requests.length);
  });
});
