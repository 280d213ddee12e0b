// The peers bench's pages (bench/peer-pages.mjs) build, without a browser: every script and
// stylesheet a page links to is served from a file that exists (node_modules, the CDN build, the
// bundled peers), the peers are pinned, and news-player's page is the README's snippet.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { articleShell, buildPeerBundles, mountedFile, pageAssets, peerMounts, peerPages, peers, PEER_MEDIA, readmeSnippet } from '../../bench/peer-pages.mjs';
import { pkg, rel, requireBuild } from './helpers.mjs';

const PEER_PACKAGES = ['video.js', 'media-chrome', 'vidstack', 'plyr'];

describe('peers bench pages', () => {
  let built;
  let mounts;
  let players;
  let pages;

  before(async () => {
    requireBuild();
    built = mkdtempSync(join(tmpdir(), 'news-player-bench-pages-'));
    players = peers();
    pages = peerPages(players);
    await buildPeerBundles(built, players);
    mounts = peerMounts({ cdn: rel('dist/cdn'), peersBuilt: built });
  });
  after(() => rmSync(built, { recursive: true, force: true }));

  test('the peers are devDependencies pinned exactly, and installed at that version', () => {
    for (const name of PEER_PACKAGES) {
      const want = pkg.devDependencies[name];
      assert.match(want ?? '', /^\d+\.\d+\.\d+$/, `${name} is pinned exactly in devDependencies (got ${want})`);
      const installed = JSON.parse(readFileSync(rel(`node_modules/${name}/package.json`), 'utf8')).version;
      assert.equal(installed, want, `node_modules/${name} is ${want}`);
    }
  });

  test('one page of 1 and one of 10 players for each kind', () => {
    for (const key of Object.keys(players)) {
      for (const n of [1, 10]) assert.ok(pages.has(`/peer-${key}-${n}.html`), `/peer-${key}-${n}.html`);
    }
    for (const kind of ['news-player', 'videojs', 'media-chrome', 'vidstack', 'plyr', 'native-none', 'native-metadata']) {
      assert.ok(kind in players, `${kind} is measured`);
    }
  });

  test("every page's scripts and stylesheets are served from files that exist", () => {
    for (const [page, html] of pages) {
      for (const url of pageAssets(html)) {
        const file = mountedFile(url, mounts);
        assert.ok(file, `${page}: ${url} is under a mount`);
        assert.ok(existsSync(file), `${page}: ${url} → ${file} exists`);
      }
    }
  });

  test("each peer's node_modules files exist and its page links to them", () => {
    for (const [key, p] of Object.entries(players)) {
      const html = pages.get(`/peer-${key}-1.html`);
      for (const asset of p.assets) {
        assert.ok(existsSync(rel(`node_modules/${asset}`)), `${key}: node_modules/${asset} exists`);
        assert.ok(html.includes(`/node_modules/${asset}`), `${key}: the page links to /node_modules/${asset}`);
      }
      if (p.bundle) {
        assert.ok(existsSync(join(built, p.bundle, `${p.bundle}.js`)), `${key}: the ${p.bundle} bundle was made`);
        assert.ok(html.includes(`/peers/${p.bundle}/${p.bundle}.js`), `${key}: the page loads its bundle`);
      }
    }
  });

  test('the bundled peers are self-contained: no import from another origin, no bare specifier', () => {
    for (const name of ['media-chrome', 'vidstack']) {
      const code = readFileSync(join(built, name, `${name}.js`), 'utf8');
      assert.doesNotMatch(code, /\bfrom\s*["'](?:https?:|[a-z@])/, `${name}.js imports nothing from outside`);
    }
  });

  test('the pages play the bench clip and show its poster', () => {
    for (const file of [PEER_MEDIA.mp4, PEER_MEDIA.poster]) assert.ok(existsSync(mountedFile(file, mounts)), `${file} exists`);
    for (const [page, html] of pages) assert.ok(html.includes(PEER_MEDIA.mp4), `${page} plays ${PEER_MEDIA.mp4}`);
  });

  test('the shell gives the players no size of its own', () => {
    const html = articleShell('t', '', '<news-player></news-player>');
    const css = /<style>([\s\S]*?)<\/style>/.exec(html)[1];
    assert.doesNotMatch(css, /news-player|video|media-|plyr|height/);
  });

  test("news-player's page is the README's CDN snippet, head first", () => {
    const { head, element } = readmeSnippet();
    assert.match(head, /<script type="module" src="\/pkg\/dist\/cdn\/news-player\.js"><\/script>/);
    assert.match(element, /^<news-player[\s>]/);
    assert.doesNotMatch(head + element, /https?:\/\//, 'every address is on the bench server');
    const html = pages.get('/peer-news-player-1.html');
    assert.ok(html.indexOf(head) < html.indexOf('</head>'), 'the snippet before the element goes in <head>');
    assert.equal(html.match(/<news-player\b/g).length, 1);
    assert.equal(pages.get('/peer-news-player-10.html').match(/<news-player\b/g).length, 10);
  });

  test('a stylesheet the README puts before the script is carried into the page', () => {
    const readme = readFileSync(rel('README.md'), 'utf8').replace(
      /(### In plain HTML \(CDN\)[\s\S]*?```html\n)/,
      '$1<link rel="stylesheet" href="https://unpkg.com/news-player/dist/cdn/news-player.css" />\n',
    );
    const { head } = readmeSnippet(readme);
    assert.match(head, /^<link rel="stylesheet" href="\/pkg\/dist\/cdn\/news-player\.css" \/>\n[\s\S]*<script type="module"/);
    // The README's own box stylesheet (inline) is in the page's head as written.
    assert.match(readmeSnippet(readFileSync(rel('README.md'), 'utf8')).head, /<style>[\s\S]*news-player:not\(:defined\)[\s\S]*<\/style>/);
    assert.equal(mountedFile('/pkg/dist/cdn/news-player.css', mounts), join(rel('dist/cdn'), 'news-player.css'));
  });
});
