import { fixture, html, expect, waitUntil, oneEvent, aTimeout, nextFrame } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../src/index.js';
import type { NewsPlayer, NewsTimestamp } from '../src/index.js';
import { registerTranslation } from '../src/index.js';
import en from '../src/i18n/en.js';
import { readDeepLink } from '../src/media/deep-link.js';
import { MEDIA, stateReached } from './support/helpers.js';

const link = (ts: NewsTimestamp) => ts.shadowRoot!.querySelector('a')!;

/** An article paragraph with a player and timestamps, as a page would have them. */
async function article(player = html`<news-player id="clip" src=${MEDIA.long} muted headline="Clip"></news-player>`) {
  const wrap = await fixture<HTMLElement>(html`<article>
    ${player}
    <p>
      At <news-timestamp for="clip" time="0:12"></news-timestamp> the minister speaks, and
      <news-timestamp for="clip" time="5">five seconds in</news-timestamp> the crowd.
    </p>
  </article>`);
  const el = wrap.querySelector('news-player')!;
  const [first, second] = wrap.querySelectorAll('news-timestamp');
  await first.updateComplete;
  await second.updateComplete;
  return { wrap, el, first, second };
}

describe('<news-timestamp>', () => {
  describe('rendering', () => {
    it('is a real link to the named deep link, named "Play from 0:12", showing the time', async () => {
      const { first } = await article();
      const a = link(first);
      expect(a.tagName).to.equal('A');
      const url = new URL(a.href);
      expect(url.origin + url.pathname).to.equal(location.origin + location.pathname);
      expect(readDeepLink(url)).to.deep.equal({ id: 'clip', start: 12 });
      expect(a.getAttribute('aria-label')).to.equal(en.playFrom('0:12'));
      expect(a.querySelector('[part="time"]')?.textContent).to.equal('0:12');
      expect(first.href).to.equal(a.href);
    });

    it('shows its own words when it has them', async () => {
      const { second } = await article();
      const a = link(second);
      expect(a.querySelector('[part="time"]')).to.equal(null);
      expect(second.textContent?.trim()).to.equal('five seconds in');
      // The name is its words, then "Play from 0:05" (label in name).
      expect(a.hasAttribute('aria-label')).to.equal(false);
      expect(a.querySelector('.sr-only')?.textContent).to.equal(`, ${en.playFrom('0:05')}`);
    });

    it('accepts seconds, m:ss, h:mm:ss and units', async () => {
      const cases: [string, number, string][] = [
        ['83', 83, '1:23'],
        ['1:23', 83, '1:23'],
        ['0:02:44', 164, '2:44'],
        ['1m23s', 83, '1:23'],
        ['1:02:03', 3723, '1:02:03'],
      ];
      for (const [time, seconds, label] of cases) {
        const ts = await fixture<NewsTimestamp>(html`<news-timestamp time=${time}></news-timestamp>`);
        expect(ts.seconds, time).to.equal(seconds);
        expect(readDeepLink(new URL(link(ts).href)), time).to.deep.equal({ start: seconds });
        expect(link(ts).getAttribute('aria-label')).to.equal(en.playFrom(label));
        expect(link(ts).querySelector('[part="time"]')?.textContent).to.equal(label);
      }
    });

    it('links a range with end', async () => {
      const ts = await fixture<NewsTimestamp>(html`<news-timestamp time="1:23" end="1:35"></news-timestamp>`);
      expect(readDeepLink(new URL(link(ts).href))).to.deep.equal({ start: 83, end: 95 });
    });

    it('is plain words, not a link, while its time is not a time', async () => {
      const ts = await fixture<NewsTimestamp>(html`<news-timestamp time="soon">soon</news-timestamp>`);
      expect(ts.shadowRoot!.querySelector('a')).to.equal(null);
      expect(ts.seconds).to.equal(undefined);
    });
  });

  describe('activation', () => {
    it('clicking seeks an idle player and plays it', async () => {
      const { el, first } = await article();
      expect(el.state).to.equal('idle');
      link(first).click();
      await stateReached(el, 'playing');
      expect(el.currentTime).to.be.within(11.9, 14);
    });

    it('pressing Enter seeks an idle player and plays it', async () => {
      const { el, first } = await article();
      link(first).focus();
      await sendKeys({ press: 'Enter' });
      await stateReached(el, 'playing');
      expect(el.currentTime).to.be.within(11.9, 14);
    });

    it('clicking seeks a playing player', async () => {
      const { el, second } = await article();
      el.currentTime = 14;
      await el.play();
      link(second).click();
      await waitUntil(() => el.currentTime >= 5 && el.currentTime < 7, `time is ${el.currentTime}`);
      await stateReached(el, 'playing');
    });

    it('pressing Enter seeks a playing player', async () => {
      const { el, first } = await article();
      await el.play();
      link(first).focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => el.currentTime >= 12 && el.currentTime < 14, `time is ${el.currentTime}`);
      await stateReached(el, 'playing');
    });

    it('keeps the link behaviour for modifier clicks and other buttons (new tab, new window)', async () => {
      const { el, first } = await article();
      const a = link(first);
      const outcomes: boolean[] = [];
      // Runs after the timestamp's own listener; stops the test page from navigating.
      const after = (e: Event) => {
        outcomes.push(e.defaultPrevented);
        e.preventDefault();
      };
      window.addEventListener('click', after);
      try {
        for (const init of [{ ctrlKey: true }, { metaKey: true }, { shiftKey: true }, { button: 1 }]) {
          a.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, cancelable: true, ...init }));
        }
      } finally {
        window.removeEventListener('click', after);
      }
      expect(outcomes).to.deep.equal([false, false, false, false]);
      await aTimeout(100);
      expect(el.state).to.equal('idle');
      expect(el.currentTime).to.equal(0);
    });

    it('fires news-timestamp-seek; cancelling it keeps the player where it is', async () => {
      const { wrap, el, first } = await article();
      const seen = oneEvent(wrap, 'news-timestamp-seek');
      wrap.addEventListener('news-timestamp-seek', (e) => e.preventDefault(), { once: true });
      link(first).click();
      const event = await seen;
      expect(event.detail.player).to.equal(el);
      expect(event.detail.time).to.equal(12);
      await aTimeout(100);
      expect(el.state).to.equal('idle');
      expect(el.currentTime).to.equal(0);
    });

    it('plays a range with end, pausing at its end', async () => {
      const wrap = await fixture<HTMLElement>(html`<div>
        <news-player src=${MEDIA.webm} muted></news-player>
        <news-timestamp time="1" end="3"></news-timestamp>
      </div>`);
      const el = wrap.querySelector('news-player')!;
      const ts = wrap.querySelector('news-timestamp')!;
      await ts.updateComplete;
      link(ts).click();
      await stateReached(el, 'playing');
      expect(el.range).to.deep.equal({ start: 1, end: 3 });
      await stateReached(el, 'paused');
      expect(el.currentTime).to.be.within(2.9, 3.5);
    });

    it('never leaves an unhandled rejection when the player cannot play', async () => {
      const rejections: unknown[] = [];
      const onRejection = (e: PromiseRejectionEvent) => rejections.push(e.reason);
      window.addEventListener('unhandledrejection', onRejection);
      try {
        const { el, first } = await article(html`<news-player id="clip" src="/faults/status/404" type="video/webm"></news-player>`);
        link(first).click();
        await stateReached(el, 'unavailable');
        link(first).click();
        await aTimeout(200);
        expect(rejections).to.deep.equal([]);
      } finally {
        window.removeEventListener('unhandledrejection', onRejection);
      }
    });

    it('uses a server-rendered link inside as is, and seeks through it', async () => {
      const wrap = await fixture<HTMLElement>(html`<div>
        <news-player src=${MEDIA.long} muted></news-player>
        <news-timestamp time="0:09"><a href="#t=9">at 0:09</a></news-timestamp>
      </div>`);
      const el = wrap.querySelector('news-player')!;
      const ts = wrap.querySelector('news-timestamp')!;
      await ts.updateComplete;
      expect(ts.shadowRoot!.querySelector('a')).to.equal(null);
      ts.querySelector('a')!.click();
      await stateReached(el, 'playing');
      expect(el.currentTime).to.be.within(8.9, 11);
      expect(location.hash).to.not.equal('#t=9');
    });

    it('finds the player in its own shadow root, never a document one', async () => {
      const wrap = await fixture<HTMLElement>(html`<div><news-player src=${MEDIA.long} muted></news-player><div class="host"></div></div>`);
      const outside = wrap.querySelector('news-player')!;
      const root = wrap.querySelector('.host')!.attachShadow({ mode: 'open' });
      root.innerHTML = `<news-player src="${MEDIA.long}" muted></news-player><news-timestamp time="6"></news-timestamp>`;
      const inside = root.querySelector('news-player')!;
      const ts = root.querySelector('news-timestamp')!;
      await ts.updateComplete;
      expect(ts.player).to.equal(inside);
      link(ts).click();
      await stateReached(inside, 'playing');
      expect(inside.currentTime).to.be.within(5.9, 8);
      expect(outside.state).to.equal('idle');
    });
  });

  describe('an off-screen player', () => {
    afterEach(async () => {
      await emulateMedia({ reducedMotion: 'no-preference' });
      window.scrollTo(0, 0);
    });

    /** A player at the top of a page taller than the window, and a timestamp far below it, scrolled to. */
    async function tallArticle() {
      const wrap = await fixture<HTMLElement>(html`<article>
        <news-player id="tall" src=${MEDIA.long} muted headline="Clip" style="width: 320px"></news-player>
        <div style="height: 250vh"></div>
        <p>At <news-timestamp for="tall" time="0:12"></news-timestamp> the minister speaks.</p>
        <div style="height: 50vh"></div>
      </article>`);
      const el = wrap.querySelector('news-player')!;
      const ts = wrap.querySelector('news-timestamp')!;
      await ts.updateComplete;
      ts.scrollIntoView({ block: 'center' });
      await nextFrame();
      expect(inViewport(el), 'the player starts off screen').to.equal(false);
      return { el, ts };
    }

    /** True when `el` is wholly inside the window. */
    function inViewport(el: Element): boolean {
      const r = el.getBoundingClientRect();
      return r.top >= -1 && r.bottom <= innerHeight + 1 && r.left >= -1 && r.right <= innerWidth + 1;
    }

    it('brings the player into view at once when the reader prefers reduced motion; focus stays', async () => {
      await emulateMedia({ reducedMotion: 'reduce' });
      const { el, ts } = await tallArticle();
      link(ts).focus({ preventScroll: true });
      await sendKeys({ press: 'Enter' });
      expect(inViewport(el)).to.equal(true);
      expect(ts.shadowRoot!.activeElement, 'focus stays on the timestamp').to.equal(link(ts));
      await stateReached(el, 'playing');
      expect(el.currentTime).to.be.within(11.9, 14);
    });

    it('scrolls smoothly to the player when motion is allowed, ending with it in view', async () => {
      const { el, ts } = await tallArticle();
      link(ts).click();
      await waitUntil(() => inViewport(el), 'the player came into view');
      let last = -1;
      await waitUntil(() => {
        const still = scrollY === last;
        last = scrollY;
        return still;
      }, 'the scroll settled');
      expect(inViewport(el)).to.equal(true);
      await stateReached(el, 'playing');
    });

    it('does not scroll when the player is in view, or when the seek is cancelled', async () => {
      const { el, ts } = await tallArticle();
      const y = scrollY;
      ts.addEventListener('news-timestamp-seek', (e) => e.preventDefault(), { once: true });
      link(ts).click();
      await nextFrame();
      expect(scrollY).to.equal(y);
      window.scrollTo(0, 0);
      await nextFrame();
      expect(inViewport(el)).to.equal(true);
      link(ts).click();
      await nextFrame();
      expect(scrollY).to.equal(0);
      await stateReached(el, 'playing');
    });
  });

  describe('an unavailable player', () => {
    const notice = (ts: NewsTimestamp) => ts.shadowRoot!.querySelector('[part="notice"]')!;

    it('announces why it cannot play, politely, outside the link, and keeps the link', async () => {
      const rejections: unknown[] = [];
      const onRejection = (e: PromiseRejectionEvent) => rejections.push(e.reason);
      window.addEventListener('unhandledrejection', onRejection);
      try {
        const { el, first } = await article(html`<news-player id="clip" headline="Clip"></news-player>`);
        await stateReached(el, 'unavailable');
        expect(el.error?.code).to.equal('no-source');
        expect(notice(first).getAttribute('role')).to.equal('status');
        expect(notice(first).textContent).to.equal('');
        const hash = location.hash;
        link(first).click();
        await waitUntil(() => notice(first).textContent !== '', 'announced');
        expect(notice(first).textContent).to.equal(`${en.unavailable}. ${en.reason['no-source']}`);
        // Not part of the link's name, and the link stays a link (new tab, no JavaScript).
        expect(link(first).contains(notice(first))).to.equal(false);
        expect(link(first).getAttribute('aria-label')).to.equal(en.playFrom('0:12'));
        expect(readDeepLink(new URL(link(first).href))).to.deep.equal({ id: 'clip', start: 12 });
        expect(location.hash, 'no navigation').to.equal(hash);
        expect(el.state).to.equal('unavailable');
        // The same words again are announced again (the region empties, then speaks).
        const records: MutationRecord[] = [];
        const observer = new MutationObserver((list) => records.push(...list));
        observer.observe(notice(first), { subtree: true, childList: true, characterData: true });
        link(first).click();
        await waitUntil(() => records.length >= 2 && notice(first).textContent !== '', 'emptied and filled again');
        observer.disconnect();
        expect(notice(first).textContent).to.equal(`${en.unavailable}. ${en.reason['no-source']}`);
        await expect(first).to.be.accessible();
        await aTimeout(50);
        expect(rejections).to.deep.equal([]);
      } finally {
        window.removeEventListener('unhandledrejection', onRejection);
      }
    });

    it("speaks the reader's language", async () => {
      registerTranslation({
        ...en,
        $code: 'x-news-test',
        $name: 'Test',
        unavailable: 'Kein Medium verfügbar',
        reason: { ...en.reason, 'no-source': 'Diese Meldung hat noch kein Video.' },
      });
      const wrap = await fixture<HTMLElement>(html`<article lang="x-news-test">
        <news-player id="de"></news-player>
        <p><news-timestamp for="de" time="5"></news-timestamp></p>
      </article>`);
      const el = wrap.querySelector('news-player')!;
      const ts = wrap.querySelector('news-timestamp')!;
      await stateReached(el, 'unavailable');
      await ts.updateComplete;
      link(ts).click();
      await waitUntil(() => notice(ts).textContent !== '', 'announced');
      expect(notice(ts).textContent).to.equal('Kein Medium verfügbar. Diese Meldung hat noch kein Video.');
    });

    it("keeps the moment for the player's Retry, which plays from it", async () => {
      const k = `ts-${Math.random().toString(36).slice(2)}`;
      const wrap = await fixture<HTMLElement>(html`<article>
        <news-player id="flaky" src=${`/faults/flaky/${k}`} type="video/webm" muted></news-player>
        <p>At <news-timestamp for="flaky" time="3"></news-timestamp>, the forecast.</p>
      </article>`);
      const el = wrap.querySelector('news-player')!;
      const ts = wrap.querySelector('news-timestamp')!;
      await el.play().catch(() => undefined);
      await stateReached(el, 'unavailable');
      expect(el.error?.code).to.equal('network');
      link(ts).click();
      await waitUntil(() => notice(ts).textContent !== '', 'announced');
      expect(notice(ts).textContent).to.equal(`${en.unavailable}. ${en.reason.network}`);
      await fetch(`/faults/heal/${k}`);
      el.shadowRoot!.querySelector<HTMLButtonElement>('[part="retry"]')!.click();
      await stateReached(el, 'playing');
      expect(el.currentTime).to.be.within(2.9, 6);
    });
  });

  describe('layout', () => {
    it('stays on the line of the punctuation before it', async () => {
      // "(" ends the first line unless the timestamp keeps with it.
      const p = await fixture<HTMLParagraphElement>(html`<p style="width:21ch;font:16px/1.5 monospace;margin:0">
        made the suggestion (<news-timestamp time="0:01"></news-timestamp>).
      </p>`);
      const ts = p.querySelector('news-timestamp')!;
      await ts.updateComplete;
      const range = document.createRange();
      const text = p.firstChild!;
      const at = text.textContent!.indexOf('(');
      range.setStart(text, at);
      range.setEnd(text, at + 1);
      const paren = range.getBoundingClientRect();
      const first = link(ts).getClientRects()[0];
      expect(Math.round(first.top)).to.equal(Math.round(paren.top));
    });

    it('underlines its words, not its play triangle', async () => {
      const ts = await fixture<NewsTimestamp>(html`<news-timestamp time="0:01"></news-timestamp>`);
      const icon = ts.shadowRoot!.querySelector('[part="icon"]')!;
      const time = ts.shadowRoot!.querySelector('[part="time"]')!;
      expect(getComputedStyle(link(ts)).textDecorationLine).to.equal('none');
      expect(getComputedStyle(icon).textDecorationLine).to.equal('none');
      expect(getComputedStyle(time).textDecorationLine).to.equal('underline');
    });
  });

  describe('accessibility', () => {
    it('is accessible in running text', async () => {
      const { wrap } = await article();
      await expect(wrap).to.be.accessible();
    });

    it('is one tab stop each, in reading order', async () => {
      const { first, second } = await article();
      link(first).focus();
      expect(first.shadowRoot!.activeElement).to.equal(link(first));
      await sendKeys({ press: 'Tab' });
      expect(second.shadowRoot!.activeElement).to.equal(link(second));
    });
  });
});
