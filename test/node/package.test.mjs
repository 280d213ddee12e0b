// What `npm publish` would ship, and whether package.json points at it correctly.
import { describe, test, before } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { builtComponents, importsOf, pkg, rel, requireBuild, root } from './helpers.mjs';

const MEDIA = /\.(webm|mp4|m4a|mp3|ogg|m3u8|m4s|m2ts|jpe?g|png|vtt|srt)$/i;

let files = [];

describe('the changelog', () => {
  test('is kept by Changesets: a config, and the CHANGELOG.md it writes into', () => {
    const config = JSON.parse(readFileSync(rel('.changeset/config.json'), 'utf8'));
    assert.equal(config.access, 'public');
    assert.match(readFileSync(rel('CHANGELOG.md'), 'utf8'), /^# news-player\n[\s\S]*^## \d+\.\d+\.\d+$/m);
    assert.ok(pkg.devDependencies['@changesets/cli'], 'the tool is a devDependency');
  });
});

describe('npm package contents', () => {
  before(() => {
    requireBuild();
    const out = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    files = JSON.parse(out)[0].files.map((f) => f.path);
  });

  test('ships the npm build, its types, the manifest and the CDN file', () => {
    for (const file of [
      'package.json',
      'dist/index.js',
      'dist/index.d.ts',
      'custom-elements.json',
      pkg.unpkg.replace(/^\.\//, ''),
      'dist/types/jsx.d.ts',
      'dist/types/vue.d.ts',
      'dist/types/solid.d.ts',
      'dist/types/svelte.d.ts',
      'dist/vscode.html-custom-data.json',
      'dist/vscode.css-custom-data.json',
      'dist/web-types.json',
      'dist/media/VideoJS.woff',
      'dist/cdn/chunks/VideoJS.woff',
      'CHANGELOG.md',
    ]) {
      assert.ok(files.includes(file), `${file} is in the package`);
    }
  });

  test('ships no tests, stories, sources or media', () => {
    const unwanted = files.filter(
      (f) => /^(test|stories|src|\.storybook|scripts|storybook-static)\//.test(f) || MEDIA.test(f),
    );
    assert.deepEqual(unwanted, []);
  });

  test('ships no build by-products: size report, declaration maps into unshipped sources, tarballs', () => {
    const unwanted = files.filter((f) => f === 'dist/sizes.json' || f.endsWith('.d.ts.map') || f.endsWith('.tgz'));
    assert.deepEqual(unwanted, []);
  });

  test('ships every lazy CDN chunk the entry imports', () => {
    const entry = pkg.unpkg.replace(/^\.\//, '');
    for (const spec of importsOf(rel(entry)).dynamic) {
      const chunk = new URL(spec, `file:///${entry}`).pathname.slice(1);
      assert.ok(files.includes(chunk), `${chunk} is in the package`);
    }
  });

  test('every .js module of the npm build has its .d.ts', () => {
    const missing = files
      .filter((f) => /^dist\/(?!cdn\/).*\.js$/.test(f))
      .filter((f) => !files.includes(f.replace(/\.js$/, '.d.ts')));
    assert.deepEqual(missing, []);
  });
});

describe('package.json', () => {
  before(requireBuild);

  const targets = (value) =>
    typeof value === 'string' ? [value] : Object.values(value ?? {}).flatMap(targets);

  test('main, module, types, unpkg, jsdelivr, customElements and web-types name existing files', () => {
    for (const field of ['main', 'module', 'types', 'unpkg', 'jsdelivr', 'customElements', 'web-types']) {
      assert.ok(pkg[field], `${field} is set`);
      assert.ok(existsSync(rel(pkg[field])), `${field}: ${pkg[field]} exists`);
    }
    assert.equal(pkg.jsdelivr, pkg.unpkg);
  });

  test('every exports target exists, and types come first', () => {
    for (const [key, value] of Object.entries(pkg.exports)) {
      for (const target of targets(value)) assert.ok(existsSync(rel(target)), `${key} → ${target} exists`);
      if (typeof value === 'object' && 'types' in value) {
        assert.equal(Object.keys(value)[0], 'types', `${key}: "types" is the first condition`);
      }
    }
    for (const key of ['.', './cdn', './custom-elements.json', './package.json', './web-types.json', './vscode.html-custom-data.json']) {
      assert.ok(key in pkg.exports, `exports has "${key}"`);
    }
  });

  test('every component has a registering and a class-only export', () => {
    for (const name of builtComponents()) {
      assert.deepEqual(pkg.exports[`./${name}.js`], {
        types: `./dist/components/${name}/${name}.d.ts`,
        default: `./dist/components/${name}/${name}.js`,
      });
      assert.deepEqual(pkg.exports[`./${name}.component.js`], {
        types: `./dist/components/${name}/${name}.component.d.ts`,
        default: `./dist/components/${name}/${name}.component.js`,
      });
    }
  });

  test('sideEffects names the registering modules and no class-only module', () => {
    const globToRegExp = (glob) =>
      new RegExp(`^${glob.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*\*/g, '\0').replace(/\*/g, '[^/]*').replace(/\0/g, '.*')}$`);
    const patterns = pkg.sideEffects.map(globToRegExp);
    const hasSideEffects = (file) => patterns.some((p) => p.test(file));
    assert.ok(hasSideEffects('./dist/index.js'));
    assert.ok(hasSideEffects(pkg.unpkg));
    for (const name of builtComponents()) {
      assert.ok(hasSideEffects(`./dist/components/${name}/${name}.js`), `${name}.js registers`);
      assert.ok(!hasSideEffects(`./dist/components/${name}/${name}.component.js`), `${name}.component.js is pure`);
      assert.ok(!hasSideEffects(`./dist/components/${name}/${name}.styles.js`), `${name}.styles.js is pure`);
    }
    for (const pure of ['./dist/internal/news-element.js', './dist/media/videojs-loader.js', './dist/events/index.js']) {
      assert.ok(!hasSideEffects(pure), `${pure} is pure`);
    }
  });

  test('lit is a dependency and video.js a peer, both as ranges (an app shares one copy), and the npm build imports nothing else', () => {
    assert.match(pkg.dependencies.lit, /^\^3\./, 'lit: a range');
    assert.match(pkg.peerDependencies['video.js'], /^\^8\./, 'video.js: a peer range');
    assert.ok(!pkg.dependencies['video.js'], 'video.js is not a dependency of its own');
    for (const [name, range] of Object.entries({ ...pkg.dependencies, ...pkg.peerDependencies })) {
      assert.ok(!/^\d/.test(range), `${name} is a range, not an exact pin (${range})`);
    }
    for (const [name, version] of Object.entries(pkg.devDependencies)) assert.match(version, /^\d+\.\d+\.\d+$/, `devDependency ${name} is pinned exactly`);
    const bare = new Set();
    for (const file of files.filter((f) => /^dist\/(?!cdn\/|react\/).*\.js$/.test(f))) {
      const { static: s, dynamic: d } = importsOf(rel(file));
      for (const spec of [...s, ...d]) if (!/^\.\.?\//.test(spec)) bare.add(spec);
    }
    const allowed = /^(lit|video\.js)(\/|$)|^@lit\/|^@videojs\//;
    assert.deepEqual([...bare].filter((s) => !allowed.test(s)), [], 'only lit and video.js are imported');
    assert.deepEqual([...bare].filter((s) => s.includes('?')), [], 'no ?inline or other query imports');
  });

  test('news-player/jsx, /vue, /solid, /svelte: types only, generated into dist/types/', () => {
    for (const name of ['jsx', 'vue', 'solid', 'svelte']) {
      assert.deepEqual(pkg.exports[`./${name}`], { types: `./dist/types/${name}.d.ts` });
      assert.ok(files.includes(`dist/types/${name}.d.ts`), `dist/types/${name}.d.ts is in the package`);
    }
  });

  test('news-player/react: its own entry, React and @lit/react optional peers (an app without React installs neither, nor @types/react)', () => {
    assert.deepEqual(pkg.exports['./react'], { types: './dist/react/index.d.ts', default: './dist/react/index.js' });
    assert.ok(pkg.sideEffects.includes('./dist/react/index.js'), 'the React entry registers the elements');
    assert.ok(!pkg.dependencies['@lit/react'], '@lit/react is not a dependency');
    assert.ok(pkg.peerDependencies['@lit/react'] && pkg.peerDependenciesMeta['@lit/react']?.optional, '@lit/react is an optional peer');
    assert.ok(pkg.peerDependencies?.react, 'react is a peer dependency');
    assert.equal(pkg.peerDependenciesMeta?.react?.optional, true, 'react is an optional peer');
    assert.ok(!pkg.dependencies.react && !pkg.dependencies['react-dom'], 'react is never a dependency');
    const reactFiles = files.filter((f) => /^dist\/react\/.*\.js$/.test(f));
    assert.ok(reactFiles.includes('dist/react/index.js') && files.includes('dist/react/index.d.ts'));
    const bare = new Set(reactFiles.flatMap((f) => Object.values(importsOf(rel(f))).flat()).filter((s) => !/^\.\.?\//.test(s)));
    assert.deepEqual([...bare].sort(), ['@lit/react', 'react'], 'React and @lit/react stay external');
  });

  test('the video.js stylesheet is a string module in the npm build', async () => {
    const { default: css } = await import(rel('dist/media/videojs-styles.js'));
    assert.equal(typeof css, 'string');
    assert.match(css, /\.video-js/);
    assert.ok(!readFileSync(rel('dist/media/videojs-styles.js'), 'utf8').includes('?inline'));
  });
});
