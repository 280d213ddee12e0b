// Shared by the Node tests of the built package (`npm run build` first).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { closure, importsOf as readImports } from '../../scripts/import-graph.mjs';

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
export const rel = (p) => join(root, p);

/** Fails the whole file early, with the fix, when the build has not run. */
export function requireBuild() {
  for (const file of ['dist/index.js', 'dist/cdn/news-player.js', 'custom-elements.json']) {
    if (!existsSync(rel(file))) throw new Error(`${file} is missing: run \`npm run build\` first.`);
  }
}

/** Static and dynamic import specifiers of an emitted ES module; computed dynamic imports as `<computed>`. */
export const importsOf = (file) => readImports(file, { computed: true });

/** Files reachable from `entry` through relative static imports (a missing one throws). */
export const staticClosure = (entry) => closure([entry], { root }).files;

/** Component folders of the build: dist/components/<name>/<name>.js registers <name>. */
export function builtComponents() {
  const dir = rel('dist/components');
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(dir, d.name, `${d.name}.js`)))
    .map((d) => d.name)
    .sort();
}
