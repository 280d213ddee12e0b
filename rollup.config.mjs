// Two builds from one source tree:
//  1. dist/          the npm build: one ES module per source module, .d.ts beside each, with lit
//                    and video.js left to the consumer's bundler.
//  2. dist/cdn/      one self-contained, minified ES module for <script type="module"> (the
//                    `unpkg`/`jsdelivr` file), with video.js split into chunks fetched on first load.
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { transform } from 'esbuild';
import ts from 'typescript';
import nodeResolve from '@rollup/plugin-node-resolve';
import commonjs from '@rollup/plugin-commonjs';
import terser from '@rollup/plugin-terser';
import { minifyCss, minifyLiterals } from './scripts/minify-literals.mjs';

const root = dirname(fileURLToPath(import.meta.url));
const src = join(root, 'src');
const dist = join(root, 'dist');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const tsconfig = ts.getParsedCommandLineOfConfigFile(join(root, 'tsconfig.json'), {}, {
  ...ts.sys,
  onUnRecoverableConfigFileDiagnostic: (d) => {
    throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n'));
  },
});

/** Source files that are never part of the package. */
const NOT_SHIPPED = /\.(d|test|spec|stories)\.ts$/;

/** `src/components/<name>/*.ts`: each component's registering module, its class, its styles… */
const componentEntries = readdirSync(join(src, 'components'), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .flatMap((d) =>
    readdirSync(join(src, 'components', d.name))
      .filter((f) => f.endsWith('.ts') && !NOT_SHIPPED.test(f))
      .map((f) => `src/components/${d.name}/${f}`),
  )
  .sort();

/** `news-player/react`: the React components (npm build only; the CDN file has no React). */
const reactEntry = 'src/react/index.ts';

const entries = ['src/index.ts', ...componentEntries, reactEntry];

/**
 * Bare imports the consumer installs, never copied into dist/: the `dependencies` (lit,
 * video.js, @lit/react) and the optional peer `react`, which only dist/react/ imports.
 */
const EXTERNAL = /^(?:lit|video\.js|react)(?:\/|$)|^@lit\/|^@videojs\//;

/**
 * TypeScript → JavaScript with esbuild, the same transform the test runner uses. (Rollup's
 * TypeScript plugin forces `importHelpers`, which under `preserveModules` writes tslib into
 * dist/node_modules/, a folder npm never publishes.) Also maps `./x.js` imports to `./x.ts`.
 */
function typescriptModules() {
  const tsconfigRaw = { compilerOptions: tsconfig.raw.compilerOptions };
  return {
    name: 'news-typescript',
    resolveId(source, importer) {
      if (!importer || !/^\.\.?\//.test(source) || !/\.ts$/.test(importer)) return null;
      const file = resolve(dirname(importer), source);
      const candidate = file.replace(/\.js$/, '.ts');
      if (candidate !== file && existsSync(candidate)) return candidate;
      return null;
    },
    async transform(code, id) {
      if (!id.endsWith('.ts') || id.endsWith('.d.ts')) return null;
      const out = await transform(code, {
        loader: 'ts',
        format: 'esm',
        target: 'es2021',
        sourcemap: 'external',
        sourcefile: id,
        tsconfigRaw,
      });
      return { code: out.code, map: out.map };
    },
  };
}

/**
 * A transform for `import name from 'spec?<query>';` lines (a module or a path beside the
 * importing module): `toCode(name, file)`, with the file resolved, is the line that replaces each.
 */
function queryImports(query, toCode) {
  const pattern = new RegExp(`import\\s+([\\w$]+)\\s+from\\s*(["'])([^"']+)\\?${query}\\2;?`, 'g');
  return function transform(code, id) {
    if (!code.includes(`?${query}`)) return null;
    const require = createRequire(id);
    const next = code.replace(pattern, (_, name, _q, spec) => {
      const file = /^\.\.?\//.test(spec) ? resolve(dirname(id), spec) : require.resolve(spec);
      this.addWatchFile(file);
      return toCode(name, file);
    });
    return next === code ? null : { code: next, map: null };
  };
}

/** A stylesheet without its `@font-face` rules (video.js's icon font ships as a file instead). */
const withoutFontFace = (css) => css.replace(/@font-face\s*{[^}]*}/g, '');

/**
 * `import css from 'x.css?inline'` (Vite's syntax for "this stylesheet as a string") becomes
 * `const css = "…"` in the module itself, so dist/ has no import that only Vite understands.
 * Runs after the TypeScript transform; one import line becomes one line, so the map stays valid.
 * `minify(css)`, if given, rewrites the stylesheet first (the CDN build's `minifyCss`).
 */
function inlineCss({ minify } = {}) {
  return {
    name: 'news-inline-css',
    transform: queryImports('inline', (name, file) => {
      let css = readFileSync(file, 'utf8').replace(/\/\*# sourceMappingURL=.*?\*\//g, '').trim();
      if (minify) css = minify(css);
      return `const ${name} = ${JSON.stringify(css)};`;
    }),
  };
}

/**
 * `import url from 'pkg/file.woff?url'` (what Vite does natively) becomes
 * `new URL('./file.woff', import.meta.url).href`, with the file copied into `assetDir` of the
 * output: beside the module that imports it, so bundlers and browsers find it relative to it.
 * video.js's icon font is a file, not a `data:` URL, so a strict `font-src 'self'` allows it.
 */
function assetUrls({ assetDir }) {
  const assets = new Map();
  return {
    name: 'news-asset-urls',
    transform: queryImports('url', (name, file) => {
      const base = file.split(/[\\/]/).pop();
      assets.set(base, file);
      return `const ${name} = new URL(${JSON.stringify(`./${base}`)}, import.meta.url).href;`;
    }),
    generateBundle() {
      for (const [base, file] of assets) this.emitFile({ type: 'asset', fileName: `${assetDir}/${base}`, source: readFileSync(file) });
    },
  };
}

/**
 * JSON modules (video.js's language packs, `import('video.js/dist/lang/ar.json')`) become ES
 * modules with the object as their default export, each a lazy chunk of the CDN build.
 */
function jsonModules() {
  return {
    name: 'news-json',
    transform(code, id) {
      if (!id.endsWith('.json')) return null;
      return { code: `export default ${code.trim()};`, map: { mappings: '' } };
    },
  };
}

/**
 * `process.env.NODE_ENV` → `"production"` for the browser bundle, padded to the same length so
 * columns, and therefore source maps, do not move.
 */
function nodeEnvProduction() {
  const pattern = /\bprocess\.env\.NODE_ENV\b(?!\s*=[^=])/g;
  const value = '"production"'.padEnd('process.env.NODE_ENV'.length, ' ');
  return {
    name: 'news-node-env',
    transform(code) {
      if (!code.includes('process.env.NODE_ENV')) return null;
      return { code: code.replace(pattern, value), map: null };
    },
  };
}

/**
 * Type-checks and writes `.d.ts` for the entries and every module they import (and nothing else),
 * with the TypeScript API. A type error fails the build. No `.d.ts.map`: they would point at
 * src/*.ts, which the package does not ship (the .js maps carry their sources inline).
 */
function declarations() {
  return {
    name: 'news-declarations',
    buildStart: {
      sequential: true,
      handler() {
        const ambient = tsconfig.fileNames.filter((f) => f.endsWith('.d.ts'));
        const options = {
          ...tsconfig.options,
          noEmit: false,
          declaration: true,
          declarationMap: false,
          emitDeclarationOnly: true,
          declarationDir: dist,
          rootDir: src,
        };
        const program = ts.createProgram([...entries.map((e) => join(root, e)), ...ambient], options);
        const result = program.emit();
        const diagnostics = [...ts.getPreEmitDiagnostics(program), ...result.diagnostics];
        const errors = diagnostics.filter((d) => d.category === ts.DiagnosticCategory.Error);
        if (errors.length) {
          this.error(
            ts.formatDiagnostics(errors, {
              getCanonicalFileName: (f) => f,
              getCurrentDirectory: () => root,
              getNewLine: () => '\n',
            }),
          );
        }
      },
    },
  };
}

/**
 * Empties dist/ before a build, so renamed or hashed files from an earlier build never ship.
 * Not in watch mode, where each config rebuilds alone and would delete the other's output.
 */
function cleanDist() {
  return {
    name: 'news-clean',
    buildStart: {
      sequential: true,
      handler() {
        if (!this.meta.watchMode) rmSync(dist, { recursive: true, force: true });
      },
    },
  };
}

/** Warns when a component or the React entry is missing from package.json `exports` or `sideEffects`. */
function checkPackageJson() {
  return {
    name: 'news-package-json',
    buildStart() {
      const exportsMap = pkg.exports ?? {};
      const sideEffects = Array.isArray(pkg.sideEffects) ? pkg.sideEffects : [];
      for (const entry of componentEntries) {
        const file = entry.split('/').pop();
        const name = file.replace(/\.ts$/, '');
        const dir = entry.split('/')[2];
        if (name !== dir && name !== `${dir}.component`) continue;
        const key = `./${name}.js`;
        const target = `./dist/components/${dir}/${name}.js`;
        if (exportsMap[key]?.default !== target) {
          this.warn(`package.json exports lacks "${key}": { "types": "${target.replace(/\.js$/, '.d.ts')}", "default": "${target}" }`);
        }
        if (name === dir && !sideEffects.includes(target)) {
          this.warn(`package.json sideEffects lacks "${target}" (it registers <${dir}>)`);
        }
      }
      if (exportsMap['./react']?.default !== './dist/react/index.js') {
        this.warn('package.json exports lacks "./react": { "types": "./dist/react/index.d.ts", "default": "./dist/react/index.js" }');
      }
      if (!sideEffects.includes('./dist/react/index.js')) {
        this.warn('package.json sideEffects lacks "./dist/react/index.js" (it registers every element)');
      }
    },
  };
}

/**
 * No chained round trip: a dynamic import also requests, at the same moment, the chunks the target
 * imports statically (video.js's `_commonjsHelpers`, a module shared by the engine and the
 * transcript), which the browser would otherwise discover only once the target has arrived. The
 * importing chunk's own dependencies are left out: they are here already.
 */
function parallelChunkImports() {
  return {
    name: 'news-parallel-chunk-imports',
    renderDynamicImport({ chunk, getTargetChunkImports }) {
      const own = new Set([chunk.fileName, ...(chunk.imports ?? [])]);
      const deps = (getTargetChunkImports() ?? []).filter((d) => d.type === 'internal' && !own.has(d.fileName));
      if (deps.length === 0) return null;
      const also = deps.map((d) => `import(${d.resolvedImportPath})`).join(',');
      return { left: 'Promise.all([import(', right: `),${also}]).then((m)=>m[0])` };
    },
  };
}

/**
 * Drops the source maps of chunks made mostly of third-party code (video.js ships no maps either;
 * with its sources inlined they would be 4.6 MB of the package). Our own modules keep theirs.
 */
function noVendorSourceMaps() {
  return {
    name: 'news-no-vendor-maps',
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        let ours = 0;
        let theirs = 0;
        for (const [id, m] of Object.entries(chunk.modules)) {
          if (id.startsWith(src)) ours += m.renderedLength;
          else theirs += m.renderedLength;
        }
        if (ours >= theirs) continue;
        delete bundle[`${chunk.fileName}.map`];
        chunk.map = null;
        chunk.code = chunk.code.replace(/\n?\/\/# sourceMappingURL=\S+\s*$/, '\n');
      }
    },
  };
}

/**
 * Emits src/news-player.css as it is (the players' boxes before the elements are defined, the
 * README's first snippet) beside the build's entry.
 */
function boxStylesheet() {
  return {
    name: 'news-box-stylesheet',
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'news-player.css', source: readFileSync(join(src, 'news-player.css'), 'utf8') });
    },
  };
}

/** @type {import('rollup').RollupOptions[]} */
export default [
  {
    input: entries,
    // A `?query` import the inlineCss transform missed must fail the build, not ship as is.
    external: (id) => EXTERNAL.test(id) && !id.includes('?'),
    plugins: [
      cleanDist(),
      checkPackageJson(),
      declarations(),
      typescriptModules(),
      inlineCss({ minify: withoutFontFace }),
      assetUrls({ assetDir: 'media' }),
      boxStylesheet(),
    ],
    output: {
      dir: 'dist',
      format: 'es',
      preserveModules: true,
      preserveModulesRoot: 'src',
      entryFileNames: '[name].js',
      sourcemap: true,
      // The React wrappers run on the client only (Next.js App Router, React Server Components):
      // a directive in the source would be dropped by Rollup, so it is written here.
      banner: (chunk) => (chunk.fileName === 'react/index.js' ? "'use client';" : ''),
    },
  },
  {
    input: { 'news-player': 'src/index.ts' },
    // Lazy chunks (video.js glue, JSON-LD) import helpers from the entry. With a strict entry
    // signature Rollup would move all of the entry's code into a shared chunk and leave
    // news-player.js a one-line re-export, costing pages one more request before anything renders.
    preserveEntrySignatures: 'allow-extension',
    plugins: [
      typescriptModules(),
      inlineCss({ minify: (css) => minifyCss(withoutFontFace(css)) }),
      assetUrls({ assetDir: 'chunks' }),
      // Lit's css`` minified and html`` whitespace collapsed, which terser leaves as written (the
      // npm build keeps them readable: consumers' bundlers minify). `plainCss` names the untagged
      // stylesheets of the video.js chunks.
      minifyLiterals({
        include: (id) => id.startsWith(src),
        plainCss: { 'src/media/videojs-styles.ts': ['overrides'], 'src/media/vjs-components.ts': ['CSS'] },
      }),
      jsonModules(),
      nodeEnvProduction(),
      // `browser` picks Lit's production browser build (never its `development` condition).
      nodeResolve({ browser: true }),
      commonjs(),
      parallelChunkImports(),
      boxStylesheet(),
      terser({
        module: true,
        ecma: 2020,
        // `inline: 1` keeps functions with parameters out of their callers: inlining
        // vjs-components' register() into installControls() made the video.js component classes
        // share a closure with the first player, which then outlived its element (bench: 1 left).
        compress: { passes: 2, inline: 1 },
        // Keeps the `@license` comments of Lit and video.js, as their licenses ask.
        format: { comments: /@license|@preserve|^!/ },
      }),
      noVendorSourceMaps(),
    ],
    output: {
      dir: 'dist/cdn',
      format: 'es',
      entryFileNames: '[name].js',
      // Lazy chunks: videojs-core (progressive files), videojs-full (HLS/DASH), videojs-styles,
      // news-player.engine, one per language (i18n-<code>, videojs-lang-<code>), news-transcript
      // and cue-parsers.
      chunkFileNames: (chunk) => {
        const facade = chunk.facadeModuleId ? relative(root, chunk.facadeModuleId) : '';
        if (/node_modules\/video\.js\/dist\/video\.es\.js$/.test(facade)) return 'chunks/videojs-full-[hash].js';
        // One chunk per language: ours (src/i18n/ar.ts) and video.js's packs (lang/ar.json).
        if (/node_modules\/video\.js\/dist\/lang\//.test(facade)) return 'chunks/videojs-lang-[name]-[hash].js';
        if (/^src\/i18n\//.test(facade)) return 'chunks/i18n-[name]-[hash].js';
        // <news-transcript>'s implementation, fetched when a transcript connects, and the cue
        // parsers, fetched when a transcript reads a file or a player has a chapters track.
        if (facade === 'src/components/news-transcript/news-transcript.impl.ts') return 'chunks/news-transcript-[hash].js';
        if (facade === 'src/media/cues/sniff.ts') return 'chunks/cue-parsers-[hash].js';
        // The engine: video.js wired to the element, with our controls (fetched with video.js).
        if (facade === 'src/engine/videojs-engine.ts') return 'chunks/news-player.engine-[hash].js';
        return 'chunks/[name]-[hash].js';
      },
      sourcemap: true,
    },
  },
];
