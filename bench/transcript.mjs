#!/usr/bin/env node
// Benchmark of <news-transcript> with 10,000 cues, in headless Chromium:
//   1. first render: from setting `src` to the transcript shown and laid out (fetch of a Blob
//      URL, parsing, Lit render of the first blocks, style and layout), median of several runs;
//      also the time until every cue is in the DOM (the other blocks render in short tasks after it) and
//      the long tasks (over 50 ms) on the way there;
//   2. per-update sync cost: one time update plus the style and layout work it causes, median
//      and p95 over 1,000 updates, both as in playback (4 updates a second from 0:00) and as
//      seeks spread across the clip (every update moves the active cue far away); also with word
//      timing (cues whose ten words carry inline timestamps, so most updates move the active word),
//      against the plain cues of the same run.
// Baselines in the same run: the same component laying out every cue (no `content-visibility`),
// and a naive Lit list (no blocks, so no skipped layout either) that re-renders every row on each
// update. Prints a markdown table and writes bench/transcript-results.json.
//
//   node bench/transcript.mjs [--cues 10000] [--runs 7] [--updates 1000]
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChrome } from '../scripts/find-chrome.mjs';
import { serveTranscriptPage } from './transcript-serve.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));

function option(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
}
const CUES = option('cues', 10_000);
const RUNS = option('runs', 7);
const UPDATES = option('updates', 1000);

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const percentile = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
};
const round = (x, digits = 2) => Number(x.toFixed(digits));

const server = await serveTranscriptPage('news-transcript-bench-');
const url = `${server.origin}/`;

const browser = await launchChrome();
try {
  const page = await browser.newPage();
  await page.setViewport({ width: 1024, height: 768 });
  page.on('pageerror', (e) => console.error('page error:', e.message));
  await page.goto(url);
  await page.waitForFunction(() => document.title === 'ready');
  const version = await browser.version();
  if (!(await page.evaluate(() => crossOriginIsolated))) console.warn('warning: not cross-origin isolated, timer steps are 100 µs');

  const VARIANTS = [
    ['news-transcript', 'news-transcript (as shipped: blocks of 25 cues, rendered near the view first and the rest in short tasks after it; content-visibility: auto)'],
    ['full-layout-transcript', 'same, every cue laid out (no content-visibility)'],
    ['naive-transcript', 'baseline: naive Lit list, full re-render per update'],
    ['words-transcript', 'news-transcript with word timing (ten timed words per cue)'],
  ];
  const parse = [];
  for (let i = 0; i < RUNS; i++) parse.push(await page.evaluate((n) => window.bench.parse(n), CUES));

  const results = {};
  // Warm-up so the first variant does not pay for the JIT alone.
  await page.evaluate((n) => window.bench.firstRender('news-transcript', n), Math.min(CUES, 1000));
  for (const [variant, label] of VARIANTS) {
    const renders = [];
    for (let i = 0; i < RUNS; i++) renders.push(await page.evaluate((v, n) => window.bench.firstRender(v, n), variant, CUES));
    const first = renders.map((r) => r.first);
    const complete = renders.map((r) => r.complete);
    const playback = await page.evaluate((v, n, u) => window.bench.sync(v, n, u, 'playback'), variant, CUES, UPDATES);
    const seek = await page.evaluate((v, n, u) => window.bench.sync(v, n, u, 'seek'), variant, CUES, UPDATES);
    const stats = (xs) => ({ median: round(median(xs), 3), p95: round(percentile(xs, 95), 3), updates: xs.length });
    results[variant] = {
      label,
      firstRenderMs: { median: round(median(first), 1), min: round(Math.min(...first), 1), runs: first.map((x) => round(x, 1)) },
      rowsAtFirstRender: median(renders.map((r) => r.rowsAtFirst)),
      allRowsMs: { median: round(median(complete), 1), runs: complete.map((x) => round(x, 1)) },
      longTasksUntilAllRows: Math.max(...renders.map((r) => r.longTasks)),
      syncMs: { playback: stats(playback), seek: stats(seek) },
    };
  }

  const base = results['naive-transcript'];
  const ratio = (a, b) => (b > 0 ? `${(a / b).toFixed(2)}×` : '–');
  const rows = VARIANTS.map(([v]) => {
    const r = results[v];
    const { playback, seek } = r.syncMs;
    return `| ${r.label} | ${r.firstRenderMs.median} (${ratio(r.firstRenderMs.median, base.firstRenderMs.median)}) | ${r.rowsAtFirstRender} | ${r.allRowsMs.median} / ${r.longTasksUntilAllRows} | ${playback.median} / ${playback.p95} (${ratio(playback.median, base.syncMs.playback.median)}) | ${seek.median} / ${seek.p95} (${ratio(seek.median, base.syncMs.seek.median)}) |`;
  });
  console.log(`\n<news-transcript>, ${CUES.toLocaleString('en')} cues, ${version}, ${RUNS} runs (first render), ${UPDATES} updates (sync)\n`);
  console.log('| variant | first render, median ms (vs baseline) | rows at first render | all rows in the DOM, median ms / long tasks till then | sync while playing, median / p95 ms (vs baseline) | sync on seeks, median / p95 ms (vs baseline) |');
  console.log('|---|---:|---:|---:|---:|---:|');
  for (const row of rows) console.log(row);
  console.log(`\nParsing alone (part of the first render): median ${round(median(parse), 1)} ms.`);
  const plain = results['news-transcript'].syncMs;
  const words = results['words-transcript'].syncMs;
  console.log(
    `Word timing, sync per time update while playing: median ${words.playback.median} ms, p95 ${words.playback.p95} ms` +
      ` (plain cues in this run: ${plain.playback.median} / ${plain.playback.p95} ms); on seeks: ${words.seek.median} / ${words.seek.p95} ms (plain: ${plain.seek.median} / ${plain.seek.p95} ms).`,
  );

  const out = {
    date: new Date().toISOString(),
    browser: version,
    node: process.version,
    cues: CUES,
    runs: RUNS,
    updates: UPDATES,
    parseMs: { median: round(median(parse), 1) },
    results,
  };
  await writeFile(path.join(here, 'transcript-results.json'), `${JSON.stringify(out, null, 2)}\n`);
  console.log('Written to bench/transcript-results.json');
} finally {
  await browser.close();
  await server.close();
}
