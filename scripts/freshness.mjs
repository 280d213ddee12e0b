// Whether a build is older than its sources, for the scripts that build only when needed:
// `npm test` (scripts/test.mjs), the consumer test and the story smoke test.
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/**
 * The newest modification time (ms) of `p`: a file's own, or for a folder its own (a file
 * removed or renamed in it counts) and everything below it; 0 when `p` does not exist.
 */
export function newest(p) {
  if (!existsSync(p)) return 0;
  const info = statSync(p);
  if (!info.isDirectory()) return info.mtimeMs;
  let t = info.mtimeMs;
  for (const entry of readdirSync(p)) t = Math.max(t, newest(path.join(p, entry)));
  return t;
}

/**
 * Why `outputs` (files, relative to the repository) need building again from `sources` (files or
 * folders, relative to the repository): 'missing' when one output does not exist, 'older' when
 * one is older than the newest source, '' when they are up to date.
 */
export function staleness(outputs, sources) {
  const builtAt = Math.min(...outputs.map((f) => newest(path.join(root, f))));
  if (!builtAt) return 'missing';
  return builtAt < Math.max(...sources.map((s) => newest(path.join(root, s)))) ? 'older' : '';
}
