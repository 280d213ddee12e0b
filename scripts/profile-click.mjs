#!/usr/bin/env node
// Where the click's time goes (issue 12): one fresh page of the bench (the CDN build, nothing of
// video.js loaded), a real click on the first player, and a CPU profile (CDP Profiler, 200 µs
// samples) from before the click until video.js has adopted the element and 1.5 s more. Prints
// click → `playing`, the long tasks after the click (ms after it : duration), and the four longest
// busy stretches of the main thread with the functions that took their time (self and inclusive,
// minified names with file:line). The profiler slows the page: read shares, not absolute times.
//
//   npm run build && node scripts/profile-click.mjs
import { openClickPage, startClickPages } from '../bench/click-pages.mjs';

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

const { server, browser, close } = await startClickPages();


async function run(url, id) {
  const { context, page, cdp, centre } = await openClickPage(browser, server, url, id);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  await page.mouse.click(centre.x, centre.y);
  await page.waitForFunction((id) => id in window.__bench.playing, { timeout: 30_000 }, id);
  await page.waitForFunction((id) => document.getElementById(id).player, { timeout: 30_000 }, id);
  await sleep(1500);
  const { profile } = await cdp.send('Profiler.stop');
  const info = await page.evaluate((id) => ({ click: window.__bench.clicks[0], playing: window.__bench.playing[id], tasks: window.__tasks, origin: performance.timeOrigin }), id);
  await context.close();
  return { profile, info };
}
const { profile, info } = await run('/click-news-player-mp4.html', 'p0');
console.log('playing', (info.playing - info.click).toFixed(0), 'tasks', info.tasks.filter(t => t.start >= info.click - 1).map(t => `${Math.round(t.start - info.click)}:${Math.round(t.duration)}`).join(' '));
// profile times are in microseconds, monotonic; map: sample time -> node
const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map(); for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
let t = profile.startTime; const samples = profile.samples.map((s, i) => { t += profile.timeDeltas[i]; return { t, id: s }; });
// Find busy stretches: consecutive non-idle samples
const isIdle = (id) => ['(idle)', '(program)', '(garbage collector)'].includes(nodes.get(id).callFrame.functionName) && nodes.get(id).callFrame.functionName === '(idle)';
let runs = []; let cur = null;
for (const s of samples) { if (isIdle(s.id)) { if (cur) { runs.push(cur); cur = null; } } else { if (!cur) cur = { start: s.t, end: s.t, samples: [] }; cur.end = s.t; cur.samples.push(s); } }
if (cur) runs.push(cur);
runs = runs.filter(r => r.end - r.start > 8000).sort((a, b) => (b.end - b.start) - (a.end - a.start)).slice(0, 4);
for (const r of runs) {
  console.log(`\n== busy ${((r.end - r.start) / 1000).toFixed(1)} ms at +${((r.start - profile.startTime)/1000).toFixed(0)}ms of profile`);
  const self = new Map(); const incl = new Map();
  for (const s of r.samples) {
    const n = nodes.get(s.id); const k = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}`;
    self.set(k, (self.get(k) ?? 0) + 1);
    const seen = new Set(); let id = s.id; while (id) { const m = nodes.get(id); const kk = `${m.callFrame.functionName || '(anon)'} ${m.callFrame.url.split('/').pop()}:${m.callFrame.lineNumber}`; if (!seen.has(kk)) { incl.set(kk, (incl.get(kk) ?? 0) + 1); seen.add(kk); } id = parent.get(id); }
  }
  const per = (r.end - r.start) / 1000 / r.samples.length;
  console.log('self:', [...self].sort((a, b) => b[1] - a[1]).slice(0, 12).map(([k, v]) => `${k}=${(v * per).toFixed(1)}`).join(' | '));
  console.log('incl:', [...incl].sort((a, b) => b[1] - a[1]).slice(0, 25).map(([k, v]) => `${k}=${(v * per).toFixed(1)}`).join(' | '));
}
await close();
