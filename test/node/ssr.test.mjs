// Server rendering: importing the package in Node, with no DOM, must not throw.
import { describe, test, before } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { builtComponents, importsOf, pkg, rel, requireBuild, root, staticClosure } from './helpers.mjs';

/** Runs `code` as an ES module in a fresh Node process from the package root. */
function runNode(code) {
  return execFileSync(process.execPath, ['--input-type=module', '-e', code], {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

describe('importing the package in Node (SSR)', () => {
  before(requireBuild);

  test('there is no DOM in this process', () => {
    for (const name of ['window', 'document', 'HTMLElement', 'customElements', 'CSSStyleSheet']) {
      assert.equal(typeof globalThis[name], 'undefined', `${name} should not exist in plain Node`);
    }
  });

  test(`import('${pkg.name}') resolves through the exports map`, async () => {
    const mod = await import(pkg.name);
    assert.equal(typeof mod.NewsPlayer, 'function');
    assert.ok(Array.isArray(mod.PLAYER_STATES));
    assert.equal(typeof mod.formatTime, 'function');
  });

  test('the registering module defines <news-player> in Lit’s server registry', async () => {
    const { NewsPlayer } = await import(`${pkg.name}/news-player.js`);
    // Lit's `node` build installs a customElements shim; the guarded define() uses it.
    assert.equal(globalThis.customElements?.get('news-player'), NewsPlayer);
  });

  test('every component subpath imports', async () => {
    for (const name of builtComponents()) {
      const element = await import(`${pkg.name}/${name}.js`);
      const component = await import(`${pkg.name}/${name}.component.js`);
      assert.ok(Object.keys(element).length > 0, `${name}.js exports something`);
      assert.ok(Object.keys(component).length > 0, `${name}.component.js exports something`);
    }
  });

  test('importing does not load video.js: it is only imported dynamically', () => {
    const statics = [...staticClosure(rel(pkg.exports['.'].default))].flatMap((f) => importsOf(f).static);
    assert.deepEqual(statics.filter((s) => /^video\.js|^@videojs\//.test(s)), []);
  });

  test(`${pkg.name}/react imports in Node, registers the elements and server-renders their tags`, async () => {
    const { NewsPlayer, NewsTranscript, NewsTimestamp } = await import(`${pkg.name}/react`);
    const React = await import('react');
    const { renderToString } = await import('react-dom/server');
    for (const tag of ['news-player', 'news-transcript', 'news-timestamp']) {
      assert.ok(globalThis.customElements?.get(tag), `<${tag}> is registered`);
    }
    const h = React.createElement;
    const markup = renderToString(
      h('article', null,
        h(NewsPlayer, { id: 'clip', src: '/clip.webm', headline: 'Headline & more', muted: true, duration: '2:44', load: 'visible', timeFormat: 'elapsed', options: { plugins: {} }, onStateChange: () => {} },
          h('track', { kind: 'captions', src: '/captions.vtt', srcLang: 'en' })),
        h(NewsTimestamp, { htmlFor: 'clip', time: '0:02' }),
        h(NewsTranscript, { htmlFor: 'clip' })),
    );
    // The server writes the attributes, so the poster card and headline show before hydration;
    // HTML names (`duration`, `load`) and property names (`timeFormat`) both become attributes.
    const player = /<news-player [^>]*>/.exec(markup)?.[0] ?? '';
    for (const attr of ['id="clip"', 'src="/clip.webm"', 'headline="Headline &amp; more"', 'muted=""', 'duration="2:44"', 'load="visible"', 'time-format="elapsed"']) {
      assert.ok(player.includes(attr), `${attr} in ${player}`);
    }
    assert.doesNotMatch(player, /options|onStateChange|statechange/i, 'objects and handlers are the client\'s');
    assert.match(markup, /<news-player [^>]*><track kind="captions" src="\/captions.vtt" srcLang="en"\/><\/news-player>/);
    assert.match(markup, /<news-timestamp for="clip" time="0:02"><\/news-timestamp>/);
    assert.match(markup, /<news-transcript for="clip"><\/news-transcript>/);
    // For Next.js's App Router: the wrappers are client components.
    assert.match(readFileSync(rel('dist/react/index.js'), 'utf8'), /^'use client';/);
  });

  test(`import('${pkg.name}/cdn') resolves in Node to the npm build (the CDN file is for browsers)`, async () => {
    const mod = await import(`${pkg.name}/cdn`);
    assert.equal(typeof mod.NewsPlayer, 'function');
  });

  test('it also imports where Node has no global CustomEvent (Node 18)', () => {
    const out = runNode(`
      delete globalThis.CustomEvent;
      const mod = await import('${pkg.name}');
      console.log(typeof mod.NewsPlayerStateChangeEvent);
    `);
    assert.equal(out.trim(), 'function');
  });
});
