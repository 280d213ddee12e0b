#!/usr/bin/env node
// Quick measure of issue 12 (play first, dress after), apart from the full bench: click → `playing`
// on a fresh page (cold cache, nothing of video.js loaded) for news-player (the CDN build) against
// native `<video preload="none">`, on localhost and with Lighthouse's slow 4G (150 ms RTT,
// 1.6 Mbit/s down); and the longest task after the click (a `longtask` PerformanceObserver),
// until video.js has adopted the element and settled. Pages and server are the bench's own.
//
//   npm run build && node scripts/click-to-playing.mjs [--runs 7] [--slow-runs 5]
import { openClickPage, startClickPages } from '../bench/click-pages.mjs';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const RUNS = arg('runs', 7);
const SLOW_RUNS = arg('slow-runs', 5);
const SLOW_4G = { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 };
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

const { server, browser, close } = await startClickPages();

/** One fresh page: clicks the first player, returns ms from the click to `playing` and the longest task after the click. */
async function run(url, id, throttle) {
  const { context, page, centre } = await openClickPage(browser, server, url, id, throttle);
  try {
    await page.mouse.click(centre.x, centre.y);
    await page.waitForFunction((id) => id in window.__bench.playing, { timeout: 30_000 }, id);
    // Until video.js has adopted the element (news-player), then a while for what it builds later.
    await page.waitForFunction((id) => document.getElementById(id).localName !== 'news-player' || document.getElementById(id).player, { timeout: 30_000 }, id);
    await sleep(1500);
    return await page.evaluate((id) => {
      const click = window.__bench.clicks[0];
      const after = window.__tasks.filter((t) => t.start >= click - 1);
      const el = document.getElementById(id);
      return {
        playing: window.__bench.playing[id] - click,
        longest: after.length ? Math.max(...after.map((t) => t.duration)) : 0,
        tasks: after.map((t) => `${Math.round(t.start - click)}:${Math.round(t.duration)}`).join(' '),
        state: el.getAttribute('state') ?? (el.paused ? 'paused' : 'playing'),
      };
    }, id);
  } finally {
    await context.close();
  }
}

const variants = [
  ['news-player, localhost', '/click-news-player-mp4.html', 'p0', undefined, RUNS],
  ['native preload=none, localhost', '/click-native-none.html', 'v0', undefined, RUNS],
  ['news-player, slow 4G', '/click-news-player-mp4.html', 'p0', SLOW_4G, SLOW_RUNS],
  ['native preload=none, slow 4G', '/click-native-none.html', 'v0', SLOW_4G, SLOW_RUNS],
];
const results = {};
const most = Math.max(...variants.map((v) => v[4]));
for (let i = 0; i < most; i++) {
  // Interleaved, so drift in the shared machine's load falls on every variant alike.
  for (const [name, url, id, throttle, n] of variants) {
    if (i >= n) continue;
    (results[name] ??= []).push(await run(url, id, throttle));
  }
}
await close();
for (const [name, runs] of Object.entries(results)) {
  const p = runs.map((r) => r.playing);
  const t = runs.map((r) => r.longest);
  console.log(`${name}: click → playing median ${median(p).toFixed(0)} ms [${p.map((x) => x.toFixed(0)).join(', ')}]; longest task after the click median ${median(t).toFixed(0)} ms [${t.map((x) => x.toFixed(0)).join(', ')}]`);
  if (process.argv.includes('--tasks')) for (const r of runs) console.log(`   tasks (ms after click:duration) ${r.tasks} (${r.state})`);
}
for (const where of ['localhost', 'slow 4G']) {
  const ours = median(results[`news-player, ${where}`].map((r) => r.playing));
  const native = median(results[`native preload=none, ${where}`].map((r) => r.playing));
  console.log(`${where}: ${(ours / native).toFixed(2)}× native preload=none (goal ≤ 1.2×)`);
}
