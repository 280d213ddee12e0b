// What scripts/click-to-playing.mjs and scripts/profile-click.mjs start with: a snapshot of the CDN
// build (others may rebuild meanwhile), the bench's click pages served with the test media, and
// headless Chromium with the project's flags.
import { rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChrome } from '../scripts/find-chrome.mjs';
import { clickPages } from './pages.mjs';
import { startServer } from './server.mjs';
import { snapshotCdn } from './snapshot.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/**
 * A fresh page (its own browser context: a cold cache) at `url` of `server`, 1024×768, recording
 * long tasks in `window.__tasks`, with a CDP session (and `throttle`, CDP network conditions),
 * loaded and settled for 400 ms. Returns the context (close it), the page, the CDP session and
 * the centre of the element `id`, where a reader clicks.
 */
export async function openClickPage(browser, server, url, id, throttle) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.setViewport({ width: 1024, height: 768 });
  await page.evaluateOnNewDocument(() => {
    window.__tasks = [];
    new PerformanceObserver((list) => window.__tasks.push(...list.getEntries().map((e) => ({ start: e.startTime, duration: e.duration })))).observe({ type: 'longtask' });
  });
  const cdp = await page.createCDPSession();
  if (throttle) {
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', throttle);
  }
  await page.goto(`${server.origin}${url}`, { waitUntil: 'load' });
  await new Promise((resolve) => setTimeout(resolve, 400));
  const centre = await page.evaluate((id) => {
    const r = document.getElementById(id).getBoundingClientRect();
    return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
  }, id);
  return { context, page, cdp, centre };
}

/** The click pages' server and a browser; `close()` ends both. */
export async function startClickPages() {
  const cdn = await snapshotCdn(path.join(root, 'dist/cdn'));
  process.on('exit', () => rmSync(cdn, { recursive: true, force: true }));
  const server = await startServer({
    mounts: { '/cdn/': cdn, '/test/media/': path.join(root, 'test/media') },
    pages: clickPages(),
  });
  const browser = await launchChrome();
  return {
    server,
    browser,
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}
