// `npm run test:consumer`: proves "import from npm" the way users do it. Packs the package, installs
// the tarball into a throwaway Vite app in a temp folder (template: test/consumer/), builds it,
// serves the build, and in headless Chromium clicks the poster card and waits for `playing`, on
// a plain page (`import 'news-player'`) and a React page (`news-player/react`). Also checks that
// video.js is a separate chunk fetched only after the click. Also type-checks the elements as
// intrinsic elements of React 19, Preact, Solid (tsc) and in Vue templates (vue-tsc), with the
// generated types and the README's snippets (test/consumer/frameworks/). Prints PASS or FAIL;
// exit 1 on FAIL.
//
//   node scripts/consumer-test.mjs [--keep] [--no-build]
//     --keep      keep the temp folder (it is always kept after a failure)
//     --no-build  pack dist/ as it is, even when older than src/
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChrome } from './find-chrome.mjs';
import { staleness } from './freshness.mjs';
import { startStaticServer } from '../test/support/static-server.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const KEEP = args.includes('--keep');
const NO_BUILD = args.includes('--no-build');
/** Whole run, from pack to the last check; the brief is under two minutes. */
const BUDGET_MS = 170_000;
/** What the app installs besides the tarball: exact versions, all in the npm cache here. */
const VERSIONS = {
  vite: '8.3.8',
  react: '19.3.1',
  'react-dom': '19.3.1',
  // The React wrappers' optional peer, installed by React apps (README, "React").
  '@lit/react': '1.0.8',
  'video.js': '8.24.1',
  preact: '11.2.0',
  'solid-js': '1.9.20',
  vue: '3.5.45',
};
/**
 * test/consumer/frameworks/<name>/: its tsconfig (own jsxImportSource), the README's snippet and a
 * file whose @ts-expect-error (@vue-expect-error) lines fail if the types turn into `any`.
 */
const FRAMEWORKS = [
  { name: 'react', label: 'React 19: <news-player> as an intrinsic element (news-player/jsx)', snippet: 'news-player.d.ts' },
  { name: 'preact', label: 'Preact: <news-player> as an intrinsic element (news-player/jsx)', snippet: 'news-player.d.ts' },
  { name: 'solid', label: 'Solid: <news-player> as an intrinsic element (news-player/solid)', snippet: 'news-player.d.ts' },
  { name: 'vue', label: 'Vue: <news-player> in an SFC template, vue-tsc (news-player/vue)', checker: 'vue-tsc' },
];
/** Code only video.js itself contains (minifiers may drop its license banner, so not that). */
const VIDEOJS = /registerTech|MEDIA_ERR_SRC_NOT_SUPPORTED/;
/** video.js's stylesheet, which the player also loads on first use. */
const VIDEOJS_CSS = /\.vjs-big-play-button/;
/** video.js's HLS/DASH engine, needed only for streaming sources. */
const STREAMING = /VhsHandler/;

const started = Date.now();
const seconds = (ms = Date.now() - started) => `${(ms / 1000).toFixed(1)}s`;
const log = (msg) => console.log(`[consumer ${seconds()}] ${msg}`);
const checks = [];
function check(name, ok, detail = '') {
  checks.push({ name, ok });
  console.log(`  ${ok ? 'ok  ' : 'FAIL'} ${name}${detail ? ` (${detail})` : ''}`);
  return ok;
}

/** Runs a command; resolves with its stdout, rejects with all its output on a non-zero exit. */
function run(cmd, cmdArgs, { cwd = root, env = process.env } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, cmdArgs, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let out = '';
    child.stdout.on('data', (d) => {
      stdout += d;
      out += d;
    });
    child.stderr.on('data', (d) => (out += d));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolve(stdout) : reject(new Error(`${cmd} ${cmdArgs.join(' ')} exited with ${code}\n${out.trim()}`)),
    );
  });
}

/**
 * Loads `page`, clicks the poster card of its `<news-player>` and waits for `state="playing"`.
 * Returns the time of the click, or throws with what the page showed.
 */
async function clickAndPlay(page, url, label) {
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e?.message ?? e)));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.goto(url, { waitUntil: 'load' });
  const card = await page.waitForSelector('news-player >>> [part~="poster-card"]', { timeout: 15_000 }).catch(() => null);
  if (!card) {
    const state = await page.evaluate(() => document.querySelector('news-player')?.getAttribute('state'));
    throw new Error(`${label}: no poster card (state=${state}); page errors: ${errors.join(' | ') || 'none'}`);
  }
  // Let the page settle so "before the click" really means idle, not "still starting".
  await new Promise((r) => setTimeout(r, 500));
  const shifted = await page.evaluate(() => (window.shifts ?? []).reduce((a, b) => a + b, 0));
  const clickedAt = Date.now();
  await card.click();
  try {
    await page.waitForFunction(() => document.querySelector('news-player')?.getAttribute('state') === 'playing', {
      timeout: 30_000,
      polling: 50,
    });
  } catch {
    const state = await page.evaluate(() => {
      const el = document.querySelector('news-player');
      return `${el?.getAttribute('state')} ${JSON.stringify(el?.error ?? null)}`;
    });
    throw new Error(`${label}: never reached state=playing (state=${state}); page errors: ${errors.join(' | ') || 'none'}`);
  }
  // A progressive file plays in a bare element first; video.js is requested once it plays, and adopts it.
  const adopted = await page
    .waitForFunction(() => document.querySelector('news-player')?.player, { timeout: 30_000, polling: 50 })
    .then(() => true, () => false);
  if (!adopted) throw new Error(`${label}: playing, but video.js never took the player over; page errors: ${errors.join(' | ') || 'none'}`);
  return { clickedAt, errors, shifted };
}

let tmp;
let server;
let browser;
const budget = setTimeout(() => {
  console.error(`\nFAIL consumer test: over the ${BUDGET_MS / 1000}s budget`);
  browser?.process()?.kill('SIGKILL');
  process.exit(1);
}, BUDGET_MS);

async function main() {
  // 1. The build, then the tarball exactly as `npm publish` would make it.
  if (!NO_BUILD && staleness(['dist/index.js'], ['src'])) {
    log('dist/ is missing or older than src/: npm run build');
    await run('npm', ['run', 'build', '--silent']);
  }
  tmp = mkdtempSync(path.join(os.tmpdir(), 'news-player-consumer-'));
  const packed = JSON.parse(await run('npm', ['pack', '--json', '--pack-destination', tmp]))[0];
  const tarball = path.join(tmp, packed.filename);
  log(`packed ${packed.filename}: ${packed.entryCount} files, ${(packed.size / 1024).toFixed(0)} KB`);

  // 2. A Vite app from the template, with the tarball installed like any dependency.
  const app = path.join(tmp, 'app');
  cpSync(path.join(root, 'test/consumer'), app, { recursive: true });
  cpSync(path.join(root, 'test/media/clip.webm'), path.join(app, 'public/clip.webm'));
  cpSync(path.join(root, 'test/media/captions.vtt'), path.join(app, 'public/captions.vtt'));
  const specs = [tarball, ...Object.entries(VERSIONS).map(([name, v]) => `${name}@${v}`)];
  await run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error', ...specs], { cwd: app });
  const installed = JSON.parse(readFileSync(path.join(app, 'node_modules/news-player/package.json'), 'utf8'));
  log(`installed news-player ${installed.version} from the tarball, with ${specs.slice(1).join(' ')}`);

  // 3. Type-check the app against the published .d.ts (tag/event maps, React props and events).
  const tsc = path.join(root, 'node_modules/typescript/bin/tsc');
  const typed = await run(process.execPath, [tsc, '-p', 'tsconfig.json'], { cwd: app }).then(
    () => '',
    (e) => e.message,
  );
  check('the app type-checks against the published types', typed === '', typed.split('\n').slice(1, 6).join(' '));

  // 3b. The generated framework types, used as the README says.
  const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
  const vueTsc = path.join(root, 'node_modules/vue-tsc/bin/vue-tsc.js');
  for (const fw of FRAMEWORKS) {
    const dir = path.join(app, 'frameworks', fw.name);
    const checker = fw.checker === 'vue-tsc' ? vueTsc : tsc;
    const out = await run(process.execPath, [checker, '-p', 'tsconfig.json'], { cwd: dir }).then(
      () => '',
      (e) => e.message,
    );
    const snippet = fw.snippet
      ? readFileSync(path.join(dir, fw.snippet), 'utf8').trim()
      : JSON.stringify(JSON.parse(readFileSync(path.join(dir, 'tsconfig.json'), 'utf8')).compilerOptions.types).replace(/,/g, ', ');
    const inReadme = readme.includes(snippet);
    check(`${fw.label} type-checks, with the README's snippet`, out === '' && inReadme,
      out ? out.split('\n').slice(1, 6).join(' ') : inReadme ? '' : `README.md lacks: ${snippet}`);
  }

  // 4. Build it.
  await run(process.execPath, [path.join(app, 'node_modules/vite/bin/vite.js'), 'build'], { cwd: app });
  const dist = path.join(app, 'dist');
  const assets = readdirSync(path.join(dist, 'assets')).filter((f) => f.endsWith('.js'));
  const code = (f) => readFileSync(path.join(dist, 'assets', f), 'utf8');
  const videojsChunks = assets.filter((f) => VIDEOJS.test(code(f)));
  const lazyOnly = assets.filter((f) => VIDEOJS.test(code(f)) || VIDEOJS_CSS.test(code(f)));
  const streamingChunks = assets.filter((f) => STREAMING.test(code(f)));
  const html = readFileSync(path.join(dist, 'index.html'), 'utf8');
  const eager = [...html.matchAll(/(?:src|href)="\/assets\/([^"]+\.js)"/g)].map((m) => m[1]);
  log(`vite build: ${assets.length} JS files; video.js in ${videojsChunks.join(', ') || 'none'}`);
  check('video.js is bundled into chunks of its own', videojsChunks.length > 0 && videojsChunks.every((f) => !eager.includes(f)),
    `page scripts and preloads: ${eager.join(', ')}`);

  // 5. Serve it, and play it in Chromium.
  const requests = [];
  server = await startStaticServer({ mounts: { '/': dist }, requests });
  const { origin } = server;
  browser = await launchChrome();

  const page = await browser.newPage();
  const plain = await clickAndPlay(page, `${origin}/`, 'plain page').then(
    (r) => r,
    (e) => ({ failure: e.message }),
  );
  if (check("plain page: import 'news-player', click the poster card, state=playing", !plain.failure, plain.failure)) {
    const js = (r) => r.path.startsWith('/assets/') && r.path.endsWith('.js');
    const before = requests.filter((r) => js(r) && r.at < plain.clickedAt).map((r) => r.path.slice(8));
    const after = requests.filter((r) => js(r) && r.at >= plain.clickedAt).map((r) => r.path.slice(8));
    check('no video.js code or CSS is requested before the click', !before.some((f) => lazyOnly.includes(f)), `before: ${before.join(', ')}`);
    check('a video.js chunk is requested after the click', after.some((f) => videojsChunks.includes(f)), `after: ${after.join(', ')}`);
    check('the streaming engine is not fetched for a WebM clip', !after.some((f) => streamingChunks.includes(f)));
    check("no layout shift as the elements are defined (import 'news-player/news-player.css')", plain.shifted < 0.005, `CLS ${plain.shifted}`);
    const { states, errors } = await page.evaluate(() => window.consumer ?? { states: [], errors: [] });
    check('news-player-statechange reached the page', states.includes('playing'), states.join(' → '));
    check('no news-player-error on the way', errors.length === 0, errors.join(', '));
    check('the media was fetched with byte ranges', requests.some((r) => r.path === '/clip.webm' && r.range));
    const tags = await page.evaluate(() => {
      const acme = document.querySelector('acme-player');
      return {
        player: acme instanceof customElements.get('news-player') && acme.shadowRoot?.querySelector('[part="poster-card"]') !== null,
        stamp: document.querySelector('acme-time')?.player === acme,
      };
    });
    check('custom tag names: <acme-player> is a news-player with its card, <acme-time for> finds it', tags.player && tags.stamp, JSON.stringify(tags));
  }
  await page.close();

  const reactPage = await browser.newPage();
  const viaReact = await clickAndPlay(reactPage, `${origin}/react.html`, 'React page').then(
    (r) => r,
    (e) => ({ failure: e.message }),
  );
  if (check("React page: 'news-player/react', click the poster card, state=playing", !viaReact.failure, viaReact.failure)) {
    const { states, errors } = await reactPage.evaluate(() => window.consumer ?? { states: [], errors: [] });
    check('onStateChange received { state: "playing" }', states.includes('playing'), states.join(' → '));
    // @lit/react sets `src` after React inserts the element: no false `no-source` on the way.
    check('no news-player-error on the way (none seen by a document listener)', errors.length === 0, errors.join(', '));
  }
  await reactPage.close();

  // A page with the app's own video.js (README, "Coming from video.js").
  const vjsPage = await browser.newPage();
  const openedAt = Date.now();
  const withVideojs = await clickAndPlay(vjsPage, `${origin}/with-videojs.html`, 'page with video.js').then(
    (r) => r,
    (e) => ({ failure: e.message }),
  );
  if (check("page with the app's video.js: useVideojs(videojs), click, state=playing", !withVideojs.failure, withVideojs.failure)) {
    const seen = await vjsPage.evaluate(() => {
      const el = document.querySelector('news-player');
      const player = el.player;
      return {
        created: window.consumer.created,
        stamped: player?.hasClass('stamped'),
        rates: player?.playbackRates(),
        site: window.consumer.sitePlayer(),
      };
    });
    check('news-player-create: once, with a Player of the app\'s video.js', JSON.stringify(seen.created) === '[true]', JSON.stringify(seen.created));
    check("the app's plugin ran on el.player from the options attribute", seen.stamped === true);
    check('options reached video.js (playbackRates)', JSON.stringify(seen.rates) === '[1,1.5,2]', JSON.stringify(seen.rates));
    check("the app's own player created afterwards keeps 400×300", JSON.stringify(seen.site) === '[400,300]', JSON.stringify(seen.site));
    // news-player's own builds are the chunks made from its videojs-core/videojs-full modules.
    const fetched = requests.filter((r) => r.at >= openedAt && r.path.startsWith('/assets/') && r.path.endsWith('.js')).map((r) => r.path.slice(8));
    const ownBuilds = fetched.filter((f) => /^videojs-(core|full)-/.test(f));
    check("news-player fetches no video.js of its own beside the app's", ownBuilds.length === 0 && fetched.some((f) => videojsChunks.includes(f)), `fetched: ${fetched.join(', ')}`);
  }
  await vjsPage.close();
}

let failure;
try {
  await main();
} catch (e) {
  failure = e;
  console.error(String(e?.stack ?? e));
} finally {
  clearTimeout(budget);
  await browser?.close().catch(() => undefined);
  await server?.close();
}

const failed = failure || checks.length === 0 || checks.some((c) => !c.ok);
if (tmp && (KEEP || failed)) console.log(`temp folder kept: ${tmp}`);
else if (tmp) rmSync(tmp, { recursive: true, force: true });
const passed = checks.filter((c) => c.ok).length;
console.log(
  failed
    ? `FAIL consumer test: ${failure ? `error: ${String(failure.message ?? failure).split('\n')[0]}; ` : ''}${passed}/${checks.length} checks passed in ${seconds()}`
    : `PASS consumer test: ${passed}/${checks.length} checks passed in ${seconds()}`,
);
process.exit(failed ? 1 : 0);
