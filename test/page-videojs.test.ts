// A page that already runs video.js (most newsrooms: ads, analytics and DRM are video.js
// plugins): news-player uses the page's `window.videojs` instead of fetching a second copy, takes
// video.js options, announces each player it creates before the source loads, and changes nothing
// for the page's own players.
import { fixture, html, expect, waitUntil } from '@open-wc/testing';
import siteVideojs from 'video.js';
import '../src/index.js';
import type { NewsPlayer, NewsPlayerCreateEvent } from '../src/index.js';
import { MEDIA } from './support/helpers.js';

// The page's own video.js, loaded before news-player is used (as a `<script>` would).
(window as unknown as { videojs: typeof siteVideojs }).videojs = siteVideojs;
siteVideojs.registerPlugin('stamp', function (this: ReturnType<typeof siteVideojs>, options: { label?: string }) {
  this.addClass('stamped');
  this.el().setAttribute('data-stamp', options?.label ?? '');
});

describe('a page that already runs video.js', () => {
  it('makes its players with the page\'s video.js: one copy, the page\'s plugins, the page\'s options', async () => {
    const order: string[] = [];
    const el = document.createElement('news-player') as NewsPlayer;
    el.muted = true;
    el.src = MEDIA.webm;
    el.setAttribute('options', JSON.stringify({ plugins: { stamp: { label: 'from options' } }, playbackRates: [1, 1.5, 2] }));
    let created: ReturnType<typeof siteVideojs> | undefined;
    let playerDuringEvent: unknown;
    el.addEventListener('news-player-create', (e: NewsPlayerCreateEvent) => {
      order.push('create');
      created = e.detail.player;
      playerDuringEvent = el.player;
    });
    el.addEventListener('loadstart', () => order.push('loadstart'));
    const seenOnDocument: string[] = [];
    const onDocument = (e: NewsPlayerCreateEvent) => seenOnDocument.push(e.type);
    document.addEventListener('news-player-create', onDocument);
    document.body.append(el);
    try {
      await el.play();
      expect(created, 'news-player-create gave the player').to.equal(el.player);
      expect(playerDuringEvent, 'el.player is set during the event').to.equal(created);
      expect(order[0], 'created before its source loads').to.equal('create');
      expect(seenOnDocument).to.deep.equal(['news-player-create']);
      expect(el.player instanceof siteVideojs.getComponent('Player'), 'a Player of the page\'s video.js').to.equal(true);
      expect(el.player!.hasClass('stamped'), 'the page\'s plugin ran from options').to.equal(true);
      expect(el.player!.el().getAttribute('data-stamp')).to.equal('from options');
      expect(el.player!.playbackRates()).to.deep.equal([1, 1.5, 2]);
      // No second video.js was fetched.
      const fetched = performance.getEntriesByType('resource').map((e) => e.name);
      expect(fetched.filter((n) => /video\.core|videojs-core/.test(n)), 'no second video.js').to.deep.equal([]);
    } finally {
      document.removeEventListener('news-player-create', onDocument);
      el.remove();
    }
  });

  it('leaves the page\'s own players as they would be without news-player (sizes, words)', async () => {
    const ours = await fixture<NewsPlayer>(html`<news-player src=${MEDIA.webm} muted lang="de"></news-player>`);
    await ours.play();
    expect(window.VIDEOJS_NO_DYNAMIC_STYLE, 'the page\'s flag as it was').to.equal(undefined);
    const wrap = await fixture<HTMLDivElement>(html`<div><video-js id="site-player" style="display:inline-block"></video-js></div>`);
    const site = siteVideojs(wrap.querySelector('video-js')!, { width: 400, height: 300 });
    try {
      await new Promise<void>((resolve) => site.ready(() => resolve()));
      const box = site.el().getBoundingClientRect();
      expect([Math.round(box.width), Math.round(box.height)], 'the site player keeps 400×300').to.deep.equal([400, 300]);
      // Our German words went to our player only: the page's video.js dictionary is untouched.
      expect(Object.keys(siteVideojs.options.languages ?? {})).to.not.include('de');
      expect(site.localize('Play')).to.equal('Play');
    } finally {
      site.dispose();
    }
  });

  it('takes malformed JSON in the options attribute as no options', async () => {
    const el = await fixture<NewsPlayer>(html`<news-player src=${MEDIA.webm} muted options="{not json"></news-player>`);
    await el.play();
    expect(el.state).to.equal('playing');
  });
});
