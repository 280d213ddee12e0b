import { fixture, html, expect } from '@open-wc/testing';
import '../src/index.js';
import type { NewsPlayer } from '../src/index.js';
import { MEDIA, stateReached } from './support/helpers.js';

describe('smoke', () => {
  it('plays', async () => {
    const el = await fixture<NewsPlayer>(html`<news-player src=${MEDIA.webm} muted headline="Test"></news-player>`);
    expect(el.state).to.equal('idle');
    await el.play();
    expect(el.state).to.equal('playing');
    await stateReached(el, 'ended');
  });
});
