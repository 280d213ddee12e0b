#!/usr/bin/env node
// Transfer sizes of the built package (run `npm run build` first): prints a table and writes
// dist/sizes.json. Each file is gzipped on its own at level 9, as a server would send it, and
// the files of a group are summed. Groups follow the import graph of the emitted files:
//   a. CDN, before play:  dist/cdn/news-player.js and its static imports, recursively.
//   b. CDN, MP4 player:   the video.js core chunk + the styles chunk + their static imports.
//   c. CDN, HLS player:   the full video.js chunk + the styles chunk + their static imports.
//   d. npm build:         our dist/ modules reachable statically from dist/index.js (lit and
//                         video.js are the consumer's), as shipped and as a bundler would
//                         minify them; lit measured apart, tree-shaken to what we import.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { closure } from './import-graph.mjs';
import { build } from 'esbuild';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const cdnEntry = join(dist, 'cdn', 'news-player.js');
const npmEntry = join(dist, 'index.js');

for (const file of [cdnEntry, npmEntry]) {
  if (!existsSync(file)) {
    console.error(`${relative(root, file)} is missing: run \`npm run build\` first.`);
    process.exit(1);
  }
}

const gzip = (buf) => gzipSync(buf, { level: 9 }).length;

/** Raw and gzip bytes of a set of files, each compressed on its own. */
function measure(files, label) {
  const list = [...files].sort().map((file) => {
    const buf = readFileSync(file);
    return { file: relative(root, file), raw: buf.length, gzip: gzip(buf) };
  });
  return {
    label,
    raw: list.reduce((n, f) => n + f.raw, 0),
    gzip: list.reduce((n, f) => n + f.gzip, 0),
    files: list,
  };
}

// --- CDN -------------------------------------------------------------------------------------
const initial = closure([cdnEntry]);
const lazy = [...initial.dynamic].filter((f) => !initial.files.has(f));
const chunk = (prefix) => {
  const found = lazy.filter((f) => f.split('/').pop().startsWith(`${prefix}-`));
  if (found.length !== 1) {
    throw new Error(`expected one lazy chunk named ${prefix}-*.js, found: ${found.map((f) => relative(root, f)).join(', ') || 'none'}`);
  }
  return found[0];
};
const core = chunk('videojs-core');
const full = chunk('videojs-full');
const styles = chunk('videojs-styles');
const lazyGroup = (chunks) => {
  const { files } = closure(chunks);
  return new Set([...files].filter((f) => !initial.files.has(f)));
};

const groups = [
  measure(initial.files, 'a. CDN before play (entry + static imports)'),
  measure(lazyGroup([core, styles]), 'b. CDN lazy, MP4/WebM player (video.js core + styles)'),
  measure(lazyGroup([full, styles]), 'c. CDN lazy, HLS/DASH player (full video.js + styles)'),
];

// --- npm build -------------------------------------------------------------------------------
const npm = closure([npmEntry]);
groups.push(measure(npm.files, 'd. npm build, our modules as shipped (unminified)'));

/** esbuild-bundles dist/index.js, minified, with `external` left out; returns its gzip size. */
async function bundled(external) {
  const out = await build({
    entryPoints: [npmEntry],
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2021',
    external,
    // Lazy modules are fetched on first load, not part of what the page bundles up front.
    plugins: [
      {
        name: 'dynamic-imports-external',
        setup(b) {
          b.onResolve({ filter: /.*/ }, (args) =>
            args.kind === 'dynamic-import' ? { path: args.path, external: true } : undefined,
          );
        },
      },
    ],
    write: false,
    logLevel: 'silent',
  });
  const buf = Buffer.from(out.outputFiles[0].contents);
  return { raw: buf.length, gzip: gzip(buf) };
}
const externals = ['lit', 'lit/*', '@lit/*', 'video.js', 'video.js/*', '@videojs/*'];
const ours = await bundled(externals);
const withLit = await bundled(externals.filter((e) => !/lit/.test(e)));
groups.push({ label: 'd. npm build, our modules minified into a consumer bundle', ...ours });
groups.push({
  label: 'd. lit, tree-shaken to what we import, minified (shared with the page)',
  raw: withLit.raw - ours.raw,
  gzip: withLit.gzip - ours.gzip,
});

// --- report ----------------------------------------------------------------------------------
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const width = Math.max(...groups.map((g) => g.label.length));
console.log(`${'group'.padEnd(width)}  ${'gzip'.padStart(9)}  ${'raw'.padStart(9)}`);
for (const g of groups) {
  console.log(`${g.label.padEnd(width)}  ${kb(g.gzip).padStart(9)}  ${kb(g.raw).padStart(9)}`);
  for (const f of g.files ?? []) {
    console.log(`    ${f.file.padEnd(width - 4)}  ${kb(f.gzip).padStart(9)}  ${kb(f.raw).padStart(9)}`);
  }
}
console.log(`npm build: external ${[...npm.external].sort().join(', ')}; lazy ${[...npm.dynamic].map((f) => relative(dist, f)).sort().join(', ')}`);

const report = {
  gzipLevel: 9,
  cdn: {
    beforePlay: groups[0],
    mp4Player: groups[1],
    hlsPlayer: groups[2],
  },
  npm: {
    shipped: groups[3],
    minified: groups[4],
    lit: groups[5],
    externals: [...npm.external].sort(),
    lazy: [...npm.dynamic].map((f) => relative(root, f)).sort(),
  },
};
writeFileSync(join(dist, 'sizes.json'), `${JSON.stringify(report, null, 2)}\n`);
console.log(`wrote ${relative(root, join(dist, 'sizes.json'))}`);
