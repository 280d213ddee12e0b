import { chromeLauncher } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';
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

const executablePath = findChrome();

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['browser'] },
  // One page at a time: media tests in a background page get throttled timers and frames.
  concurrency: 1,
  testsFinishTimeout: 10 * 60 * 1000,
  browserStartTimeout: 60_000,
  testFramework: { config: { timeout: 20_000 } },
  middleware: [faultMiddleware],
  plugins: [
    videojsPlugin(),
    reactPlugin(),
    cssInlinePlugin(),
    esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2021' }),
    networkCommandPlugin(),
  ],
  browsers: [chromeLauncher({ launchOptions: { executablePath, args: CHROME_ARGS, headless: true } })],
};
