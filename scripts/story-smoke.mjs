// Story smoke test: every story and docs page of the static Storybook build, loaded in headless
// Chromium, must render its element with no uncaught error.
//
//   node scripts/story-smoke.mjs [--build | --no-build] [--concurrency=N] [--filter=<id part>] [--verbose]
//
// 1. Builds Storybook (`npm run build-storybook`) when `storybook-static/` is missing or older
//    than `stories/`, `src/`, `.storybook/` or `test/media/` (`--build`: always; `--no-build`: never,
//    failing instead). `--verbose` prints each entry as it finishes and the console errors allowed.
// 2. Serves `storybook-static/` on 127.0.0.1 with byte ranges (media elements seek with them).
// 3. For every `story` entry of `index.json`, loads `iframe.html?id=<id>&viewMode=story` in a fresh
//    page, waits until Storybook has rendered the story (and run its play function), until
//    a defined <news-player>, <news-transcript> or <news-timestamp> is in the story root (light DOM
//    or a shadow root inside it), and until the page has settled: 1.5 s after load and no player
//    left `loading` (at most 10 s more). It fails on any uncaught page error or unhandled
//    rejection, any Storybook render/play error, and any console error outside the allowlist
//    below. Every `docs` entry is loaded with `viewMode=docs` and must render without those errors.
// 4. Accessibility of the components (stories only, not docs pages): axe-core runs on the page
//    once settled ("idle") and again after every idle <news-player> was asked to `load()` and
//    settled ("loaded"); a violation fails the entry when one of its nodes is a <news-player>,
//    <news-transcript> or <news-timestamp> or inside one (their shadow roots included). Rules about
//    the page as a whole (landmarks, a main heading, the title) are the story shell's, not ours,
//    and are not run. `--no-axe` skips this step.
// 5. Prints a table (id, element, state, axe, ok), the reasons for each failure, and
//    `stories: N passed, N failed`; exits 1 when anything failed.
//
// The static build has no dev server, so `/faults/*` and `/live/*` URLs are 404s by design: those
// stories end `unavailable` (not-found), which is what they say they do there.
//
// Allowed console errors (everything else fails the entry):
// - "Failed to load resource: the server responded with a status of 404" whose URL is under
//   `/faults/` or `/live/` (dev-server-only routes), or is a `/media/missing.*` file (the stories
//   that show a missing file and a failing first <source> point there on purpose);
// - video.js's own media error log, "VIDEOJS: ERROR: (CODE:<n> MEDIA_ERR_…", only on a page whose
//   story is about a media error: a <news-player> ended `unavailable` with an error code (the player
//   reported the failure as its state), or the page got one of the deliberate 404s above (the
//   fallback story, whose first <source> is missing: the player logs that error, then recovers).
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChrome } from './find-chrome.mjs';
import { staleness } from './freshness.mjs';
import { startStaticServer } from '../test/support/static-server.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outDir = path.join(root, 'storybook-static');
const argv = process.argv.slice(2);
const flag = (name) => argv.find((a) => a === `--${name}` || a.startsWith(`--${name}=`));
const value = (name) => flag(name)?.split('=').slice(1).join('=');
const CONCURRENCY = Math.max(1, Number(value('concurrency')) || 3);
const FILTER = value('filter') ?? '';
const TAGS = ['news-player', 'news-transcript', 'news-timestamp'];

/** Per-page limits, in ms. */
const LIMITS = { goto: 60_000, finish: 45_000, element: 10_000, settleMin: 1_500, settleMax: 10_000 };
/** The whole run (the build excluded): entries not started by then fail as not run. */
const RUN_BUDGET_MS = 6 * 60_000;

const started = Date.now();
const AXE = flag('no-axe') ? '' : readFileSync(path.join(root, 'node_modules/axe-core/axe.min.js'), 'utf8');
/** Page-level rules: about the story shell around the components, not about them. */
const PAGE_RULES = ['region', 'page-has-heading-one', 'landmark-one-main', 'bypass', 'document-title', 'html-has-lang', 'landmark-unique', 'landmark-complementary-is-top-level', 'landmark-no-duplicate-main', 'landmark-main-is-top-level'];
const secs = (ms) => `${(ms / 1000).toFixed(1)} s`;

// ---- build --------------------------------------------------------------------------------------

function run(cmd, args) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd: root, stdio: 'inherit', env: process.env });
    child.on('error', () => resolve(1));
    child.on('close', (code) => resolve(code ?? 1));
  });
}

const stale = staleness(['storybook-static/index.json', 'storybook-static/iframe.html'], ['stories', 'src', '.storybook', 'test/media']);
if (stale || flag('build')) {
  const why = stale === 'missing' ? 'missing' : stale ? 'older than stories/, src/, .storybook/ or test/media/' : 'to be rebuilt (--build)';
  if (flag('no-build')) {
    console.error(`FAIL story smoke test: storybook-static/ is ${why}, and --no-build was given.`);
    process.exit(1);
  }
  console.log(`> storybook-static/ is ${why}: npm run build-storybook`);
  const t = Date.now();
  const code = await run('npm', ['run', 'build-storybook', '--silent']);
  if (code !== 0) {
    console.error(`FAIL story smoke test: npm run build-storybook exited with ${code}`);
    process.exit(1);
  }
  console.log(`> built in ${secs(Date.now() - t)}`);
}

// ---- in the page --------------------------------------------------------------------------------

/**
 * Runs before any page script: records Storybook's channel events (the preview publishes its
 * channel on `globalThis.__STORYBOOK_ADDONS_CHANNEL__`) and unhandled rejections.
 */
function pageHook() {
  const smoke = { events: [], done: false, rejections: [] };
  Object.defineProperty(window, '__smoke', { value: smoke });
  window.addEventListener('unhandledrejection', (e) => {
    const r = e.reason;
    smoke.rejections.push(r instanceof Error ? `${r.name}: ${r.message}` : String(r));
  });
  // The story is on screen once rendered and played (`storyRendered`); `storyFinished` comes after
  // the a11y addon's axe run, which takes 15 s on the long transcript and is not waited for.
  const ENDS = new Set([
    'storyRendered', 'storyFinished', 'docsRendered', 'storyMissing', 'storyErrored',
    'storyThrewException', 'playFunctionThrewException',
  ]);
  const NAMES = [
    'storyRendered', 'storyFinished', 'storyErrored', 'storyThrewException', 'storyMissing',
    'playFunctionThrewException', 'unhandledErrorsWhilePlaying', 'docsRendered',
  ];
  const attach = (channel) => {
    if (!channel || typeof channel.on !== 'function' || channel.__smokeHooked) return;
    channel.__smokeHooked = true;
    for (const name of NAMES) {
      channel.on(name, (arg) => {
        let detail = '';
        try {
          detail = JSON.stringify(arg, (k, v) => (k === 'reporters' ? undefined : v))?.slice(0, 400) ?? '';
        } catch {
          detail = String(arg);
        }
        smoke.events.push({ name, detail, status: arg?.status });
        if (ENDS.has(name)) smoke.done = true;
      });
    }
  };
  let current;
  Object.defineProperty(globalThis, '__STORYBOOK_ADDONS_CHANNEL__', {
    configurable: true,
    get: () => current,
    set: (next) => {
      current = next;
      attach(next);
    },
  });
}

/** The story or docs page has rendered (events, or the preview's own render phase as a fallback). */
function storyDone() {
  const phase = window.__STORYBOOK_PREVIEW__?.currentRender?.phase;
  return Boolean(window.__smoke?.done) || ['completed', 'afterEach', 'finished', 'errored', 'aborted'].includes(phase);
}

/** The elements under test in `rootSelector`, through shadow roots, and whether each tag is defined. */
function inspect(rootSelector, tags) {
  const scope = document.querySelector(rootSelector) ?? document.body;
  const found = [];
  const walk = (node) => {
    for (const el of node.querySelectorAll('*')) {
      if (tags.includes(el.localName)) found.push(el);
      else if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  walk(scope);
  const defined = Object.fromEntries(tags.map((t) => [t, Boolean(customElements.get(t))]));
  return {
    elements: found.map((el) => ({
      tag: el.localName,
      defined: defined[el.localName] && el instanceof customElements.get(el.localName),
      state: el.localName === 'news-player' ? el.getAttribute('state') ?? '(none)' : undefined,
      error: el.localName === 'news-player' ? el.error?.code : undefined,
    })),
    errorDisplay: document.body.classList.contains('sb-show-errordisplay')
      ? (document.querySelector('#error-message')?.textContent ?? 'error display shown').trim().slice(0, 300)
      : '',
  };
}

/**
 * axe-core on the whole page; the violations whose nodes are, or are inside, one of `tags` (a node
 * in a shadow root has a target of several selectors: the host's first).
 */
async function axeComponents(tags, disabled) {
  const rules = Object.fromEntries(disabled.map((id) => [id, { enabled: false }]));
  // Storybook's a11y addon runs axe on the story too, and axe runs one at a time: wait for its turn.
  let result;
  for (let tries = 0; !result; tries++) {
    try {
      result = await window.axe.run(document, { rules, resultTypes: ['violations'] });
    } catch (error) {
      if (!/already running/i.test(String(error?.message)) || tries > 100) throw error;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
  const selector = tags.join(',');
  const ours = (node) => {
    const target = node.target;
    const host = document.querySelector(Array.isArray(target[0]) ? target[0][0] : target[0]);
    return Boolean(host?.closest(selector));
  };
  return result.violations
    .map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.filter(ours).map((n) => [].concat(n.target).flat().join(' >>> ')) }))
    .filter((v) => v.nodes.length);
}

/**
 * The page's players (through shadow roots other than our elements'): with `load`, asks every idle
 * one to load (without playing). True when none is `idle` or `loading`.
 */
function playersSettled(tags, load) {
  const players = [];
  const walk = (node) => {
    for (const el of node.querySelectorAll('*')) {
      if (el.localName === 'news-player') players.push(el);
      if (el.shadowRoot && !tags.includes(el.localName)) walk(el.shadowRoot);
    }
  };
  walk(document);
  if (load) for (const p of players) if (p.state === 'idle' && typeof p.load === 'function') p.load().catch(() => undefined);
  return players.every((p) => !['idle', 'loading'].includes(p.state));
}

// ---- checks -------------------------------------------------------------------------------------

const NOT_FOUND = /^Failed to load resource: the server responded with a status of 404\b/;
const VIDEOJS_MEDIA_ERROR = /^VIDEOJS: ERROR: \(CODE:\d+ MEDIA_ERR_[A-Z_]+\)/;
const EXPECTED_404 = /^\/(faults|live)\/|^\/media\/missing\.[a-z0-9]+$/;

const expected404 = (c) => NOT_FOUND.test(c.text) && EXPECTED_404.test(c.urlPath);

/** Why a console error is allowed (see the header), or '' when it is not. */
function allowed(c, page) {
  if (expected404(c)) return 'expected 404';
  if (VIDEOJS_MEDIA_ERROR.test(c.text)) {
    if (page.players.some((p) => p.state === 'unavailable' && p.error)) return 'video.js media error, player unavailable';
    if (page.consoleErrors.some(expected404)) return 'video.js media error after a deliberate 404';
  }
  return '';
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function check(browser, base, entry) {
  const docs = entry.type === 'docs';
  const url = `${base}/iframe.html?id=${encodeURIComponent(entry.id)}&viewMode=${docs ? 'docs' : 'story'}`;
  const rootSelector = docs ? '#storybook-docs' : '#storybook-root';
  const problems = [];
  const consoleErrors = [];
  const t0 = Date.now();
  // A browser context (window) per page: a background tab of a shared window is hidden, and
  // Chromium throttles its media, so play functions that wait for playback would time out.
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  try {
    await page.setViewport({ width: 1024, height: 800 });
    await page.evaluateOnNewDocument(pageHook);
    // Chromium reports uncaught errors and unhandled rejections alike as `pageerror`.
    const pageErrors = [];
    page.on('pageerror', (e) => {
      const message = String(e?.message ?? e).split('\n')[0];
      pageErrors.push(message);
      problems.push(`uncaught error or unhandled rejection: ${message}`);
    });
    page.on('console', (m) => {
      if (m.type() !== 'error') return;
      let urlPath = '';
      try {
        urlPath = new URL(m.location()?.url ?? '').pathname;
      } catch {
        /* no URL */
      }
      consoleErrors.push({ text: m.text(), urlPath });
    });
    page.on('framenavigated', (f) => {
      if (f === page.mainFrame() && f.url() !== url) problems.push(`navigated away to ${f.url()}`);
    });

    await page.goto(url, { waitUntil: 'load', timeout: LIMITS.goto });
    const loadedAt = Date.now();

    const finished = await page
      .waitForFunction(storyDone, { timeout: LIMITS.finish, polling: 100 })
      .then(() => true, () => false);
    if (!finished) problems.push(`Storybook did not render the ${docs ? 'docs page' : 'story'} within ${secs(LIMITS.finish)}`);

    // The element: defined and in the story root (stories only; docs pages just need to render).
    let info = await page.evaluate(inspect, rootSelector, TAGS);
    if (!docs) {
      const until = Date.now() + LIMITS.element;
      while (!info.elements.some((e) => e.defined) && Date.now() < until) {
        await sleep(100);
        info = await page.evaluate(inspect, rootSelector, TAGS);
      }
      if (!info.elements.length) problems.push(`no ${TAGS.join('/')} element in ${rootSelector}`);
      else if (!info.elements.some((e) => e.defined)) {
        problems.push(`${[...new Set(info.elements.map((e) => e.tag))].join(', ')} present but not defined`);
      }
    } else if (!(await page.$('#storybook-docs .sbdocs'))) {
      problems.push('the docs page did not render (.sbdocs missing)');
    }

    // Settle: at least 1.5 s after load, then until no player is `loading` (bounded).
    const settleUntil = loadedAt + LIMITS.settleMin + LIMITS.settleMax;
    await sleep(Math.max(0, loadedAt + LIMITS.settleMin - Date.now()));
    info = await page.evaluate(inspect, rootSelector, TAGS);
    while (info.elements.some((e) => e.state === 'loading') && Date.now() < settleUntil) {
      await sleep(200);
      info = await page.evaluate(inspect, rootSelector, TAGS);
    }

    const smoke = await page.evaluate(() => ({ events: window.__smoke?.events ?? [], rejections: window.__smoke?.rejections ?? [] }));
    for (const r of smoke.rejections) {
      const message = r.split('\n')[0];
      if (!pageErrors.some((m) => message.includes(m))) problems.push(`unhandled rejection: ${message}`);
    }
    for (const e of smoke.events) {
      if (e.name === 'storyFinished' && e.status === 'error') problems.push(`Storybook finished the story with status "error" ${e.detail}`);
      else if (/Errored|ThrewException|Missing|unhandledErrors/.test(e.name)) problems.push(`Storybook ${e.name}: ${e.detail}`);
    }
    if (info.errorDisplay) problems.push(`Storybook error display: ${info.errorDisplay}`);

    const players = info.elements.filter((e) => e.tag === 'news-player');
    const allowedErrors = [];
    for (const c of consoleErrors) {
      const why = allowed(c, { players, consoleErrors });
      const line = `${c.text.split('\n')[0].slice(0, 200)}${c.urlPath ? ` (${c.urlPath})` : ''}`;
      if (why) allowedErrors.push(`${why}: ${line}`);
      else problems.push(`console error: ${line}`);
    }

    let axeNote = '-';
    if (AXE && !docs && info.elements.length) {
      await page.addScriptTag({ content: AXE });
      const idle = await page.evaluate(axeComponents, TAGS, PAGE_RULES);
      let loaded = [];
      if (info.elements.some((e) => e.tag === 'news-player')) {
        await page.evaluate(playersSettled, TAGS, true);
        await page.waitForFunction(playersSettled, { timeout: LIMITS.settleMax, polling: 200 }, TAGS, false).catch(() => undefined);
        await sleep(500);
        loaded = await page.evaluate(axeComponents, TAGS, PAGE_RULES);
      }
      for (const [when, list] of [['idle', idle], ['loaded', loaded]]) {
        for (const v of list) problems.push(`axe (${when}): ${v.id} (${v.impact}) on ${v.nodes.slice(0, 3).join(', ')}${v.nodes.length > 3 ? ` and ${v.nodes.length - 3} more` : ''}`);
      }
      axeNote = `${idle.length}/${loaded.length}`;
    }

    const tags = [...new Set(info.elements.map((e) => e.tag))];
    const count = (t) => info.elements.filter((e) => e.tag === t).length;
    return {
      entry,
      element: tags.map((t) => (count(t) > 1 ? `${t}×${count(t)}` : t)).join(', ') || '-',
      state: players.length ? [...new Set(players.map((p) => p.state + (p.error ? ` (${p.error})` : '')))].join(', ') : '-',
      axe: axeNote,
      problems: [...new Set(problems)],
      allowedErrors,
      ms: Date.now() - t0,
    };
  } catch (error) {
    return { entry, element: '-', state: '-', problems: [...problems, `check failed: ${error.message.split('\n')[0]}`], allowedErrors: [], ms: Date.now() - t0 };
  } finally {
    await context.close().catch(() => undefined);
  }
}

// ---- main ---------------------------------------------------------------------------------------

const index = JSON.parse(readFileSync(path.join(outDir, 'index.json'), 'utf8'));
const entries = Object.values(index.entries)
  .filter((e) => e.type === 'story' || e.type === 'docs')
  .filter((e) => !FILTER || e.id.includes(FILTER));
const storyCount = entries.filter((e) => e.type === 'story').length;
if (!FILTER && storyCount === 0) {
  console.error('FAIL story smoke test: index.json lists no stories');
  process.exit(1);
}

// `storybook-static/` over HTTP, one byte range per request (media seeks), nothing cached.
const server = await startStaticServer({
  mounts: { '/': outDir },
  handle(req, res, url) {
    // Chromium asks for /favicon.ico on its own; the build has an SVG favicon only.
    if (url.pathname !== '/favicon.ico') return false;
    res.writeHead(204).end();
    return true;
  },
});
const base = server.origin;
const browser = await launchChrome();
console.log(`> ${storyCount} stories and ${entries.length - storyCount} docs pages from storybook-static/ at ${base}, ${CONCURRENCY} at a time`);

const runStart = Date.now();
const results = new Array(entries.length);
let next = 0;
async function worker() {
  while (next < entries.length) {
    const i = next++;
    if (!browser.connected) {
      results[i] = { entry: entries[i], element: '-', state: '-', problems: ['Chromium disconnected'], allowedErrors: [], ms: 0 };
    } else if (Date.now() - runStart > RUN_BUDGET_MS) {
      results[i] = { entry: entries[i], element: '-', state: '-', problems: [`not run: over the ${secs(RUN_BUDGET_MS)} budget`], allowedErrors: [], ms: 0 };
    } else {
      results[i] = await check(browser, base, entries[i]);
      if (flag('verbose')) console.log(`  ${results[i].problems.length ? 'FAIL' : 'ok  '} ${entries[i].id} (${secs(results[i].ms)})`);
    }
  }
}
try {
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
} finally {
  await browser.close().catch(() => undefined);
  await server.close();
}

// ---- report -------------------------------------------------------------------------------------

const rows = results.map((r) => [
  `${r.entry.type === 'docs' ? '[docs] ' : ''}${r.entry.id}`,
  r.element,
  r.state,
  r.axe ?? '-',
  r.problems.length ? 'FAIL' : 'ok',
]);
const head = ['id', 'element', 'state', 'axe idle/loaded', 'ok'];
const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
const line = (cells) => cells.map((c, i) => c.padEnd(widths[i])).join('  ').trimEnd();
console.log(`\n${line(head)}\n${line(widths.map((w) => '-'.repeat(w)))}`);
for (const r of rows) console.log(line(r));

const failed = results.filter((r) => r.problems.length);
for (const r of failed) {
  console.log(`\nFAIL ${r.entry.id} (${r.entry.title} / ${r.entry.name}):`);
  for (const p of r.problems) console.log(`  - ${p}`);
}
if (flag('verbose')) {
  for (const r of results.filter((x) => x.allowedErrors.length)) {
    console.log(`\nallowed on ${r.entry.id}:`);
    for (const a of [...new Set(r.allowedErrors)]) console.log(`  - ${a}`);
  }
}

const stories = results.filter((r) => r.entry.type === 'story');
const docsPages = results.filter((r) => r.entry.type === 'docs');
const nFailed = (list) => list.filter((r) => r.problems.length).length;
console.log(`\ndocs pages: ${docsPages.length - nFailed(docsPages)} passed, ${nFailed(docsPages)} failed`);
console.log(`time: ${secs(Date.now() - started)} in all, ${secs(Date.now() - runStart)} in Chromium`);
console.log(`stories: ${stories.length - nFailed(stories)} passed, ${nFailed(stories)} failed`);
process.exit(failed.length ? 1 : 0);
