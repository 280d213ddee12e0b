// The CDN build as a reader gets it: dist/cdn/news-player.js (minified, literals included) loaded
// by a plain article page in headless Chromium, served on 127.0.0.1 with byte ranges for the
// media. The browser tests run against src/; this is the one test of the shipped file in a browser.
// One page for the whole file, so the checks run in order: before any interaction, the text
// elements, a click on the poster card, a click on the timestamp. About 5 s.
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, rmSync } from 'node:fs';
import { findChrome, launchChrome } from '../../scripts/find-chrome.mjs';
import { startServer } from '../../bench/server.mjs';
import { snapshotCdn } from '../../bench/snapshot.mjs';
import { rel, requireBuild } from './helpers.mjs';

/** Generous: a loaded 2-core machine; nothing here asserts on time. */
const WAIT = { timeout: 30_000, polling: 50 };

const HEADLINE = 'Markets close higher as the weather turns colder';
const BEFORE = 'The forecaster explains the cold weekend';
const AFTER = 'in the clip above.';
const TIMESTAMP_SECONDS = 3;

const PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<title>CDN build</title>
<script type="module" src="/cdn/news-player.js"></script>
<style>body { margin: 0; font: 16px/1.5 sans-serif; } main { width: 640px; margin: 16px; }</style>
</head>
<body>
<main>
  <news-player id="clip" src="/test/media/clip.mp4" headline="${HEADLINE}" duration="0:06" poster="/test/media/poster.jpg" muted>
    <track kind="chapters" src="/test/media/chapters.vtt">
  </news-player>
  <p id="sentence">${BEFORE} <news-timestamp for="clip" time="${TIMESTAMP_SECONDS}"></news-timestamp> ${AFTER}</p>
  <news-transcript for="clip" src="/test/media/captions.vtt"></news-transcript>
</main>
</body>
</html>
`;

/** A page that already runs video.js from a `<script>` tag, then news-player from the CDN. */
const PAGE_WITH_VIDEOJS = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<link rel="icon" href="data:,">
<title>CDN build beside the page's video.js</title>
<link rel="stylesheet" href="/vjs/video-js.min.css">
<script src="/vjs/video.min.js"></script>
<script type="module" src="/cdn/news-player.js"></script>
</head>
<body>
<news-player src="/test/media/clip.mp4" headline="${HEADLINE}" muted options='{ "playbackRates": [1, 2] }'></news-player>
<div id="site"></div>
</body>
</html>
`;

/** The cues of a WebVTT file: their text without markup, one string per cue. */
function vttCues(file) {
  const blocks = readFileSync(file, 'utf8').replace(/\r\n?/g, '\n').split(/\n{2,}/);
  return blocks
    .filter((b) => b.includes('-->'))
    .map((b) => {
      const lines = b.split('\n');
      const timing = lines.findIndex((l) => l.includes('-->'));
      return lines.slice(timing + 1).join(' ').replace(/<[^>]*>/g, '').trim();
    });
}

/** The documented default of a custom property, from the class's JSDoc (`@cssproperty [--x=value]`). */
function documentedDefault(file, name) {
  const match = new RegExp(`@cssproperty \\[${name}=([^\\]]+)\\]`).exec(readFileSync(rel(file), 'utf8'));
  assert.ok(match, `${file} documents ${name} with a default`);
  return match[1].trim();
}

/** `#c8102e` or `#c12` as Chromium's computed `rgb(r, g, b)`. */
function hexToRgb(hex) {
  let h = hex.replace(/^#/, '');
  if (h.length === 3) h = [...h].map((c) => c + c).join('');
  assert.match(h, /^[0-9a-f]{6}$/i, `${hex} is a hex colour`);
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(h.slice(i, i + 2), 16));
  return `rgb(${r}, ${g}, ${b})`;
}

/** The parts of the CDN build that belong to video.js and only load with the player. */
const VIDEOJS_CHUNK = /^\/cdn\/chunks\/(videojs-|news-player\.engine-)/;

let cdn;
let server;
let browser;
let page;
/** Every request of the page: `{ path, phase }`, `phase` being the step it was made in. */
const requests = [];
let phase = 'load';
/** Console errors and uncaught errors (page errors), with where they came from. */
const errors = [];
let reported = 0;
/** The errors since the last call, so each test answers for its own steps. */
function newErrors() {
  const fresh = errors.slice(reported);
  reported = errors.length;
  return fresh;
}

/** `page.waitForFunction`, failing with what was awaited rather than a bare timeout. */
async function until(what, fn, ...args) {
  try {
    await page.waitForFunction(fn, WAIT, ...args);
  } catch (error) {
    const state = await page.evaluate(() => document.querySelector('news-player')?.state).catch(() => '?');
    throw new Error(`${what}: not within ${WAIT.timeout / 1000} s (player state ${state}; errors: ${errors.join(' | ') || 'none'}): ${error.message}`);
  }
}

const paths = (when) => requests.filter((r) => !when || r.phase === when).map((r) => r.path);

/**
 * Builds the page once, for the first test that asks. Each test awaits it, so that without a build
 * or a Chromium every test fails with the reason (a failed `before` would only cancel them).
 */
let ready;
const open = () => (ready ??= start());

async function start() {
  requireBuild();
  // No skip: without Chromium this fails with findChrome's reason (as the story and consumer tests do).
  try {
    findChrome();
  } catch (error) {
    throw new Error(`cannot load the CDN build in a browser: ${error.message}`);
  }
  // A copy: another `npm run build` may rewrite dist/ while this runs.
  cdn = await snapshotCdn(rel('dist/cdn'));
  server = await startServer({
    mounts: { '/cdn/': cdn, '/test/media/': rel('test/media'), '/vjs/': rel('node_modules/video.js/dist') },
    pages: new Map([['/article.html', PAGE], ['/with-videojs.html', PAGE_WITH_VIDEOJS]]),
  });
  browser = await launchChrome();
  page = await browser.newPage();
  await page.setViewport({ width: 800, height: 900 });
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (url.origin === server.origin) requests.push({ path: url.pathname, phase });
  });
  page.on('pageerror', (e) => errors.push(`uncaught: ${String(e?.message ?? e).split('\n')[0]}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text().split('\n')[0]} (${m.location()?.url ?? ''})`);
  });
  page.on('requestfailed', (r) => {
    const reason = r.failure()?.errorText ?? '';
    // Chromium cancels its own media range requests when it seeks or has enough: not a failure.
    if (reason === 'net::ERR_ABORTED' && new URL(r.url()).pathname.startsWith('/test/media/')) return;
    errors.push(`request failed: ${r.url()} ${reason}`);
  });
  await page.goto(`${server.origin}/article.html`, { waitUntil: 'load', timeout: 60_000 });
  // Defined and rendered: the card in the player, the link in the timestamp.
  await until(
    'the three elements defined, the poster card and the timestamp link rendered',
    () =>
      ['news-player', 'news-timestamp', 'news-transcript'].every((t) => customElements.get(t)) &&
      document.querySelector('news-player')?.shadowRoot?.querySelector('[part="poster-card"]') &&
      document.querySelector('news-timestamp')?.shadowRoot?.querySelector('a'),
  );
}

describe('CDN build in Chromium (dist/cdn/news-player.js)', () => {
  after(async () => {
    await browser?.close().catch(() => undefined);
    await server?.close();
    if (cdn) rmSync(cdn, { recursive: true, force: true });
  });

  test('before any interaction: idle, a styled poster card with its headline, no video.js loaded', async () => {
    await open();
    // Let the poster image and the chapters file land before reading errors.
    await until('the poster image loaded', () => {
      const img = document.querySelector('news-player').shadowRoot.querySelector('[part="poster"]');
      return img?.complete && img.naturalWidth > 0;
    });
    await until('the chapters read', () => document.querySelector('news-player').chapters?.length > 0);
    const accent = hexToRgb(documentedDefault('src/components/news-player/news-player.component.ts', '--news-player-accent'));

    const seen = await page.evaluate(() => {
      const player = document.querySelector('news-player');
      const root = player.shadowRoot;
      const card = root.querySelector('[part="poster-card"]');
      const icon = root.querySelector('[part="play-icon"]');
      const headline = root.querySelector('[part="headline"]');
      const box = (el) => {
        const r = el.getBoundingClientRect();
        return { x: r.x, y: r.y, width: r.width, height: r.height };
      };
      const cardBox = box(card);
      // What a reader's pointer would hit at the card's centre (through the shadow root).
      const hit = root.elementFromPoint(cardBox.x + cardBox.width / 2, cardBox.y + cardBox.height / 2);
      return {
        state: player.state,
        stateAttr: player.getAttribute('state'),
        card: cardBox,
        cardVisible: card.checkVisibility({ opacityProperty: true, visibilityProperty: true }),
        cardPosition: getComputedStyle(card).position,
        hitInCard: Boolean(hit && card.contains(hit)),
        iconBackground: getComputedStyle(icon).backgroundColor,
        icon: box(icon),
        iconRadius: getComputedStyle(icon).borderRadius,
        headline: headline?.textContent.trim(),
        headlineBox: headline ? box(headline) : undefined,
        headlineWeight: headline ? getComputedStyle(headline).fontWeight : undefined,
        chapters: player.chapters.map((c) => c.title),
        videojs: typeof window.videojs,
        vjsInShadow: root.querySelector('.video-js') !== null,
      };
    });

    assert.deepEqual(newErrors(), [], 'no console error or uncaught error on load');
    assert.equal(seen.state, 'idle');
    assert.equal(seen.stateAttr, 'idle', 'state is reflected');
    // Visible, a real size, 16:9 of its width (the page gives it 640 px).
    assert.ok(seen.cardVisible, 'the poster card is visible');
    assert.equal(seen.cardPosition, 'absolute', "the card has the component's styles");
    assert.ok(seen.card.width > 300, `card width ${seen.card.width}`);
    assert.ok(Math.abs(seen.card.height - (seen.card.width * 9) / 16) <= 2, `card ${seen.card.width}×${seen.card.height} is 16:9`);
    assert.ok(seen.hitInCard, 'the centre of the card is the card (nothing covers it)');
    // The big play button: the documented accent, round, a real size.
    assert.equal(seen.iconBackground, accent, `play icon background is the documented --news-player-accent`);
    assert.ok(seen.icon.width > 20 && Math.abs(seen.icon.width - seen.icon.height) < 1, `play icon ${seen.icon.width}×${seen.icon.height}`);
    assert.equal(seen.iconRadius, '50%');
    assert.equal(seen.headline, HEADLINE, 'the headline is on the card');
    assert.ok(seen.headlineBox.width > 0 && seen.headlineBox.height > 0, 'the headline has a size');
    assert.equal(seen.headlineWeight, '700');
    assert.deepEqual(seen.chapters, vttCues(rel('test/media/chapters.vtt')), 'chapters read without video.js');
    // Nothing of video.js before the reader asks for it.
    assert.equal(seen.videojs, 'undefined');
    assert.equal(seen.vjsInShadow, false);
    const early = paths().filter((p) => VIDEOJS_CHUNK.test(p));
    assert.deepEqual(early, [], 'no video.js chunk requested before interaction');
    assert.ok(paths().includes('/cdn/news-player.js'));
    assert.ok(!paths().includes('/test/media/clip.mp4'), 'no media requested before interaction');
  });

  test('the timestamp reads as part of its sentence; the transcript shows every cue', async () => {
    await open();
    const cues = vttCues(rel('test/media/captions.vtt'));
    const label = `0:${String(TIMESTAMP_SECONDS).padStart(2, '0')}`;
    await until(
      `the transcript rendering ${cues.length} cues`,
      (n) => document.querySelector('news-transcript').shadowRoot?.querySelectorAll('[part~="cue"]').length === n,
      cues.length,
    );
    const seen = await page.evaluate(() => {
      const p = document.getElementById('sentence');
      const stamp = p.querySelector('news-timestamp');
      const link = stamp.shadowRoot.querySelector('a');
      const time = stamp.shadowRoot.querySelector('[part="time"]');
      // The sentence as laid out: the text nodes around the element and the element's own box.
      const textBox = (node) => {
        const range = document.createRange();
        range.selectNodeContents(node);
        const rects = [...range.getClientRects()];
        return rects.at(node === stamp.previousSibling ? -1 : 0);
      };
      const before = textBox(stamp.previousSibling);
      const after = textBox(stamp.nextSibling);
      const own = link.getBoundingClientRect();
      const transcript = document.querySelector('news-transcript').shadowRoot;
      return {
        beforeText: stamp.previousSibling.textContent,
        afterText: stamp.nextSibling.textContent,
        time: time?.textContent,
        linkText: link.textContent.replace(/\s+/g, ' ').trim(),
        linkName: link.getAttribute('aria-label'),
        href: link.href,
        display: getComputedStyle(stamp).display,
        underline: getComputedStyle(time).textDecorationLine,
        before: { right: before.right, top: before.top, bottom: before.bottom },
        own: { left: own.left, right: own.right, top: own.top, bottom: own.bottom, width: own.width },
        after: { left: after.left, top: after.top, bottom: after.bottom },
        paragraphHeight: p.getBoundingClientRect().height,
        lineHeight: parseFloat(getComputedStyle(p).lineHeight),
        cueTexts: [...transcript.querySelectorAll('[part~="cue"] [part="text"]')].map((e) => e.textContent.replace(/\s+/g, ' ').trim()),
        cueTimes: [...transcript.querySelectorAll('[part~="cue"] [part="time"]')].map((e) => e.textContent.trim()),
        transcriptHeight: transcript.querySelector('[part~="cue"]')?.getBoundingClientRect().height ?? 0,
      };
    });

    assert.equal(seen.time, label, 'the timestamp shows its time');
    assert.match(seen.linkText, new RegExp(`${label}$`), `the link reads "${seen.linkText}"`);
    assert.match(seen.href, /#t=clip:3$/, 'the link is a deep link to the moment');
    assert.equal(seen.display, 'inline', 'the timestamp flows inside its sentence');
    assert.equal(seen.underline, 'underline', "the timestamp's styles apply");
    // "…weekend 0:03 in the clip…": spaces on both sides in the text, gaps on both sides on screen, one line.
    assert.ok(seen.beforeText.endsWith(`${BEFORE} `), `text before: ${JSON.stringify(seen.beforeText)}`);
    assert.ok(seen.afterText.startsWith(` ${AFTER}`), `text after: ${JSON.stringify(seen.afterText)}`);
    assert.ok(seen.own.width > 0, 'the link has a size');
    assert.ok(seen.before.right <= seen.own.left && seen.own.right <= seen.after.left, `laid out in order: ${JSON.stringify(seen)}`);
    assert.ok(seen.paragraphHeight < seen.lineHeight * 1.5, 'the sentence stays on one line');
    // Every cue of the file, in order, its words intact.
    assert.equal(seen.cueTexts.length, cues.length, 'one row per cue of captions.vtt');
    assert.deepEqual(seen.cueTexts, cues);
    assert.deepEqual(seen.cueTimes, cues.map((_, i) => `0:0${i}`));
    assert.ok(seen.transcriptHeight > 0, 'the rows have a size');
    assert.deepEqual(newErrors(), [], 'no console error or uncaught error');
  });

  test('a real click on the card plays, with video.js controls and styles in the shadow root', async () => {
    await open();
    phase = 'play';
    const card = await page.evaluate(() => {
      const r = document.querySelector('news-player').shadowRoot.querySelector('[part="poster-card"]').getBoundingClientRect();
      return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
    });
    await page.mouse.click(card.x, card.y);
    await until('state playing after the click', () => document.querySelector('news-player').state === 'playing');
    // video.js fades its controls out 2 s after the pointer last moved while playing: move it
    // over the player (again, should a loaded machine be slow to look) until the bar shows.
    const barShown = () => {
      const bar = document.querySelector('news-player').shadowRoot.querySelector('.vjs-control-bar');
      return Boolean(bar && bar.getBoundingClientRect().height > 0 && bar.checkVisibility({ opacityProperty: true, visibilityProperty: true }));
    };
    for (let i = 0; i < 10; i++) {
      await page.mouse.move(card.x + (i % 2 ? 20 : -20), card.y + 10);
      const shown = await page.waitForFunction(barShown, { timeout: 3_000, polling: 50 }).then(() => true, () => false);
      if (shown) break;
    }
    const seen = await page.evaluate(() => {
      const root = document.querySelector('news-player').shadowRoot;
      const vjs = root.querySelector('.video-js');
      const bar = root.querySelector('.vjs-control-bar');
      const play = root.querySelector('.vjs-play-control');
      const video = root.querySelector('video');
      const r = bar?.getBoundingClientRect() ?? { width: 0, height: 0 };
      return {
        vjsPosition: vjs ? getComputedStyle(vjs).position : '(no .video-js)',
        vjsBox: vjs?.getBoundingClientRect().height ?? 0,
        barDisplay: bar ? getComputedStyle(bar).display : '(no .vjs-control-bar)',
        barVisible: bar ? bar.checkVisibility({ opacityProperty: true, visibilityProperty: true }) : false,
        bar: { width: r.width, height: r.height },
        playCursor: play ? getComputedStyle(play).cursor : undefined,
        techPosition: video ? getComputedStyle(video).position : undefined,
        card: root.querySelector('[part="poster-card"]') !== null,
      };
    });
    assert.ok(['relative', 'absolute'].includes(seen.vjsPosition), `.video-js is position: ${seen.vjsPosition} (video.js's CSS applied)`);
    assert.ok(seen.vjsBox > 0, 'the player has a height');
    assert.equal(seen.barDisplay, 'flex', "video.js's control bar CSS applied");
    assert.ok(seen.barVisible, 'the control bar is visible');
    assert.ok(seen.bar.width > 0 && seen.bar.height > 0, `control bar ${seen.bar.width}×${seen.bar.height}`);
    assert.equal(seen.playCursor, 'pointer');
    assert.equal(seen.techPosition, 'absolute', "video.js's .vjs-tech CSS applied");
    assert.equal(seen.card, false, 'the poster card is gone');
    // The lazy chunks came with the click, and the media with byte ranges.
    const lazy = paths('play').filter((p) => VIDEOJS_CHUNK.test(p));
    assert.ok(lazy.some((p) => p.startsWith('/cdn/chunks/videojs-core-') || p.startsWith('/cdn/chunks/videojs-full-')), `video.js fetched: ${lazy.join(', ')}`);
    assert.ok(lazy.some((p) => p.startsWith('/cdn/chunks/videojs-styles-')), `video.js styles fetched: ${lazy.join(', ')}`);
    assert.ok(paths('play').includes('/test/media/clip.mp4'), 'the media was fetched');
    assert.deepEqual(newErrors(), [], 'no console error or uncaught error while loading and playing');
  });

  test("beside the page's own video.js (a <script> tag): that one makes the player, no second copy, the page's players untouched", async () => {
    await open();
    const other = await browser.newPage();
    const fetched = [];
    other.on('request', (r) => fetched.push(new URL(r.url()).pathname));
    try {
      await other.goto(`${server.origin}/with-videojs.html`, { waitUntil: 'load', timeout: 60_000 });
      await other.waitForFunction(() => customElements.get('news-player') && document.querySelector('news-player').shadowRoot?.querySelector('[part="poster-card"]'), WAIT);
      await other.evaluate(() => document.querySelector('news-player').play());
      const seen = await other.evaluate(() => {
        const el = document.querySelector('news-player');
        const site = window.videojs(Object.assign(document.createElement('video-js'), { id: 'site-player' }), { width: 400, height: 300 });
        document.querySelector('#site').append(site.el());
        const box = site.el().getBoundingClientRect();
        return {
          state: el.state,
          pagePlayer: el.player instanceof window.videojs.getComponent('Player'),
          rates: el.player.playbackRates(),
          flag: window.VIDEOJS_NO_DYNAMIC_STYLE ?? null,
          site: [Math.round(box.width), Math.round(box.height)],
        };
      });
      assert.equal(seen.state, 'playing');
      assert.ok(seen.pagePlayer, "el.player is a Player of the page's video.js");
      assert.deepEqual(seen.rates, [1, 2], 'the options attribute reached video.js');
      assert.equal(seen.flag, null, 'VIDEOJS_NO_DYNAMIC_STYLE is left as the page had it');
      assert.deepEqual(seen.site, [400, 300], "a player the page creates afterwards keeps its size");
      const own = fetched.filter((p) => /^\/cdn\/chunks\/videojs-(core|full)-/.test(p));
      assert.deepEqual(own, [], 'the CDN build fetched no video.js of its own');
    } finally {
      await other.close();
    }
  });

  test('a real click on the timestamp seeks the player to its time', async () => {
    await open();
    phase = 'seek';
    // Back to the start first, so reaching 3 s can only be the timestamp's doing.
    await page.evaluate(async () => {
      const player = document.querySelector('news-player');
      player.pause();
      const seeked = new Promise((resolve) => player.addEventListener('seeked', resolve, { once: true }));
      player.currentTime = 0;
      await seeked;
      window.__seeks = [];
      player.addEventListener('seeked', () => window.__seeks.push(player.currentTime));
    });
    const link = await page.evaluate(() => {
      const a = document.querySelector('news-timestamp').shadowRoot.querySelector('a');
      a.scrollIntoView({ block: 'center' });
      const r = a.getBoundingClientRect();
      return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
    });
    await page.mouse.click(link.x, link.y);
    await until('a seek after the click on the timestamp', () => window.__seeks.length > 0);
    await until('state playing after the seek', () => document.querySelector('news-player').state === 'playing');
    const seen = await page.evaluate(() => ({ seeks: window.__seeks, url: location.href, time: document.querySelector('news-player').currentTime }));
    assert.ok(
      Math.abs(seen.seeks[0] - TIMESTAMP_SECONDS) < 0.5,
      `the player seeked to ${seen.seeks[0]} s (want ${TIMESTAMP_SECONDS})`,
    );
    assert.ok(seen.time >= TIMESTAMP_SECONDS - 0.5, `and plays on from there (${seen.time} s)`);
    assert.ok(!seen.url.includes('#'), 'the click played the clip instead of following the link');
    assert.deepEqual(newErrors(), [], 'no console error or uncaught error while seeking');
  });
});
