// Strict Content-Security-Policy and Trusted Types, as news sites run them: each case is a frame
// whose `<meta http-equiv="Content-Security-Policy">` is the policy README's "Content Security
// Policy" section documents, loading the elements from this server.
import { fixture, html, expect, waitUntil } from '@open-wc/testing';
import type { NewsPlayer } from '../src/index.js';
import { MEDIA } from './support/helpers.js';

/** The README's strict policy for MP4/WebM. */
const STRICT = "default-src 'self'; script-src 'self'; style-src 'self'; media-src 'self'; img-src 'self'";
/** The README's strict policy for HLS/DASH: video.js's streaming engine plays through `blob:` URLs (MSE) and a `blob:` worker. */
const STRICT_STREAMS = "default-src 'self'; script-src 'self'; style-src 'self'; media-src 'self' blob:; worker-src blob:; img-src 'self'";
/** The README's Trusted Types directives, added to any policy. */
const TRUSTED_TYPES = "require-trusted-types-for 'script'; trusted-types news-player lit-html";

type Frame = Window & { violations: string[]; document: Document };

/** A frame under `policy` with `body`, once its elements are defined. */
async function frameWith(policy: string, body: string): Promise<Frame> {
  const iframe = await fixture<HTMLIFrameElement>(html`<iframe style="width:640px;height:480px;border:0"></iframe>`);
  const loaded = new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
  iframe.srcdoc = `<!doctype html><html lang="en"><head>
    <meta http-equiv="Content-Security-Policy" content="${policy}">
    <script type="module" src="/test/support/csp-page.ts"></script>
    </head><body>${body}</body></html>`;
  await loaded;
  const win = iframe.contentWindow as Frame;
  await waitUntil(() => win.customElements.get('news-player') && win.violations, 'the elements were defined in the frame', { timeout: 10000 });
  // The policy is in force: no eval under script-src 'self'; no string into a sink under Trusted Types.
  expect(() => win.eval('1'), 'script-src is enforced').to.throw();
  if (policy.includes('require-trusted-types-for')) {
    expect(() => (win.document.createElement('div').innerHTML = '<b>x</b>'), 'Trusted Types are enforced').to.throw();
  }
  // Those two probes are reported as violations a moment later: wait for them, then start clean.
  await waitUntil(() => win.violations.length >= (policy.includes('require-trusted-types-for') ? 2 : 1), 'the probes were reported');
  win.violations.length = 0;
  return win;
}

/** True once the frame's document has video.js's icon font loaded. */
const iconFontLoaded = (win: Frame) => [...win.document.fonts].some((f) => f.family === 'VideoJS' && f.status === 'loaded');

describe('Content-Security-Policy and Trusted Types', () => {
  it('plays MP4 under the strict policy with icons and no violation', async () => {
    const win = await frameWith(STRICT, `<news-player src="${MEDIA.mp4}" type="video/mp4" muted poster="${MEDIA.poster}"></news-player>`);
    const el = win.document.querySelector('news-player') as NewsPlayer;
    await el.play();
    expect(el.state).to.equal('playing');
    // It plays in a bare element first (no violation there either); video.js adopts it after.
    await waitUntil(() => el.player !== undefined, 'video.js adopted the element', { timeout: 10000 });
    await waitUntil(() => iconFontLoaded(win), 'the icon font loaded (a file, not a data: URL)', { timeout: 10000 });
    const play = el.shadowRoot!.querySelector('.vjs-play-control .vjs-icon-placeholder')!;
    expect(win.getComputedStyle(play, '::before').fontFamily).to.contain('VideoJS');
    expect(win.violations).to.deep.equal([]);
  });

  it('plays HLS under the strict policy for streams with no violation', async () => {
    const win = await frameWith(STRICT_STREAMS, `<news-player src="${MEDIA.hls}" muted></news-player>`);
    const el = win.document.querySelector('news-player') as NewsPlayer;
    await el.play();
    expect(el.state).to.equal('playing');
    expect(win.violations).to.deep.equal([]);
  });

  it('writes JSON-LD and plays under Trusted Types with the documented policy names', async () => {
    const win = await frameWith(`${STRICT}; ${TRUSTED_TYPES}`, `<news-player src="${MEDIA.webm}" type="video/webm" muted structured-data headline="Trusted" upload-date="2026-12-01"></news-player>`);
    const el = win.document.querySelector('news-player') as NewsPlayer;
    await waitUntil(() => el.querySelector('script[data-news-player]')?.textContent, 'JSON-LD was written', { timeout: 10000 });
    const data = JSON.parse(el.querySelector('script[data-news-player]')!.textContent!) as { name: string };
    expect(data.name).to.equal('Trusted');
    await el.play();
    expect(el.state).to.equal('playing');
    expect(win.violations).to.deep.equal([]);
  });

  it("shows captions under Trusted Types with the browser's own renderer (the documented option)", async () => {
    const options = JSON.stringify({ html5: { nativeTextTracks: true } }).replace(/"/g, '&quot;');
    const win = await frameWith(`${STRICT}; ${TRUSTED_TYPES}`, `<news-player src="${MEDIA.webm}" type="video/webm" muted captions="on" options="${options}">
      <track kind="captions" src="${MEDIA.captions}" srclang="en" label="English" default>
    </news-player>`);
    const el = win.document.querySelector('news-player') as NewsPlayer;
    await el.play();
    const video = el.shadowRoot!.querySelector('video')!;
    await waitUntil(() => [...video.textTracks].some((t) => t.mode === 'showing' && (t.activeCues?.length ?? 0) > 0), 'a caption is showing', { timeout: 10000 });
    expect(win.violations).to.deep.equal([]);
  });

  it('decodes character references in a transcript through our policy under Trusted Types, with no violation', async () => {
    const win = await frameWith(`${STRICT}; ${TRUSTED_TYPES}`, `<news-transcript src="/test/cue-fixtures/references.vtt"></news-transcript>`);
    const el = win.document.querySelector('news-transcript')!;
    const text = () => el.shadowRoot?.querySelector('[part="text"]')?.textContent;
    await waitUntil(() => text(), 'the transcript rendered', { timeout: 10000 });
    expect(text()).to.equal('\u00a9 2026 Caf\u00e9 & Co \u00acit; \u2013');
    expect(el.cues[0].voice).to.equal('Ren\u00e9');
    expect(win.violations).to.deep.equal([]);
  });

  it('still decodes the common references when the page does not allow our policy name, with no violation', async () => {
    const win = await frameWith(`${STRICT}; require-trusted-types-for 'script'; trusted-types lit-html`, `<news-transcript src="/test/cue-fixtures/references.vtt"></news-transcript>`);
    const el = win.document.querySelector('news-transcript')!;
    const text = () => el.shadowRoot?.querySelector('[part="text"]')?.textContent;
    await waitUntil(() => text(), 'the transcript rendered', { timeout: 10000 });
    // The small table: "&amp" without ";" decodes, names it lacks stay as they are.
    expect(text()).to.equal('&copy 2026 Caf&eacute & Co &notit; \u2013');
    // The refused policy name may be reported (`trusted-types`); no string reached a sink (`require-trusted-types-for`).
    expect(win.violations.filter((v) => !v.startsWith('trusted-types '))).to.deep.equal([]);
  });
});
