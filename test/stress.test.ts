// Truthful under stress, the player's side: media on another origin without CORS, addresses that
// cannot be used, an empty file, structured data from hostile attributes, a `src` storm, a move
// into another document and back, and Retry after a failure mid-play. Fault answers come from
// test/support/server.mjs; "another origin" is the same server under its other loopback name
// (`localhost` ↔ `127.0.0.1`), which sends no CORS headers unless asked (`?cors`).
import { fixture, html, expect, waitUntil, aTimeout } from '@open-wc/testing';
import '../src/index.js';
import type { NewsPlayer } from '../src/index.js';
import en from '../src/i18n/en.js';
import { MEDIA, playerCreated, recordStates, stateReached } from './support/helpers.js';

const key = () => Math.random().toString(36).slice(2);
const shadow = (el: Element) => el.shadowRoot!;

/** `path` on this test server under its other loopback name: another origin, no CORS headers. */
const otherOrigin = (path: string) =>
  `${location.protocol}//${location.hostname === '127.0.0.1' ? 'localhost' : '127.0.0.1'}:${location.port}${path}`;

/** Errors and rejections nobody handled while `run` ran. */
async function uncaught(run: () => Promise<void>): Promise<string[]> {
  const seen: string[] = [];
  const onError = (e: ErrorEvent) => seen.push(`error: ${e.message}`);
  const onRejection = (e: PromiseRejectionEvent) => seen.push(`unhandled rejection: ${String(e.reason)}`);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  try {
    await run();
    // Rejections are reported after a task.
    await aTimeout(50);
  } finally {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  }
  return seen;
}

async function failWith(el: NewsPlayer): Promise<void> {
  let rejected = false;
  await el.play().catch(() => (rejected = true));
  expect(rejected, 'play() rejects').to.equal(true);
  expect(el.state).to.equal('unavailable');
}

describe('truthful under stress', () => {
  describe('media on another origin', () => {
    for (const status of [404, 403, 503]) {
      it(`says "could not be loaded" with Retry for HTTP ${status} without CORS, never "cannot play this format"`, async () => {
        const el = await fixture<NewsPlayer>(html`<news-player src=${otherOrigin(`/faults/status/${status}?${key()}`)} type="video/mp4"></news-player>`);
        await failWith(el);
        expect(el.error?.code).to.equal('network');
        expect(shadow(el).querySelector('[part="reason"]')?.textContent).to.equal(en.reason.network);
        expect(shadow(el).querySelector('[part="retry"]'), 'a Retry button').to.not.equal(null);
      });
    }

    it('says "could not be loaded" for a CORS-mode request (crossorigin) the CDN refuses', async () => {
      const el = await fixture<NewsPlayer>(html`<news-player crossorigin="anonymous" src=${otherOrigin(`/faults/status/404?${key()}`)} type="video/mp4"></news-player>`);
      await failWith(el);
      expect(el.error?.code).to.equal('network');
    });

    it('names the exact status when the CDN sends Access-Control-Allow-Origin', async () => {
      const el = await fixture<NewsPlayer>(html`<news-player src=${otherOrigin(`/faults/status/404?cors&${key()}`)} type="video/mp4"></news-player>`);
      await failWith(el);
      expect(el.error?.code).to.equal('not-found');
      const forbidden = await fixture<NewsPlayer>(html`<news-player src=${otherOrigin(`/faults/status/403?cors&${key()}`)} type="video/mp4"></news-player>`);
      await failWith(forbidden);
      expect(forbidden.error?.code).to.equal('forbidden');
    });

    it('still says unsupported when the browser rules the declared type out', async () => {
      const el = await fixture<NewsPlayer>(html`<news-player src=${otherOrigin(`/test/media/clip.mp4?${key()}`)} type="video/x-no-such-format"></news-player>`);
      await failWith(el);
      expect(el.error?.code).to.equal('unsupported');
    });

    it('plays media from another origin that sends no CORS headers', async () => {
      const el = await fixture<NewsPlayer>(html`<news-player src=${otherOrigin(`/test/media/clip.mp4?${key()}`)} type="video/mp4" muted></news-player>`);
      await el.play();
      expect(el.state).to.equal('playing');
    });
  });

  describe('addresses that cannot be used', () => {
    for (const src of ['https://cdn.example.com:99999/clip.mp4', 'https://[2001:db8::1/x.mp4', 'javascript:alert(1)//.mp4', 'ftp://example.com/clip.mp4']) {
      it(`is unavailable at once with bad-url, no Retry and nothing thrown: ${src}`, async () => {
        let el!: NewsPlayer;
        const problems = await uncaught(async () => {
          el = await fixture<NewsPlayer>(html`<news-player src=${src} headline="Bad address"></news-player>`);
          expect(el.state, 'unavailable before any interaction').to.equal('unavailable');
          await failWith(el);
        });
        expect(problems).to.deep.equal([]);
        expect(el.error?.code).to.equal('bad-url');
        expect(shadow(el).querySelector('[part="reason"]')?.textContent).to.equal(en.reason['bad-url']);
        expect(shadow(el).querySelector('[part="retry"]')).to.equal(null);
        await expect(el).to.be.accessible();
      });
    }

    it('skips a <source> with an unusable address and plays the next', async () => {
      const el = await fixture<NewsPlayer>(html`<news-player muted>
        <source src="https://cdn.example.com:99999/clip.mp4" type="video/mp4" />
        <source src=${MEDIA.webm} type="video/webm" />
      </news-player>`);
      expect(el.sources.map((s) => s.src)).to.deep.equal([MEDIA.webm]);
      await el.play();
      expect(el.state).to.equal('playing');
    });

    it('leaves bad-url when a usable source arrives', async () => {
      const el = await fixture<NewsPlayer>(html`<news-player src="https://[::1/x.mp4" muted></news-player>`);
      expect(el.error?.code).to.equal('bad-url');
      el.src = MEDIA.webm;
      await el.updateComplete;
      expect(el.state).to.equal('idle');
      await el.play();
      expect(el.state).to.equal('playing');
    });
  });

  it('calls an empty (0-byte) media file unsupported, not "not found"', async () => {
    const el = await fixture<NewsPlayer>(html`<news-player src=${`/faults/empty?${key()}`} type="video/mp4"></news-player>`);
    await failWith(el);
    expect(el.error?.code).to.be.oneOf(['unsupported', 'decode']);
  });

  describe('structured data from hostile attributes', () => {
    /** The player's JSON-LD text, once written. */
    async function jsonLdOf(el: NewsPlayer): Promise<string> {
      await waitUntil(() => el.querySelector('script[data-news-player]')?.textContent, 'no JSON-LD was written');
      return el.querySelector('script[data-news-player]')!.textContent!;
    }

    it('writes JSON-LD without an address new URL rejects, and throws nothing', async () => {
      let text = '';
      const problems = await uncaught(async () => {
        const el = await fixture<NewsPlayer>(html`<news-player structured-data headline="Port" upload-date="2026-12-01"
          poster="https://cdn.example.com:99999/poster.jpg" src=${MEDIA.webm}></news-player>`);
        text = await jsonLdOf(el);
      });
      expect(problems).to.deep.equal([]);
      const data = JSON.parse(text) as Record<string, unknown>;
      expect(data.name).to.equal('Port');
      expect(data).to.not.have.property('thumbnailUrl');
      expect(String(data.contentUrl)).to.match(/^https?:\/\/.*\/test\/media\/clip\.webm$/);
    });

    it('never copies a javascript: canonical, poster or source into JSON-LD', async () => {
      const canonical = document.createElement('link');
      canonical.rel = 'canonical';
      canonical.href = 'javascript:alert(document.domain)';
      document.head.append(canonical);
      try {
        const el = await fixture<NewsPlayer>(html`<news-player structured-data headline="Hostile" upload-date="2026-12-01"
          poster="javascript:alert(1)" src="javascript:alert(2)"></news-player>`);
        const text = await jsonLdOf(el);
        expect(text.toLowerCase()).to.not.contain('javascript:');
        const data = JSON.parse(text) as Record<string, unknown>;
        expect(data).to.not.have.property('thumbnailUrl');
        expect(data).to.not.have.property('contentUrl');
        expect(String((data.potentialAction as { target?: string } | undefined)?.target ?? location.href)).to.match(/^https?:/);
      } finally {
        canonical.remove();
      }
    });
  });

  describe('a src storm', () => {
    it('keeps the reader\'s wish to play through 20 changes in a second with a failing one among them', async () => {
      const el = await fixture<NewsPlayer>(html`<news-player src=${MEDIA.webm} muted></news-player>`);
      await el.play();
      for (let i = 0; i < 20; i++) {
        el.src = i === 12 ? `/faults/status/404?${key()}` : `${MEDIA.webm}?storm=${i}`;
        await aTimeout(50);
      }
      await stateReached(el, 'playing', 15000);
      expect(el.src).to.contain('storm=19');
      expect(el.error).to.equal(undefined);
    });

    it('plays the next source after the failing one had ended unavailable, when the reader had asked to play', async () => {
      const el = await fixture<NewsPlayer>(html`<news-player src=${MEDIA.webm} muted></news-player>`);
      await el.play();
      el.src = `/faults/status/404?${key()}`;
      await stateReached(el, 'unavailable');
      el.src = `${MEDIA.webm}?after=${key()}`;
      await stateReached(el, 'playing', 15000);
    });

    it('does not start a player the reader never asked to play', async () => {
      const el = await fixture<NewsPlayer>(html`<news-player src=${`/faults/status/404?${key()}`}></news-player>`);
      await el.load();
      await stateReached(el, 'unavailable');
      el.src = MEDIA.webm;
      await el.updateComplete;
      await aTimeout(300);
      expect(el.state).to.equal('idle');
    });
  });

  describe('moved into another document and back (Document Picture-in-Picture)', () => {
    it('keeps its styles in both documents and goes on from where it was', async () => {
      const frame = await fixture<HTMLIFrameElement>(html`<iframe style="width:640px;height:400px;border:0"></iframe>`);
      const other = frame.contentDocument!;
      other.open();
      other.write('<!doctype html><html lang="en"><body style="margin:0"></body></html>');
      other.close();
      const el = await fixture<NewsPlayer>(html`<news-player src=${MEDIA.long} type="video/webm" muted style="width:480px"></news-player>`);
      await el.play();
      await waitUntil(() => el.currentTime > 1, 'plays for a second', { timeout: 5000 });
      const base = () => shadow(el).querySelector<HTMLElement>('[part="base"]')!;
      const heightHere = base().getBoundingClientRect().height;
      expect(heightHere).to.be.greaterThan(100);

      other.body.append(el);
      const view = other.defaultView!;
      await waitUntil(() => shadow(el).adoptedStyleSheets.length > 0, 'styles adopted in the other document', { timeout: 5000 });
      expect(base().getBoundingClientRect().height, 'styled in the other document').to.be.closeTo(heightHere, 2);
      expect(view.getComputedStyle(base()).position).to.not.equal('static');
      await waitUntil(() => el.state === 'playing' && el.currentTime > 1, `plays on there (state ${el.state}, ${el.currentTime}s)`, { timeout: 10000 });
      const there = el.currentTime;

      document.body.append(el);
      try {
        await waitUntil(() => shadow(el).adoptedStyleSheets.length > 0, 'styles adopted again at home', { timeout: 5000 });
        expect(base().getBoundingClientRect().height, 'styled again at home').to.be.closeTo(heightHere, 2);
        const states = recordStates(el);
        await waitUntil(() => el.state === 'playing' && el.currentTime > there, `plays on at home (state ${el.state}, ${el.currentTime}s)`, { timeout: 10000 });
        expect(el.currentTime, 'not back at 0:00').to.be.greaterThan(there - 0.5);
        expect(states).to.not.include('idle');
      } finally {
        el.remove();
      }
    });
  });

  it('Retry after a failure mid-play goes on from where the reader was', async () => {
    const k = key();
    const el = await fixture<NewsPlayer>(html`<news-player src=${`/faults/cut/${k}`} type="video/webm" timeout="2" muted></news-player>`);
    await el.play();
    await playerCreated(el);
    el.player!.playbackRate(4);
    await stateReached(el, 'unavailable', 30000);
    expect(el.error?.code).to.equal('timeout');
    const at = el.currentTime;
    expect(at, 'it had played a while').to.be.greaterThan(2);
    await fetch(`/faults/heal/${k}`);
    const playing = new Promise<number>((resolve) => el.addEventListener('playing', () => resolve(el.currentTime), { once: true }));
    shadow(el).querySelector<HTMLButtonElement>('[part="retry"]')!.click();
    const resumedAt = await playing;
    expect(resumedAt).to.be.greaterThan(at - 1);
  });
});
