#!/usr/bin/env node
// The peers bench (issue 12): <news-player> beside video.js, media-chrome, Vidstack, Plyr and native
// <video preload="none"/"metadata">, in the same run, the same article shell and the same 20 s
// 640x360 clip (bench/peer-pages.mjs). For each player, in headless Chromium:
//
//   - gzip JS+CSS the page downloads before the click, one player;
//   - click → `playing` on a fresh page (cold cache), localhost and the bench's slow 4G link;
//   - CLS of one and of ten players: `layout-shift` entries without recent input, summed, from
//     navigation to load + the player's elements defined and set up + network idle + 1 s;
//   - the longest task from the click to `playing` + 1 s (`longtask` entries, ≥ 50 ms by definition).
//
// CLS on localhost is a race: when a player's script runs before the first paint nothing has
// moved yet, and that run counts 0 (results.json keeps every run, with the first paint and each
// shift's time). The slow 4G column is the case where the definition comes after the first paint.
//
// Run by bench/run.mjs (figure 7) or alone; prints a table and writes bench/peers-results.json.
//
//   node bench/peers.mjs [--runs 3] [--ten-runs 2] [--throttled-runs 2] [--quick] [--only news-player,plyr] [--shots DIR]
import { mkdtempSync, rmSync, writeFileSync, existsSync, mkdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChrome } from '../scripts/find-chrome.mjs';
import { recordNetwork } from './network.mjs';
import { buildPeerBundles, peerMounts, peerPages, peers } from './peer-pages.mjs';
import { startServer } from './server.mjs';
import { snapshotCdn } from './snapshot.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..');
const started = Date.now();

const flag = (name) => process.argv.includes(`--${name}`);
const arg = (name) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const QUICK = flag('quick');
const RUNS = Number(arg('runs') ?? (QUICK ? 2 : 3));
const TEN_RUNS = Number(arg('ten-runs') ?? (QUICK ? 1 : 2));
const THROTTLED_RUNS = Number(arg('throttled-runs') ?? (QUICK ? 1 : 2));
const SHOTS = arg('shots');

/** The same link as bench/run.mjs: Lighthouse's mobile "slow 4G", 150 ms RTT, 1.6 Mbit/s down. */
export const SLOW_4G = { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 };

const median = (xs) => {
  const s = xs.filter(Number.isFinite).sort((a, b) => a - b);
  if (!s.length) return NaN;
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const round = (x, d = 1) => (Number.isFinite(x) ? Number(x.toFixed(d)) : x);
const log = (...a) => console.error(`[peers ${((Date.now() - started) / 1000).toFixed(0).padStart(3)} s]`, ...a);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

const players = peers();
const only = arg('only')?.split(',');
const keys = Object.keys(players).filter((k) => !only || only.includes(k));

// ---- build and serve ------------------------------------------------------------------------

if (!existsSync(path.join(root, 'dist/cdn/news-player.js'))) {
  log('dist/ is missing: npm run build');
  const b = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
  if (b.status !== 0) process.exit(b.status ?? 1);
}
const cdn = await snapshotCdn(path.join(root, 'dist/cdn'));
const peersBuilt = mkdtempSync(path.join(os.tmpdir(), 'news-player-bench-peers-'));
process.on('exit', () => {
  rmSync(cdn, { recursive: true, force: true });
  rmSync(peersBuilt, { recursive: true, force: true });
});
await buildPeerBundles(peersBuilt, players);
const server = await startServer({ mounts: peerMounts({ cdn, peersBuilt }), pages: peerPages(players) });
const browser = await launchChrome();
const browserVersion = await browser.version();
const errors = [];
if (SHOTS) mkdirSync(SHOTS, { recursive: true });

/**
 * Installed before any script of the page: layout shifts and long tasks from navigation on, and
 * the first click and the first `playing` (capture on window sees every player's media events,
 * shadow roots aside: news-player re-dispatches `playing` on its host).
 */
const PROBE = `(() => {
  const b = (window.__peer = { shifts: [], longtasks: [], click: null, playing: null });
  new PerformanceObserver((list) => { for (const e of list.getEntries()) b.shifts.push({ value: e.value, recent: e.hadRecentInput, at: e.startTime }); })
    .observe({ type: 'layout-shift', buffered: true });
  new PerformanceObserver((list) => { for (const e of list.getEntries()) b.longtasks.push({ at: e.startTime, duration: e.duration }); })
    .observe({ type: 'longtask', buffered: true });
  addEventListener('click', (e) => { b.click ??= e.timeStamp; }, true);
  addEventListener('playing', () => { b.playing ??= performance.now(); }, true);
})();`;

/** CLS so far: shifts without recent input, summed. */
const cls = (page) => page.evaluate(() => window.__peer.shifts.filter((s) => !s.recent).reduce((n, s) => n + s.value, 0));

/**
 * One fresh page (new browser context, cold cache) of `key` with `n` players: CLS until load +
 * ready + network idle + 1 s, the JS+CSS before the click and, with `click`, the first player
 * clicked: click → playing and the longest task until playing + 1 s.
 */
async function run(key, n, { throttle, click } = {}) {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    await page.setViewport({ width: 1024, height: 768 });
    page.on('pageerror', (e) => errors.push(`${key}: ${e.message}`));
    const cdp = await page.createCDPSession();
    const net = await recordNetwork(cdp, errors);
    if (throttle) await cdp.send('Network.emulateNetworkConditions', throttle);
    await page.evaluateOnNewDocument(PROBE);
    await page.goto(`${server.origin}/peer-${key}-${n}.html`, { waitUntil: 'load', timeout: 60_000 });
    await page.waitForFunction(players[key].ready, { timeout: 30_000, polling: 50 }).catch(() => errors.push(`${key}: not ready within 30 s`));
    await page.waitForNetworkIdle({ idleTime: 300, timeout: 5000, concurrency: 2 }).catch(() => undefined);
    await sleep(1000);
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    const out = {
      cls: await cls(page),
      // When the shifts happened against the first paint, for reading a CLS figure (not in the table).
      paint: await page.evaluate(() => ({
        firstPaintMs: Math.round(performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN),
        shifts: window.__peer.shifts.filter((s) => !s.recent).map((s) => ({ atMs: Math.round(s.at), value: Number(s.value.toFixed(4)) })),
      })),
    };
    await net.settle();
    out.before = net.code('load');
    if (SHOTS && !throttle) await page.screenshot({ path: path.join(SHOTS, `${key}-${n}-before.png`) });
    if (!click) return out;
    net.phase = 'click';
    const box = await page.evaluate(() => {
      const el = document.querySelector('main h1 ~ :not(p)');
      const r = el.getBoundingClientRect();
      return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
    });
    await page.mouse.click(box.x, box.y);
    await page.waitForFunction(() => window.__peer.playing !== null, { timeout: 30_000 });
    await sleep(1000);
    const timing = await page.evaluate(() => {
      const b = window.__peer;
      // Tasks running at or after the click (the task that dispatches the click starts just before its timeStamp).
      const tasks = b.longtasks.filter((t) => t.at + t.duration >= b.click && t.at <= b.playing + 1000);
      return { playing: b.playing - b.click, longestTask: tasks.length ? Math.max(...tasks.map((t) => t.duration)) : 0, tasks: tasks.length };
    });
    if (SHOTS && !throttle) await page.screenshot({ path: path.join(SHOTS, `${key}-${n}-playing.png`) });
    return { ...out, ...timing };
  } finally {
    await context.close();
  }
}

log(`Chromium ${browserVersion}; ${keys.length} players; ${RUNS} runs (CLS 1 + click), ${TEN_RUNS} of CLS 10, ${THROTTLED_RUNS} throttled`);
const raw = Object.fromEntries(keys.map((k) => [k, { local: [], ten: [], slow: [] }]));
for (let r = 0; r < RUNS; r++) {
  // A different order each run, so drift in the machine's load is spread over the players.
  for (const key of keys.map((_, i) => keys[(i + r) % keys.length])) {
    raw[key].local.push(await run(key, 1, { click: true }));
    if (r < TEN_RUNS) raw[key].ten.push(await run(key, 10));
  }
}
log('localhost: done');
for (let r = 0; r < THROTTLED_RUNS; r++) {
  for (const key of keys.map((_, i) => keys[(i + r) % keys.length])) raw[key].slow.push(await run(key, 1, { throttle: SLOW_4G, click: true }));
}
log('slow 4G: done');
await browser.close();
await server.close();

const results = {};
for (const key of keys) {
  const { local, ten, slow } = raw[key];
  const pick = (runs, f) => round(median(runs.map(f)), 4);
  results[key] = {
    label: players[key].label,
    embedded: players[key].docs,
    beforeClickGzip: median(local.map((r) => r.before.gzip)),
    beforeClickFiles: local[0].before.files,
    clickToPlayingMs: { localhost: round(median(local.map((r) => r.playing))), slow4g: round(median(slow.map((r) => r.playing))), runs: local.map((r) => round(r.playing)), slowRuns: slow.map((r) => round(r.playing)) },
    cls: { one: pick(local, (r) => r.cls), ten: pick(ten, (r) => r.cls), oneSlow4g: pick(slow, (r) => r.cls), runs: { one: local.map((r) => round(r.cls, 4)), ten: ten.map((r) => round(r.cls, 4)), oneSlow4g: slow.map((r) => round(r.cls, 4)) }, paints: { one: local.map((r) => r.paint), ten: ten.map((r) => r.paint), oneSlow4g: slow.map((r) => r.paint) } },
    longestTaskAfterClickMs: { localhost: round(median(local.map((r) => r.longestTask))), slow4g: round(median(slow.map((r) => r.longestTask))), runs: local.map((r) => round(r.longestTask)) },
  };
}

const seconds = (Date.now() - started) / 1000;
const out = { date: new Date().toISOString(), browser: browserVersion, runs: RUNS, tenRuns: TEN_RUNS, throttledRuns: THROTTLED_RUNS, seconds: round(seconds, 0), media: '/bench/media/article-20s.mp4 (20 s, 640x360, 135 KB)', results, errors };
out.table = peersTable(out);
out.embedding = Object.values(results).map((v) => `- **${v.label}**: ${v.embedded}.`).join('\n');
writeFileSync(path.join(here, 'peers-results.json'), `${JSON.stringify(out, null, 2)}\n`);
console.log(`\n${out.table}\n`);
if (errors.length) console.log(`Warnings:\n${[...new Set(errors)].map((e) => `- ${e}`).join('\n')}\n`);
log(`written: bench/peers-results.json (${seconds.toFixed(0)} s)`);

/**
 * The peers table in markdown: one row per player, ratios against native preload="none" where
 * its figure is above zero (its bytes, CLS and long tasks are zero).
 */
export function peersTable({ results: r }) {
  const base = r['native-none'];
  const KB = (b) => `${(b / 1024).toFixed(1)} KB`;
  const MS = (x) => (Number.isFinite(x) ? `${Math.round(x)} ms` : '–');
  const ratio = (a, b) => (Number.isFinite(a) && b > 0 ? ` (${(a / b).toFixed(1)}×)` : '');
  const task = (x) => (x > 0 ? MS(x) : 'none ≥ 50 ms');
  const lines = [
    '| player | JS+CSS before click (gzip) | click → playing, localhost | click → playing, slow 4G | CLS, 1 player | CLS, 10 players | CLS, 1 player, slow 4G | longest task, click → playing + 1 s |',
    '|---|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const v of Object.values(r)) {
    lines.push(
      `| ${v.label} | ${KB(v.beforeClickGzip)} | ${MS(v.clickToPlayingMs.localhost)}${ratio(v.clickToPlayingMs.localhost, base?.clickToPlayingMs.localhost)} | ${MS(v.clickToPlayingMs.slow4g)}${ratio(v.clickToPlayingMs.slow4g, base?.clickToPlayingMs.slow4g)} | ${v.cls.one.toFixed(3)} | ${v.cls.ten.toFixed(3)} | ${v.cls.oneSlow4g.toFixed(3)} | ${task(v.longestTaskAfterClickMs.localhost)} |`,
    );
  }
  return lines.join('\n');
}
