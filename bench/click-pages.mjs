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
