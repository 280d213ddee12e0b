import { chromeLauncher } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { findChrome, CHROME_ARGS } from './scripts/find-chrome.mjs';
import { videojsPlugin, cssInlinePlugin, faultMiddleware } from './test/support/server.mjs';

/** `executeServerCommand('network', { offline })` toggles the page's network, like DevTools. */
function networkCommandPlugin() {
  return {
    name: 'news-player-network',
    async executeCommand({ command, payload, session }) {
      if (command !== 'network') return undefined;
      const page = session.browser.getPage(session.id);
      await page.setOfflineMode(Boolean(payload?.offline));
      return true;
    },
  };
}

const executablePath = findChrome();

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['browser'] },
  concurrency: 2,
  testsFinishTimeout: 10 * 60 * 1000,
  browserStartTimeout: 60_000,
  testFramework: { config: { timeout: 20_000 } },
  middleware: [faultMiddleware],
  plugins: [
    videojsPlugin(),
    cssInlinePlugin(),
    esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2021' }),
    networkCommandPlugin(),
  ],
  browsers: [chromeLauncher({ launchOptions: { executablePath, args: CHROME_ARGS, headless: true } })],
};
