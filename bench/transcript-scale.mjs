#!/usr/bin/env node
// Benchmark of <news-transcript> at any size, in headless Chromium: transcripts of 10,000 cues
// (for comparison with bench/transcript.mjs), 100,000 cues of 480 characters, 1,000,000 cues and
// one cue of 10 MB, all made in the page (no fixture files). For each: time to the first rows,
// time until settled (every slice of parsing done and the download's file made), the longest task
// on the way, elements in the transcript's shadow root, DOM nodes and JS heap after GC (CDP), and
// the cost of a seek across the clip; at 1,000,000 cues also a search for a rare word (a full scan)
// and for a common one (over 2 million matches: stops at 1,000+). Prints a markdown table and
// writes bench/transcript-scale-results.json.
//
//   node bench/transcript-scale.mjs [--only 10k,100k-480,1m,cue-10mb] [--seeks 20]
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChrome } from '../scripts/find-chrome.mjs';
import { serveTranscriptPage } from './transcript-serve.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const KINDS = arg('only', '10k,100k-480,1m,cue-10mb').split(',');
const SEEKS = Number(arg('seeks', 20));
const LABELS = {
  '10k': '10,000 cues (short)',
  '100k-480': '100,000 cues of 480 characters',
  '1m': '1,000,000 cues',
  'cue-10mb': 'one cue of 10 MB',
};

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const round = (x, digits = 1) => Number(x.toFixed(digits));

const server = await serveTranscriptPage('news-transcript-scale-');

const browser = await launchChrome({ args: ['--js-flags=--max-old-space-size=4096'], launch: { protocolTimeout: 900_000 } });
const results = {};
try {
  const version = await browser.version();
  for (const kind of KINDS) {
    // A fresh page per transcript: the heap and nodes of one do not count in the next.
    const page = await browser.newPage();
    await page.setViewport({ width: 1024, height: 768 });
    page.on('pageerror', (e) => console.error('page error:', e.message));
    await page.goto(`${server.origin}/`);
    await page.waitForFunction(() => document.title === 'ready');
    const cdp = await page.createCDPSession();
    const t0 = Date.now();
    const load = await page.evaluate((k) => window.scaleBench.load(k), kind);
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = await cdp.send('Runtime.getHeapUsage');
    const { nodes } = await cdp.send('Memory.getDOMCounters');
    const seeks = await page.evaluate((n) => window.scaleBench.seeks(n), SEEKS);
    const searches = {};
    if (kind === '1m') {
      searches.rare = await page.evaluate(() => window.scaleBench.search('cue 999998 and'));
      searches.common = await page.evaluate(() => window.scaleBench.search('the'));
    }
    results[kind] = {
      label: LABELS[kind],
      megabytes: round(load.bytes / 1e6, 1),
      cues: load.cues,
      firstRowsMs: round(load.firstRows),
      settledMs: round(load.settled),
      longestTaskMs: round(load.longestTask),
      longTasks: load.longTasks,
      shadowElements: load.elements,
      domNodes: nodes,
      heapMB: round(heap.usedSize / 1e6),
      seekMs: { median: round(median(seeks), 2), max: round(Math.max(...seeks), 2) },
      searches: Object.fromEntries(Object.entries(searches).map(([k, s]) => [k, { ms: round(s.ms), longestTaskMs: round(s.longestTask), count: s.count }])),
      wallSeconds: round((Date.now() - t0) / 1000),
    };
    console.error(`transcript-scale: ${kind} done in ${results[kind].wallSeconds} s`);
    await page.close();
  }

  console.log(`\n<news-transcript> at any size, ${version}\n`);
  console.log('| transcript | MB | first rows, ms | settled, ms | longest task, ms (tasks > 50 ms) | elements in the transcript | DOM nodes | JS heap after GC, MB | seek across the clip, median / max ms |');
  console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const r of Object.values(results)) {
    console.log(`| ${r.label} | ${r.megabytes} | ${r.firstRowsMs} | ${r.settledMs} | ${r.longestTaskMs} (${r.longTasks}) | ${r.shadowElements} | ${r.domNodes} | ${r.heapMB} | ${r.seekMs.median} / ${r.seekMs.max} |`);
  }
  for (const r of Object.values(results)) {
    for (const [k, s] of Object.entries(r.searches)) {
      console.log(`\nSearch in ${r.label}, ${k} word: ${s.ms} ms to the count ("${s.count}"), longest task ${s.longestTaskMs} ms.`);
    }
  }
  await writeFile(
    path.join(here, 'transcript-scale-results.json'),
    `${JSON.stringify({ date: new Date().toISOString(), browser: version, node: process.version, results }, null, 2)}\n`,
  );
  console.log('\nWritten to bench/transcript-scale-results.json');
} finally {
  await browser.close();
  await server.close();
}
