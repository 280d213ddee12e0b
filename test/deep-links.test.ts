import { fixture, html, expect, waitUntil, oneEvent, fixtureCleanup } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/index.js';
import type { NewsPlayer, NewsPlayerRangeChangeEvent } from '../src/index.js';
import en from '../src/i18n/en.js';
import { deepLinkUrl, parseDeepLinkValue, readDeepLink } from '../src/media/deep-link.js';
import { MEDIA, stateReached } from './support/helpers.js';

const shadow = (el: NewsPlayer) => el.shadowRoot!;
const text = (el: NewsPlayer, selector: string) => shadow(el).querySelector(selector)?.textContent?.trim() ?? '';

/** The test page's own URL, restored after each test (the runner keeps its session id in the query). */
const original = location.href;

/** Puts `hash` and/or `t` in the page URL without a `hashchange`, as if the page had been opened so. */
function openPageAt({ hash = '', t }: { hash?: string; t?: string }): void {
  const url = new URL(original);
  if (t !== undefined) url.searchParams.set('t', t);
  url.hash = hash;
  history.replaceState(null, '', url.href);
}

/** Changes the fragment the way a reader does, and waits for the `hashchange`. */
async function navigateTo(hash: string): Promise<void> {
  const changed = oneEvent(window, 'hashchange');
  location.hash = hash;
  await changed;
}

describe('deep links', () => {
  afterEach(() => {
    // Players listen for hashchange: remove them before the URL goes back.
    fixtureCleanup();
    history.replaceState(null, '', original);
  });

  describe('parsing', () => {
    it('reads every documented form, the fragment winning over the query', () => {
      const cases: [string, string, object | undefined][] = [
        ['#t=83', '', { start: 83 }],
        ['#t=1:23', '', { start: 83 }],
        ['#t=0:01:23', '', { start: 83 }],
        ['#t=1m23s', '', { start: 83 }],
        ['#t=npt:83', '', { start: 83 }],
        ['#t=83,95', '', { start: 83, end: 95 }],
        ['#t=1:23,1:35', '', { start: 83, end: 95 }],
        ['#t=clip-2:83', '', { id: 'clip-2', start: 83 }],
        ['#t=clip-2:1:23,1:35', '', { id: 'clip-2', start: 83, end: 95 }],
        ['#comments&t=83', '', { start: 83 }],
        ['', '?t=83', { start: 83 }],
        ['', '?a=1&t=1m23s', { start: 83 }],
        ['#t=10', '?t=83', { start: 10 }],
        ['#comments', '', undefined],
        ['#t=soon', '', undefined],
        ['#top', '?at=5', undefined],
      ];
      for (const [hash, search, expected] of cases) {
        expect(readDeepLink({ hash, search }), `${hash}${search}`).to.deep.equal(expected);
      }
      expect(parseDeepLinkValue('95,83'), 'an end before the start is no range').to.deep.equal({ start: 95 });
    });

    it('writes links that read back, dropping a t from the query', () => {
      expect(deepLinkUrl('https://news.example/story?id=7&t=30#top', 83)).to.equal('https://news.example/story?id=7#t=83');
      expect(deepLinkUrl('https://news.example/story', 83, { id: 'b', end: 95 })).to.equal('https://news.example/story#t=b:83,95');
      expect(deepLinkUrl('https://news.example/story?id=7', 83, { query: true })).to.equal('https://news.example/story?id=7&t=83');
      expect(deepLinkUrl('https://news.example/story', '{seek_to_second_number}', { query: true })).to.equal(
        'https://news.example/story?t={seek_to_second_number}',
      );
      expect(readDeepLink(new URL(deepLinkUrl('https://news.example/s?t=1', 12.5, { id: 'p' })))).to.deep.equal({ id: 'p', start: 12.5 });
    });
  });

  describe('opening a page at a time', () => {
    const forms: [string, { hash?: string; t?: string }][] = [
      ['#t=12', { hash: '#t=12' }],
      ['#t=0:12', { hash: '#t=0:12' }],
      ['#t=0m12s', { hash: '#t=0m12s' }],
      ['#t=12s', { hash: '#t=12s' }],
      ['?t=12', { t: '12' }],
      ['?t=0m12s', { t: '0m12s' }],
      ['#t=npt:12 among other fragment parameters', { hash: '#x=1&t=npt:12' }],
    ];
    for (const [name, url] of forms) {
      it(`${name} starts the page's player at 0:12`, async () => {
        openPageAt(url);
        const el = await fixture<NewsPlayer>(html`<news-player src=${MEDIA.long} muted></news-player>`);
        expect(el.state).to.equal('idle');
        expect(el.currentTime).to.equal(12);
        await el.play();
        expect(el.currentTime).to.be.within(11.9, 14);
      });
    }

    it('the poster card says "Starts at 1:23", in its name too', async () => {
      openPageAt({ hash: '#t=1:23' });
      const el = await fixture<NewsPlayer>(html`<news-player src=${MEDIA.long} headline="Kerry" duration="2:44"></news-player>`);
      expect(text(el, '[part="start"]')).to.equal(en.startsAt('1:23'));
      expect(text(el, '[part="poster-card"] .sr-only')).to.equal(
        `${en.playMedia('Kerry')}, ${en.durationLabel('2:44')}, ${en.startsAt('1:23')}`,
      );
      await expect(el).to.be.accessible();
    });

    it('leaves unrelated fragments and queries alone', async () => {
      for (const url of [{ hash: '#comments' }, { hash: '#t=later' }, { hash: '#top', t: 'abc' }]) {
        openPageAt(url);
        const el = await fixture<NewsPlayer>(html`<news-player src=${MEDIA.long}></news-player>`);
        expect(el.currentTime, JSON.stringify(url)).to.equal(0);
        expect(shadow(el).querySelector('[part="start"]')).to.equal(null);
        expect(location.hash).to.equal(url.hash);
      }
    });

    it('the named form starts only the player with that id', async () => {
      openPageAt({ hash: '#t=second:12' });
      const wrap = await fixture<HTMLDivElement>(html`<div>
        <news-player id="first" src=${MEDIA.long} muted></news-player>
        <news-player id="second" src=${MEDIA.long} muted></news-player>
      </div>`);
      const [first, second] = wrap.querySelectorAll('news-player');
      expect(first.currentTime).to.equal(0);
      expect(second.currentTime).to.equal(12);
      await second.play();
      expect(second.currentTime).to.be.within(11.9, 14);
    });

    it('the unnamed form starts only the first player of a page with several', async () => {
      openPageAt({ hash: '#t=12' });
      const wrap = await fixture<HTMLDivElement>(html`<div>
        <news-player id="first" src=${MEDIA.long}></news-player>
        <news-player id="second" src=${MEDIA.long}></news-player>
      </div>`);
      const [first, second] = wrap.querySelectorAll('news-player');
      expect(first.currentTime).to.equal(12);
      expect(second.currentTime).to.equal(0);
    });

    it('the unnamed form reaches the first player of the page, shadow trees included', async () => {
      openPageAt({ hash: '#t=12' });
      const wrap = document.createElement('div');
      const host = document.createElement('div');
      host.attachShadow({ mode: 'open' }).innerHTML = `<news-player id="inside" src="${MEDIA.long}"></news-player>`;
      const outside = document.createElement('news-player');
      outside.src = MEDIA.long;
      wrap.append(host, outside);
      (await fixture<HTMLDivElement>(html`<div></div>`)).append(wrap);
      const inside = host.shadowRoot!.querySelector('news-player')!;
      expect(inside.currentTime).to.equal(12);
      expect(outside.currentTime).to.equal(0);
      // Its links name it only when it is not the first: the inside one is.
      expect(new URL(inside.linkAt(3)).hash).to.equal('#t=3');
      outside.id = 'outside';
      expect(new URL(outside.linkAt(3)).hash).to.equal('#t=outside:3');
    });

    it('a range plays from its start and pauses at its end, and announces the range', async () => {
      openPageAt({ hash: '#t=2,4' });
      const ranges: (object | null)[] = [];
      const onRange = (e: NewsPlayerRangeChangeEvent) => ranges.push(e.detail.range);
      document.addEventListener('news-player-rangechange', onRange);
      try {
        const el = await fixture<NewsPlayer>(html`<news-player src=${MEDIA.webm} muted></news-player>`);
        expect(el.range).to.deep.equal({ start: 2, end: 4 });
        expect(ranges).to.deep.equal([{ start: 2, end: 4 }]);
        await el.play();
        expect(el.currentTime).to.be.within(1.9, 3);
        await stateReached(el, 'paused');
        expect(el.currentTime).to.be.within(3.9, 4.5);
        // Playing on means the range is done: it clears, and the clip goes on.
        await el.play();
        await waitUntil(() => el.range === undefined, 'range cleared');
        expect(ranges.at(-1)).to.equal(null);
        await stateReached(el, 'ended');
      } finally {
        document.removeEventListener('news-player-rangechange', onRange);
      }
    });

    it('a range clears when the reader seeks out of it', async () => {
      openPageAt({ hash: '#t=1,3' });
      const el = await fixture<NewsPlayer>(html`<news-player src=${MEDIA.webm} muted></news-player>`);
      await el.play();
      el.currentTime = 5;
      await waitUntil(() => el.range === undefined, 'range cleared');
      await stateReached(el, 'ended');
    });
  });

  describe('hashchange', () => {
    it('seeks a loaded player', async () => {
      const el = await fixture<NewsPlayer>(html`<news-player src=${MEDIA.long} muted></news-player>`);
      await el.play();
      await navigateTo('#t=15');
      await waitUntil(() => el.currentTime >= 15 && el.currentTime < 17, `time is ${el.currentTime}`);
      await stateReached(el, 'playing');
    });

    it('moves where an idle player will start, and the card says so', async () => {
      const el = await fixture<NewsPlayer>(html`<news-player src=${MEDIA.long} muted></news-player>`);
      await navigateTo('#t=0:07');
      await el.updateComplete;
      expect(el.state).to.equal('idle');
      expect(el.currentTime).to.equal(7);
      expect(text(el, '[part="start"]')).to.equal(en.startsAt('0:07'));
    });

    it('names one player among several, and ignores fragments that are not deep links', async () => {
      const wrap = await fixture<HTMLDivElement>(html`<div>
        <news-player id="one" src=${MEDIA.long} muted></news-player>
        <news-player id="two" src=${MEDIA.long} muted></news-player>
      </div>`);
      const [one, two] = wrap.querySelectorAll('news-player');
      await two.load();
      await stateReached(two, 'ready');
      await navigateTo('#t=two:9');
      await waitUntil(() => Math.abs(two.currentTime - 9) < 0.2, `time is ${two.currentTime}`);
      expect(one.currentTime).to.equal(0);
      await navigateTo('#comments');
      expect(two.currentTime).to.be.closeTo(9, 0.2);
      expect(one.currentTime).to.equal(0);
    });
  });

  describe('share', () => {
    /** Replaces the Clipboard API's writeText for one test (the media are never stubbed). */
    function stubClipboard(impl: (text: string) => Promise<void>): () => void {
      const clipboard = navigator.clipboard;
      const own = Object.getOwnPropertyDescriptor(clipboard, 'writeText');
      Object.defineProperty(clipboard, 'writeText', { configurable: true, value: impl });
      return () => {
        if (own) Object.defineProperty(clipboard, 'writeText', own);
        else delete (clipboard as unknown as Record<string, unknown>).writeText;
      };
    }

    async function playerAt(seconds: number, markup = html`<news-player src=${MEDIA.long} muted headline="Share"></news-player>`) {
      const wrap = await fixture<HTMLElement>(html`<div>${markup}</div>`);
      const el = wrap.querySelector('news-player')!;
      await el.load();
      await stateReached(el, 'ready');
      el.currentTime = seconds;
      await waitUntil(() => Math.abs(el.currentTime - seconds) < 0.05, 'seeked');
      return el;
    }

    it('"Copy link at current time" copies a link that opens the player at the same second', async () => {
      const copied: string[] = [];
      const restore = stubClipboard(async (t) => void copied.push(t));
      let url: string;
      try {
        const el = await playerAt(7.6);
        const button = shadow(el).querySelector<HTMLButtonElement>('.news-copy-link')!;
        expect(button.querySelector('.vjs-control-text')?.textContent).to.equal(en.copyLink);
        const shared = oneEvent(el, 'news-player-share');
        button.click();
        const event = await shared;
        expect(event.detail.time).to.equal(7);
        await waitUntil(() => text(el, '[role="status"]') === en.linkCopied, 'confirmation announced');
        expect(copied).to.deep.equal([event.detail.url]);
        url = copied[0];
      } finally {
        restore();
      }
      const link = new URL(url);
      expect(link.origin + link.pathname).to.equal(location.origin + location.pathname);
      expect(link.hash).to.equal('#t=7');
      expect(link.searchParams.get('wtr-session-id')).to.equal(new URL(original).searchParams.get('wtr-session-id'));
      // Open the link: a fresh player on a page at that URL starts at second 7.
      fixtureCleanup();
      history.replaceState(null, '', url);
      const opened = await fixture<NewsPlayer>(html`<news-player src=${MEDIA.long} muted></news-player>`);
      expect(opened.currentTime).to.equal(7);
      await opened.play();
      expect(Math.floor(opened.currentTime)).to.be.within(7, 8);
    });

    it('falls back to a selected text field when the Clipboard API refuses, and confirms', async () => {
      const restore = stubClipboard(() => Promise.reject(new DOMException('Document is not focused.', 'NotAllowedError')));
      const selected: string[] = [];
      const onCopy = (e: Event) => {
        const field = e.composedPath()[0];
        if (field instanceof HTMLTextAreaElement) selected.push(field.value.slice(field.selectionStart, field.selectionEnd));
      };
      document.addEventListener('copy', onCopy);
      try {
        const el = await playerAt(4.2);
        const button = shadow(el).querySelector<HTMLButtonElement>('.news-copy-link')!;
        button.focus();
        // A real key press: copying through execCommand needs the reader's gesture.
        await sendKeys({ press: 'Enter' });
        await waitUntil(() => text(el, '[role="status"]') === en.linkCopied, `status says "${text(el, '[role="status"]')}"`);
        expect(selected).to.have.length(1);
        expect(readDeepLink(new URL(selected[0]))).to.deep.equal({ start: 4 });
        expect(shadow(el).activeElement, 'focus returns to the button').to.equal(button);
        expect(shadow(el).querySelector('textarea'), 'the field is gone').to.equal(null);
      } finally {
        document.removeEventListener('copy', onCopy);
        restore();
      }
    });

    it('names the player in the link on a page with several players', async () => {
      const wrap = await fixture<HTMLDivElement>(html`<div>
        <news-player id="lead" src=${MEDIA.long} muted></news-player>
        <news-player id="second" src=${MEDIA.long} muted></news-player>
      </div>`);
      const [lead, second] = wrap.querySelectorAll('news-player');
      expect(new URL(lead.linkAt(5)).hash).to.equal('#t=5');
      expect(new URL(second.linkAt(5)).hash).to.equal('#t=second:5');
    });

    it('copies nothing when news-player-share is cancelled', async () => {
      let calls = 0;
      const restore = stubClipboard(async () => void calls++);
      try {
        const el = await playerAt(3);
        el.addEventListener('news-player-share', (e) => e.preventDefault());
        expect(await el.copyLink()).to.equal(undefined);
        expect(calls).to.equal(0);
      } finally {
        restore();
      }
    });

    it('is accessible, with the copy control in the control bar', async () => {
      const el = await playerAt(1);
      expect(shadow(el).querySelector('.vjs-control-bar .news-copy-link')).to.not.equal(null);
      await expect(el).to.be.accessible();
    });
  });
});
