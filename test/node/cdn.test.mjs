// The self-contained CDN file: Lit inside, video.js outside until a player loads.
import { describe, test, before } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { builtComponents, importsOf, pkg, rel, requireBuild, root, staticClosure } from './helpers.mjs';

/** Strings that only video.js (or its streaming engine, or its CSS) contains. */
const VIDEOJS_MARKERS = [/Video\.js \d+\.\d+/, /videojs-http-streaming/, /vjs-big-play-button/, /VhsHandler/, /\bvjs-tech\b/];

let entry;
let initial;
let lazy;

describe('CDN build', () => {
  before(() => {
    requireBuild();
    entry = rel(pkg.unpkg);
    initial = staticClosure(entry);
    lazy = [...initial].flatMap((f) => importsOf(f).dynamic.map((s) => resolve(dirname(f), s)));
  });

  test('what loads before play contains no video.js code', () => {
    for (const file of initial) {
      const code = readFileSync(file, 'utf8');
      for (const marker of VIDEOJS_MARKERS) {
        assert.doesNotMatch(code, marker, `${relative(root, file)} contains ${marker}`);
      }
    }
  });

  test('video.js core, full and styles are lazy chunks that exist', () => {
    const names = lazy.map((f) => relative(dirname(entry), f));
    for (const prefix of ['videojs-core', 'videojs-full', 'videojs-styles']) {
      const found = names.filter((n) => n.startsWith(`chunks/${prefix}-`));
      assert.equal(found.length, 1, `one ${prefix} chunk in ${names.join(', ')}`);
    }
    for (const file of lazy) assert.ok(existsSync(file), `${relative(root, file)} exists`);
    const core = lazy.find((f) => f.includes('videojs-core-'));
    const full = lazy.find((f) => f.includes('videojs-full-'));
    assert.match(readFileSync(core, 'utf8'), /Video\.js \d+/);
    assert.doesNotMatch(readFileSync(core, 'utf8'), /VhsHandler/, 'the core build has no streaming engine');
    assert.match(readFileSync(full, 'utf8'), /VhsHandler|videojs-http-streaming/);
  });

  test('every CDN file imports only files beside it (self-contained)', () => {
    const dir = dirname(entry);
    const all = [entry, ...readdirSync(join(dir, 'chunks')).filter((f) => f.endsWith('.js')).map((f) => join(dir, 'chunks', f))];
    for (const file of all) {
      const { static: s, dynamic: d } = importsOf(file);
      const bare = [...s, ...d].filter((spec) => !/^\.\.?\//.test(spec));
      assert.deepEqual(bare, [], `${relative(root, file)} imports only relative files`);
      for (const spec of s) assert.ok(existsSync(resolve(dirname(file), spec)), `${spec} from ${relative(root, file)} exists`);
    }
  });

  test('Lit is in production mode and process.env is gone', () => {
    const dir = dirname(entry);
    const all = [entry, ...readdirSync(join(dir, 'chunks')).filter((f) => f.endsWith('.js')).map((f) => join(dir, 'chunks', f))];
    const code = readFileSync(entry, 'utf8');
    assert.match(code, /reactiveElementVersions/, 'Lit is bundled in the entry');
    assert.doesNotMatch(code, /Lit is in dev mode|litIssuedWarnings/);
    for (const file of all) assert.doesNotMatch(readFileSync(file, 'utf8'), /process\.env/, relative(root, file));
  });

  test('the entry, like dist/index.js, registers every component', () => {
    const code = readFileSync(entry, 'utf8');
    const npmIndex = staticClosure(rel(pkg.exports['.'].default));
    for (const name of builtComponents()) {
      assert.ok(code.includes(`"${name}"`) || code.includes(`'${name}'`), `the CDN file defines <${name}>`);
      assert.ok(npmIndex.has(rel(`dist/components/${name}/${name}.js`)), `dist/index.js imports ${name}.js`);
    }
  });

  test('no CDN file contains React or the React wrappers (news-player/react is npm only)', () => {
    const dir = dirname(entry);
    const all = [entry, ...readdirSync(join(dir, 'chunks')).filter((f) => f.endsWith('.js')).map((f) => join(dir, 'chunks', f))];
    for (const file of all) {
      // @lit/react's createComponent, and React itself.
      assert.doesNotMatch(readFileSync(file, 'utf8'), /suppressHydrationWarning|forwardRef|react\.development|__SECRET_INTERNALS/, relative(root, file));
    }
  });

  test('the entry is minified', () => {
    const code = readFileSync(entry, 'utf8');
    // Module-internal names are mangled away (CSS and HTML template literals stay as written).
    for (const name of ['loadVideojsStyles', 'classifyFailure', 'closestAttr']) {
      assert.ok(!code.includes(name), `${name} is mangled`);
    }
  });

  test('no chained round trip: a lazy chunk is requested together with the chunks it imports', () => {
    const files = readdirSync(join(dirname(entry), 'chunks'))
      .filter((f) => f.endsWith('.js'))
      .map((f) => join(dirname(entry), 'chunks', f));
    let checked = 0;
    for (const file of [entry, ...files]) {
      const own = staticClosure(file);
      const requested = new Set(importsOf(file).dynamic.map((s) => resolve(dirname(file), s)));
      for (const target of requested) {
        for (const needed of staticClosure(target)) {
          if (needed === target || own.has(needed)) continue;
          checked++;
          assert.ok(requested.has(needed), `${relative(root, file)} imports ${relative(root, target)} but not, at the same time, ${relative(root, needed)}`);
        }
      }
    }
    assert.ok(checked > 0, 'some lazy chunk imports another chunk (video.js and its CommonJS helpers)');
  });
});
