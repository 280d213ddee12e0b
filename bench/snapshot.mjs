// A consistent copy of dist/cdn: other people's `npm run build` (or `npm test`, which rebuilds a
// stale dist/) empties and rewrites dist/ at any moment, so the bench measures a copy. The copy
// is accepted only when every file the entry imports, statically or dynamically, is in it.
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { closure } from '../scripts/import-graph.mjs';

/** Problems of a copied CDN folder: missing files, unreadable modules. Empty when complete. */
function problems(dir) {
  const found = [];
  closure([path.join(dir, 'news-player.js')], { followDynamic: true, problems: found, root: dir });
  return found;
}

/** Copies `source` (dist/cdn) to a temporary folder, retrying while a build is rewriting it. */
export async function snapshotCdn(source, { attempts = 30, waitMs = 2000 } = {}) {
  let last = [];
  for (let i = 0; i < attempts; i++) {
    const dir = mkdtempSync(path.join(tmpdir(), 'news-player-bench-cdn-'));
    try {
      cpSync(source, dir, { recursive: true });
      last = problems(dir);
    } catch (error) {
      last = [error.message];
    }
    if (last.length === 0) return dir;
    rmSync(dir, { recursive: true, force: true });
    if (i === 0) console.error(`dist/cdn is incomplete (a build running?): ${last[0]}; retrying…`);
    await new Promise((r) => setTimeout(r, waitMs));
  }
  throw new Error(`dist/cdn stayed incomplete: ${last.join('; ')}`);
}
