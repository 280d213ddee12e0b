// Finds a Chromium or Chrome for the tests and the benchmark: CHROME_PATH, then the usual
// binaries; with none, installs Debian's chromium when it can, else says what to install.
import { existsSync } from 'node:fs';
import { execFileSync, spawnSync } from 'node:child_process';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

/** Headless flags that work as root on a closed network. */
export const CHROME_ARGS = [
  '--no-sandbox',
  '--headless=new',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--disable-dev-shm-usage',
  '--disable-background-timer-throttling',
  '--disable-renderer-backgrounding',
  '--disable-backgrounding-occluded-windows',
  '--autoplay-policy=no-user-gesture-required',
  '--mute-audio',
];

function which(name) {
  const r = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : '';
}

export function findChrome({ install = true } = {}) {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`CHROME_PATH is set to ${fromEnv}, which does not exist.`);
  }
  for (const c of CANDIDATES) if (existsSync(c)) return c;
  for (const n of ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable']) {
    const p = which(n);
    if (p) return p;
  }
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (install && isRoot && which('apt-get')) {
    console.error('No Chromium found: installing Debian\'s chromium with apt-get (about a minute)…');
    execFileSync('sh', ['-c', 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium'], {
      stdio: 'inherit',
    });
    if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  }
  throw new Error(
    'No Chromium or Chrome was found. Install one (Debian/Ubuntu: `sudo apt-get install chromium`; ' +
      'macOS: install Google Chrome) or set CHROME_PATH to its binary.',
  );
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(findChrome());

/**
 * Starts headless Chromium with puppeteer-core for the Node-side tests, the story smoke test and
 * the benchmark. A fresh CI machine's first start can be slow (fontconfig caches, a cold disk, the
 * other core busy building): puppeteer's 30 s default once failed a CI run there. So: 120 s, and
 * one more try; if both fail, the error says so with the last lines Chromium printed.
 * @param {{ args?: string[], launch?: object }} [options] extra flags, extra launch options
 */
export async function launchChrome({ args = [], launch = {} } = {}) {
  const { default: puppeteer } = await import('puppeteer-core');
  const options = { executablePath: findChrome(), args: [...CHROME_ARGS, ...args], headless: true, timeout: 120_000, ...launch };
  let first;
  for (let attempt = 1; attempt <= 2; attempt++) {
    try {
      return await puppeteer.launch(options);
    } catch (error) {
      first ??= error;
      console.error(`Chromium did not start (try ${attempt} of 2): ${String(error?.message ?? error).split('\n')[0]}`);
    }
  }
  throw new Error(`Chromium (${options.executablePath}) did not start twice in a row: ${first?.message ?? first}`);
}
