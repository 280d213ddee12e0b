import { readFile } from 'node:fs/promises';
import { chromeLauncher } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { visualRegressionPlugin } from '@web/test-runner-visual-regression/plugin';
import { findChrome, CHROME_ARGS } from './scripts/find-chrome.mjs';
import { videojsPlugin, reactPlugin, cssInlinePlugin, faultMiddleware } from './test/support/server.mjs';

/**
 * `executeServerCommand('network', { offline: true, for: ms })` takes the page offline, like
 * DevTools, and brings it back after `for` ms. The runner talks to the page over the same network,
 * so the page cannot ask to come back online itself: the server does it on a timer.
 */
function networkCommandPlugin() {
  return {
    name: 'news-player-network',
    async executeCommand({ command, payload, session }) {
      if (command !== 'network') return undefined;
      const page = session.browser.getPage(session.id);
      const offline = Boolean(payload?.offline);
      const ms = Math.min(Number(payload?.for) || 5000, 30_000);
      // Answer first, then cut the network, so the answer still reaches the page.
      setTimeout(async () => {
        await page.setOfflineMode(offline);
        if (offline) setTimeout(() => page.setOfflineMode(false).catch(() => undefined), ms);
      }, 50);
      return true;
    },
  };
}

/**
 * video.js's language packs are JSON, imported as modules (`import('video.js/dist/lang/ar.json')`,
 * which bundlers turn into modules): served here as an ES module with the object as its default.
 */
function videojsLanguagePacksPlugin() {
  return {
    name: 'news-player-videojs-lang',
    async serve(context) {
      if (!/^\/node_modules\/video\.js\/dist\/lang\/[\w-]+\.json$/.test(context.path)) return undefined;
      const text = await readFile(new URL(`.${context.path}`, import.meta.url), 'utf8');
      return { body: `export default ${text.trim()};`, type: 'js' };
    },
  };
}

/**
 * `executeServerCommand('emulate-media-features', { forcedColors: 'active', reducedMotion: 'reduce' })`:
 * `emulateMedia()` from @web/test-runner-commands passes `forcedColors` to Playwright only, and
 * drops it under Puppeteer (this runner), so this sends every feature to Chromium itself. Each
 * call replaces the previous set, as `emulateMedia()` does.
 */
function emulateMediaFeaturesPlugin() {
  const sessions = new WeakMap();
  const names = {
    forcedColors: 'forced-colors',
    reducedMotion: 'prefers-reduced-motion',
    colorScheme: 'prefers-color-scheme',
    contrast: 'prefers-contrast',
  };
  return {
    name: 'news-player-emulate-media-features',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-media-features') return undefined;
      const page = session.browser.getPage(session.id);
      const features = Object.entries(names)
        .filter(([key]) => typeof payload?.[key] === 'string')
        .map(([key, name]) => ({ name, value: payload[key] }));
      // Straight to the DevTools protocol: Puppeteer's emulateMediaFeatures rejects forced-colors.
      let cdp = sessions.get(page);
      if (!cdp) {
        cdp = await page.createCDPSession();
        sessions.set(page, cdp);
      }
      await cdp.send('Emulation.setEmulatedMedia', { features });
      return true;
    },
  };
}

const executablePath = findChrome();

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['browser'] },
  // One page at a time: media tests in a background page get throttled timers and frames.
  concurrency: 1,
  testsFinishTimeout: 10 * 60 * 1000,
  browserStartTimeout: 120_000,
  testFramework: { config: { timeout: 20_000 } },
  middleware: [faultMiddleware],
  plugins: [
    videojsPlugin(),
    reactPlugin(),
    cssInlinePlugin(),
    videojsLanguagePacksPlugin(),
    esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2021' }),
    networkCommandPlugin(),
    emulateMediaFeaturesPlugin(),
    // test/visual.test.ts: baselines in test/screenshots/ (UPDATE_SCREENSHOTS=1 writes them). Up to
    // 0.5 % of a screenshot's pixels may differ (pixelmatch's colour threshold 0.1, anti-aliased
    // pixels ignored): another machine's text rendering, not a control moved or gone.
    visualRegressionPlugin({
      update: process.env.UPDATE_SCREENSHOTS === '1',
      baseDir: 'test/screenshots',
      getBaselineName: ({ name }) => `${name}.png`,
      getDiffName: ({ name }) => `failed/${name}-diff.png`,
      getFailedName: ({ name }) => `failed/${name}.png`,
      diffOptions: { threshold: 0.1 },
      failureThreshold: 0.5,
      failureThresholdType: 'percent',
    }),
  ],
  browsers: [chromeLauncher({ launchOptions: { executablePath, args: CHROME_ARGS, headless: true } })],
};
