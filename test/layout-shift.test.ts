// No layout shift: with the README's stylesheet first (src/news-player.css, shipped as
// news-player/news-player.css), a player has its box before its module defines it, and the same
// box in every state, audio included. Each case is a frame: the elements must not be defined yet
// when the page first lays out.
import { fixture, html, expect, waitUntil } from '@open-wc/testing';
import type { NewsPlayer } from '../src/index.js';
import { MEDIA } from './support/helpers.js';

type Frame = Window & { shifts: number[] };

/** A frame with the box stylesheet and `body`; the elements are defined only when `define()` is called. */
async function frameWith(body: string): Promise<{ win: Frame; define(): Promise<void> }> {
  const iframe = await fixture<HTMLIFrameElement>(html`<iframe style="width:700px;height:900px;border:0"></iframe>`);
  const loaded = new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
  iframe.srcdoc = `<!doctype html><html lang="en"><head>
    <link rel="stylesheet" href="/src/news-player.css">
    <script>
      window.shifts = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) if (!e.hadRecentInput) window.shifts.push(e.value);
      }).observe({ type: 'layout-shift', buffered: true });
    </script>
    <style>body { margin: 0; font: 18px/1.6 Georgia, serif; } main { width: 640px; margin: 0 auto; }</style>
    </head><body><main><h1>An article</h1><p>Before the players.</p>${body}<p id="after">After the players.</p></main></body></html>`;
  await loaded;
  const win = iframe.contentWindow as Frame;
  await waitUntil(() => win.document.styleSheets.length >= 2, 'the box stylesheet loaded');
  return {
    win,
    async define() {
      const script = win.document.createElement('script');
      script.type = 'module';
      script.textContent = "import '/src/index.ts';";
      win.document.head.append(script);
      await waitUntil(() => win.customElements.get('news-player'), 'the elements were defined in the frame', { timeout: 10000 });
      for (const el of win.document.querySelectorAll<NewsPlayer>('news-player')) await el.updateComplete;
      await new Promise((r) => win.requestAnimationFrame(() => win.requestAnimationFrame(r)));
    },
  };
}

const top = (win: Frame, selector: string) => win.document.querySelector(selector)!.getBoundingClientRect().top;
const height = (el: Element) => el.getBoundingClientRect().height;
const cls = (win: Frame) => win.shifts.reduce((a, b) => a + b, 0);

describe('no layout shift', () => {
  it('a video and an audio player keep their boxes from before definition through playing', async () => {
    const { win, define } = await frameWith(
      `<news-player id="v" src="${MEDIA.mp4}" headline="A video" duration="0:06" muted></news-player>
       <news-player id="a" audio src="${MEDIA.m4a}" headline="An audio clip" duration="0:06" muted></news-player>`,
    );
    const [video, audio] = [...win.document.querySelectorAll<NewsPlayer>('news-player')];
    expect(win.customElements.get('news-player'), 'not defined yet').to.equal(undefined);
    const before = { after: top(win, '#after'), video: height(video), audio: height(audio) };
    expect(before.video).to.be.closeTo(360, 0.5);
    expect(before.audio).to.be.closeTo(72, 0.5);

    await define();
    expect(video.shadowRoot?.querySelector('[part="poster-card"]'), 'rendered').to.exist;
    expect(height(video)).to.be.closeTo(before.video, 0.5);
    expect(height(audio)).to.be.closeTo(before.audio, 0.5);
    expect(top(win, '#after')).to.be.closeTo(before.after, 0.5);

    // Playing: the same boxes (the audio layout keeps its headline and length above the bar).
    await video.play();
    await audio.play();
    await waitUntil(() => audio.state === 'playing' || audio.state === 'ended', `audio ${audio.state}`, { timeout: 10000 });
    expect(height(video)).to.be.closeTo(before.video, 0.5);
    expect(height(audio)).to.be.closeTo(before.audio, 0.5);
    expect(top(win, '#after')).to.be.closeTo(before.after, 0.5);
    const title = audio.shadowRoot!.querySelector('[part="audio-title"]')!;
    expect(title.textContent).to.contain('An audio clip');
    expect(title.textContent).to.match(/0:06/);
    expect(height(title), 'the headline row has room').to.be.greaterThan(20);
    // The page never moved; inside the players, video.js's control bar settles its buttons once
    // the tracks arrive (about 0.001): CLS 0.00.
    expect(cls(win)).to.be.below(0.005);
  });

  it('the unavailable state keeps the box', async () => {
    const { win, define } = await frameWith(`<news-player src="/faults/status/404" headline="Gone" muted></news-player>`);
    await define();
    const el = win.document.querySelector<NewsPlayer>('news-player')!;
    const box = height(el);
    await el.play().catch(() => undefined);
    await waitUntil(() => el.state === 'unavailable', `state ${el.state}`, { timeout: 10000 });
    expect(height(el)).to.be.closeTo(box, 0.5);
    expect(cls(win)).to.be.below(0.005);
  });
});
