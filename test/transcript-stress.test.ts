// <news-transcript> under stress: a file that stalls, an address that cannot be used, a search
// query far too long. (Transcripts of any size: test/transcript-scale.test.ts.)
import { fixture, html, expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/index.js';
import type { NewsTranscript } from '../src/index.js';
import en from '../src/i18n/en.js';
import { MEDIA } from './support/helpers.js';

const shadow = (el: NewsTranscript) => el.shadowRoot!;
const cueEls = (el: NewsTranscript) => [...shadow(el).querySelectorAll<HTMLElement>('[part~="cue"]')];
const part = <T extends Element = HTMLElement>(el: NewsTranscript, name: string) =>
  shadow(el).querySelector<T>(`[part~="${name}"]`);
const message = (el: NewsTranscript) => part(el, 'message')!.textContent!.replace(/\s+/g, ' ').trim();
const count = (el: NewsTranscript) => part(el, 'search-count')!.textContent!.trim();

async function rendered(el: NewsTranscript, n: number): Promise<void> {
  await waitUntil(() => el.cues.length === n && cueEls(el).length === n, `never rendered ${n} cues (message: "${message(el)}")`, {
    timeout: 10_000,
  });
  await el.updateComplete;
}

describe('<news-transcript> under stress', () => {
  describe('watchdog', () => {
    it('gives up on a file that stalls mid-download, says so politely, and Retry loads again', async function () {
      this.timeout(20_000);
      const el = await fixture<NewsTranscript>(html`<news-transcript src="/faults/stalledtext" timeout="1"></news-transcript>`);
      expect(el.timeout).to.equal(1);
      await el.updateComplete;
      expect(message(el)).to.equal(en.transcriptLoading);
      await waitUntil(() => message(el).includes(en.transcriptTimedOut), 'timed-out message', { timeout: 8000 });
      expect(message(el)).to.contain(en.transcriptUnavailable);
      expect(part(el, 'message')!.getAttribute('role')).to.equal('status');
      const retry = part<HTMLButtonElement>(el, 'retry')!;
      expect(retry.localName).to.equal('button');
      expect(retry.textContent!.trim()).to.equal(en.retry);
      await expect(el).to.be.accessible();
      // Keyboard: Retry is focusable and, pressed, loads again (and stalls again).
      retry.focus();
      expect(shadow(el).activeElement).to.equal(retry);
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => message(el) === en.transcriptLoading, 'loading again');
      expect(shadow(el).activeElement, 'focus stays in the transcript').to.equal(part(el, 'message'));
      await waitUntil(() => message(el).includes(en.transcriptTimedOut), 'timed out again', { timeout: 8000 });
      // Retry after the file is fixed: the cues load.
      el.src = MEDIA.captions;
      await rendered(el, 6);
      expect(part(el, 'retry')).to.equal(null);
    });

    it('waits for a slow file as long as bytes keep arriving', async function () {
      this.timeout(20_000);
      // Six cues, one every 0.4 s: 2.4 s in all, longer than the 1 s without progress allowed.
      const el = await fixture<NewsTranscript>(html`<news-transcript src="/faults/trickletext/6" timeout="1"></news-transcript>`);
      await rendered(el, 6);
      expect(message(el)).to.equal('');
    });
  });

  describe('addresses', () => {
    for (const src of ['https://cdn.example.com:99999/t.vtt', 'https://[2001:db8::1/t.vtt', 'javascript:alert(1)']) {
      it(`shows a failure, never an exception, for src="${src}"`, async () => {
        const errors: unknown[] = [];
        const onError = (e: PromiseRejectionEvent | ErrorEvent) => errors.push('reason' in e ? e.reason : e.error);
        window.addEventListener('unhandledrejection', onError);
        window.addEventListener('error', onError);
        try {
          const el = await fixture<NewsTranscript>(html`<news-transcript src=${src}></news-transcript>`);
          await waitUntil(() => message(el).includes(en.transcriptBadAddress), 'bad address message');
          expect(message(el)).to.contain(en.transcriptUnavailable);
          expect(part(el, 'retry'), 'retrying cannot help').to.equal(null);
          expect(errors).to.deep.equal([]);
        } finally {
          window.removeEventListener('unhandledrejection', onError);
          window.removeEventListener('error', onError);
        }
      });
    }

    it("shows a failure for a player's captions track with an unusable address", async () => {
      const wrap = await fixture<HTMLDivElement>(html`<div>
        <news-player src=${MEDIA.webm}><track kind="captions" src="https://cdn.example.com:99999/c.vtt" default /></news-player>
        <news-transcript></news-transcript>
      </div>`);
      const el = wrap.querySelector('news-transcript')!;
      await waitUntil(() => message(el).includes(en.transcriptBadAddress), 'bad address message');
    });
  });

  describe('search limits', () => {
    it('a query far too long is not searched: no exception, previous matches cleared, and it says why', async () => {
      const el = await fixture<NewsTranscript>(html`<news-transcript src=${MEDIA.captions}></news-transcript>`);
      await rendered(el, 6);
      const input = part<HTMLInputElement>(el, 'search')!;
      const type = async (value: string) => {
        input.value = value;
        input.dispatchEvent(new Event('input', { bubbles: true }));
        await el.updateComplete;
      };
      await type('the');
      expect(el.matchCount).to.equal(3);
      expect(CSS.highlights.get('news-transcript-match')!.size).to.equal(3);
      const errors: unknown[] = [];
      const onError = (e: ErrorEvent) => errors.push(e.error);
      window.addEventListener('error', onError);
      try {
        // What a script or a paste can put in the box whatever its maxlength: 40,000 characters.
        await type('the '.repeat(10_000));
      } finally {
        window.removeEventListener('error', onError);
      }
      expect(errors).to.deep.equal([]);
      expect(el.matchCount).to.equal(0);
      expect(CSS.highlights.get('news-transcript-match')!.size).to.equal(0);
      expect(CSS.highlights.get('news-transcript-current')!.size).to.equal(0);
      const max = Number(input.getAttribute('maxlength'));
      expect(max).to.be.above(0);
      expect(count(el)).to.equal(en.transcriptQueryTooLong(max));
      expect(part<HTMLButtonElement>(el, 'next')!.disabled).to.equal(true);
      // The box itself keeps a reader to the limit.
      input.value = '';
      input.focus();
      await sendKeys({ type: 'x'.repeat(max + 5) });
      expect(input.value.length).to.equal(max);
      await type('The');
      expect(el.matchCount).to.equal(3);
    });

    it('a query is literal: regular-expression characters match themselves', async () => {
      const el = await fixture<NewsTranscript>(html`<news-transcript src=${MEDIA.captions}></news-transcript>`);
      await rendered(el, 6);
      const input = part<HTMLInputElement>(el, 'search')!;
      for (const q of ['.*', '(', '[a-z]+', '\\', 'a{99999999}']) {
        input.value = q;
        input.dispatchEvent(new Event('input', { bubbles: true }));
        await el.updateComplete;
        expect(el.matchCount, q).to.equal(0);
      }
    });
  });
});
