// The pages of the peers bench (bench/peers.mjs): one article shell, one clip, N players of one
// kind, each embedded the way its own docs show. Unlike bench/pages.mjs's shell, this one gives
// the players no size of its own: what a player's markup and CSS do to the layout, from the first
// paint to the moment its custom elements are defined, is what the CLS figure measures. The
// article goes on below the players, so a player that changes height moves text a reader sees.
//
//   news-player   the README's "In plain HTML (CDN)" snippet, read from README.md when the pages
//                 are made: what stands before <news-player> goes in <head> (the module script,
//                 and the stylesheet the README may put first), the element in <body>; only its
//                 addresses are pointed at this server and the bench's clip;
//   video.js      video.min.js + video-js.min.css, <video class="video-js" width height>, videojs();
//   media-chrome  <media-controller> with <video slot="media"> and a control bar (its README);
//   Vidstack      <media-player> + <media-provider> + <media-video-layout> (default layout), its
//                 theme.css and video.css; the JS is bench/peers/vidstack.js bundled at bench time;
//   Plyr          plyr.min.js + plyr.css, `new Plyr(video)`, the icon sprite from this server;
//   native        <video width height> with preload="none" or "metadata" and a play-on-click
//                 handler (no controls, as bench/pages.mjs's click pages).
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
export const root = path.resolve(here, '..');

/** The clip every peers page plays: 20 s, 640x360 H.264/AAC, 135 KB (bench/make-clip.sh). */
export const PEER_MEDIA = {
  mp4: '/bench/media/article-20s.mp4',
  poster: '/bench/media/poster.jpg',
  duration: '0:20',
  /** For a README snippet's other tracks and sources (never chosen over the MP4 or shown). */
  webm: '/test/media/clip.webm',
  vtt: '/test/media/captions.vtt',
};

/**
 * URL prefix → folder, for bench/server.mjs. `cdn` is the snapshot of dist/cdn; the README's
 * package addresses (`https://unpkg.com/news-player/…`) become `/pkg/…`; `peersBuilt` is where
 * buildPeerBundles() wrote the bundled peers.
 */
export function peerMounts({ cdn, peersBuilt }) {
  return {
    '/cdn/': cdn,
    '/pkg/dist/cdn/': cdn,
    '/pkg/dist/': path.join(root, 'dist'),
    '/peers/': peersBuilt,
    '/node_modules/': path.join(root, 'node_modules'),
    '/bench/media/': path.join(here, 'media'),
    '/test/media/': path.join(root, 'test/media'),
  };
}

/**
 * The README's CDN snippet: `{ head, element }`, as written, with the package's CDN addresses made
 * `/pkg/…` (served from dist/) and the example media made the bench's clip. Throws when the
 * section or the element is gone, so a README change cannot silently empty the page.
 */
export function readmeSnippet(readme = readFileSync(path.join(root, 'README.md'), 'utf8')) {
  const section = readme.split(/^### In plain HTML \(CDN\)\s*$/m)[1];
  const block = section && /```html\n([\s\S]*?)```/.exec(section)?.[1];
  if (!block) throw new Error('README.md: no ```html block under "### In plain HTML (CDN)"');
  const at = block.indexOf('<news-player');
  const end = block.indexOf('</news-player>');
  if (at < 0 || end < 0) throw new Error('README.md: the CDN snippet has no <news-player>…</news-player>');
  const pkgUrl = /https:\/\/(?:unpkg\.com|cdn\.jsdelivr\.net\/npm)\/news-player(?:@[^/"']+)?\//g;
  const head = block.slice(0, at).replace(pkgUrl, '/pkg/').trim();
  const media = (url) => {
    const ext = path.extname(new URL(url, 'http://x/').pathname).toLowerCase();
    return { '.mp4': PEER_MEDIA.mp4, '.webm': PEER_MEDIA.webm, '.vtt': PEER_MEDIA.vtt, '.jpg': PEER_MEDIA.poster, '.jpeg': PEER_MEDIA.poster, '.png': PEER_MEDIA.poster }[ext] ?? url;
  };
  const element = block
    .slice(at, end + '</news-player>'.length)
    .replace(/\b(src|poster)="([^"]*)"/g, (_, name, url) => `${name}="${media(url)}"`)
    .replace(/\bduration="[^"]*"/, `duration="${PEER_MEDIA.duration}"`);
  return { head, element };
}

/** The article shell of every peers page: no rule for the players' size. */
export const articleShell = (title, head, body) => `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
${head}
<style>
  body { margin: 0; font: 16px/1.5 Georgia, serif; }
  main { width: 640px; margin: 0 auto; }
</style>
</head>
<body>
<main>
<h1>${title}</h1>
<p>An article with video. The players below are what is measured.</p>
${body}
${ARTICLE}
</main>
</body>
</html>
`;

const ARTICLE = Array.from(
  { length: 6 },
  (_, i) => `<p>Paragraph ${i + 1} of the article goes on below the video. A reader who has started to read it sees this text move when a player above it changes height after the first paint: that movement is the layout shift this page measures, and it is the same text for every player.</p>`,
).join('\n');

const times = (n, f) => Array.from({ length: n }, (_, i) => f(i)).join('\n');

/** Plays a native <video> on click (it has no controls to click), pausing the others. */
const NATIVE_CLICK = `<script>for (const v of document.querySelectorAll('video')) v.addEventListener('click', () => { for (const o of document.querySelectorAll('video')) if (o !== v) o.pause(); v.play(); });</script>`;

/**
 * The players. Each: `label`, `docs` (how it is embedded, for the report), `head` and `body(n)`
 * (HTML), `ready` (a page expression, true once its elements are defined and set up), `assets`
 * (files under node_modules the page links to as they are, checked by test/node/bench-pages.test.mjs)
 * and `bundle` (a bench/peers/ entry that buildPeerBundles() makes into /peers/<name>/<name>.js).
 */
export function peers({ readme } = {}) {
  const snippet = readmeSnippet(readme);
  const withId = (i) => snippet.element.replace('<news-player', `<news-player id="p${i}"`);
  return {
    'news-player': {
      label: 'news-player (README snippet)',
      docs: "README.md's CDN snippet as written: what stands before the element (the module script, and whatever the README puts first) in `<head>`, the `<news-player>` element with its `<source>`s and `<track>` pointed at the bench's clip",
      head: snippet.head,
      body: (n) => times(n, withId),
      ready: "customElements.get('news-player') !== undefined && [...document.querySelectorAll('news-player')].every((p) => p.shadowRoot)",
      assets: [],
    },
    videojs: {
      label: 'video.js 8 (full build)',
      docs: '`video.min.js` + `video-js.min.css` from node_modules, `<video class="video-js" controls preload="metadata" width="640" height="360">` (as bench/pages.mjs), `videojs(el)`',
      head: '<link rel="stylesheet" href="/node_modules/video.js/dist/video-js.min.css">',
      body: (n) => `${times(n, (i) => `<video id="v${i}" class="video-js" controls preload="metadata" width="640" height="360" poster="${PEER_MEDIA.poster}"><source src="${PEER_MEDIA.mp4}" type="video/mp4"></video>`)}
<script src="/node_modules/video.js/dist/video.min.js"></script>
<script>for (const el of document.querySelectorAll('video.video-js')) videojs(el);</script>`,
      ready: "document.querySelectorAll('.video-js.vjs-paused').length === document.querySelectorAll('video').length",
      assets: ['video.js/dist/video.min.js', 'video.js/dist/video-js.min.css'],
    },
    'media-chrome': {
      label: 'media-chrome',
      docs: 'its README: one module script (the package entry, bundled and minified by esbuild as its CDN\'s `+esm` serves it), `<media-controller>` with `<video slot="media" src poster>` and a `<media-control-bar>` (play, mute, volume, time range, PiP, fullscreen)',
      head: '<script type="module" src="/peers/media-chrome/media-chrome.js"></script>',
      body: (n) =>
        times(
          n,
          (i) => `<media-controller id="c${i}">
  <video id="v${i}" slot="media" src="${PEER_MEDIA.mp4}" poster="${PEER_MEDIA.poster}"></video>
  <media-control-bar>
    <media-play-button></media-play-button>
    <media-mute-button></media-mute-button>
    <media-volume-range></media-volume-range>
    <media-time-range></media-time-range>
    <media-pip-button></media-pip-button>
    <media-fullscreen-button></media-fullscreen-button>
  </media-control-bar>
</media-controller>`,
        ),
      ready: "customElements.get('media-controller') !== undefined && customElements.get('media-control-bar') !== undefined",
      assets: [],
      bundle: 'media-chrome',
    },
    vidstack: {
      label: 'Vidstack (web components, default layout)',
      docs: 'its web-component install: `theme.css` + `layouts/video.css` from node_modules, the player, default layout and UI elements (`bench/peers/vidstack.js`, bundled by esbuild: the package\'s CDN bundle imports its icons from another CDN), `<media-player src>` with `<media-provider><media-poster>` and `<media-video-layout>`',
      head: `<link rel="stylesheet" href="/node_modules/vidstack/player/styles/default/theme.css">
<link rel="stylesheet" href="/node_modules/vidstack/player/styles/default/layouts/video.css">
<script type="module" src="/peers/vidstack/vidstack.js"></script>`,
      body: (n) =>
        times(
          n,
          (i) => `<media-player id="m${i}" title="Clip ${i + 1}" src="${PEER_MEDIA.mp4}">
  <media-provider><media-poster class="vds-poster" src="${PEER_MEDIA.poster}" alt=""></media-poster></media-provider>
  <media-video-layout></media-video-layout>
</media-player>`,
        ),
      ready: "customElements.get('media-player') !== undefined && customElements.get('media-video-layout') !== undefined",
      assets: ['vidstack/player/styles/default/theme.css', 'vidstack/player/styles/default/layouts/video.css'],
      bundle: 'vidstack',
    },
    plyr: {
      label: 'Plyr',
      docs: 'its docs: `plyr.css` in `<head>`, `<video playsinline controls data-poster>` with a `<source>`, `plyr.min.js`, `new Plyr(video, { iconUrl })` with the icon sprite from this server (the default is its CDN)',
      head: '<link rel="stylesheet" href="/node_modules/plyr/dist/plyr.css">',
      body: (n) => `${times(n, (i) => `<video id="v${i}" playsinline controls data-poster="${PEER_MEDIA.poster}"><source src="${PEER_MEDIA.mp4}" type="video/mp4"></video>`)}
<script src="/node_modules/plyr/dist/plyr.min.js"></script>
<script>for (const v of document.querySelectorAll('video')) new Plyr(v, { iconUrl: '/node_modules/plyr/dist/plyr.svg' });</script>`,
      ready: "document.querySelectorAll('.plyr').length === document.querySelectorAll('video').length",
      assets: ['plyr/dist/plyr.min.js', 'plyr/dist/plyr.css', 'plyr/dist/plyr.svg'],
    },
    'native-none': {
      label: 'native `<video preload="none">`',
      docs: '`<video preload="none" width="640" height="360" poster src>`, played by a click handler (no controls, as bench/pages.mjs)',
      head: '',
      body: (n) => `${times(n, (i) => `<video id="v${i}" preload="none" width="640" height="360" poster="${PEER_MEDIA.poster}" src="${PEER_MEDIA.mp4}"></video>`)}\n${NATIVE_CLICK}`,
      ready: 'true',
      assets: [],
    },
    'native-metadata': {
      label: 'native `<video preload="metadata">`',
      docs: '`<video preload="metadata" width="640" height="360" poster src>`, played by a click handler',
      head: '',
      body: (n) => `${times(n, (i) => `<video id="v${i}" preload="metadata" width="640" height="360" poster="${PEER_MEDIA.poster}" src="${PEER_MEDIA.mp4}"></video>`)}\n${NATIVE_CLICK}`,
      ready: 'true',
      assets: [],
    },
  };
}

/** The pages: `/peer-<key>-<n>.html` for 1 and 10 players of each kind. */
export function peerPages(players = peers()) {
  const pages = new Map();
  for (const [key, p] of Object.entries(players)) {
    for (const n of [1, 10]) pages.set(`/peer-${key}-${n}.html`, articleShell(`${n} × ${p.label.replaceAll('`', '').replaceAll('<', '&lt;')}`, p.head, p.body(n)));
  }
  return pages;
}

/** The file a URL path is served from, through `mounts` as bench/server.mjs matches them (first prefix). */
export function mountedFile(url, mounts) {
  const hit = Object.entries(mounts).find(([prefix]) => url.startsWith(prefix));
  return hit ? path.join(hit[1], url.slice(hit[0].length)) : undefined;
}

/** Addresses a page loads from this server (src/href attributes, not the media's). */
export function pageAssets(html) {
  return [...html.matchAll(/<(?:script|link)\b[^>]*\b(?:src|href)="([^"]+)"/g)].map((m) => m[1]);
}

/**
 * Bundles bench/peers/<name>.js for each player with a `bundle` into `outDir/<name>/` (esbuild:
 * ESM, code splitting, minified, the packages' browser production builds), as a CDN serves a
 * package. Resolves to the entry files written.
 */
export async function buildPeerBundles(outDir, players = peers()) {
  const { build } = await import('esbuild');
  const written = [];
  for (const [key, p] of Object.entries(players)) {
    if (!p.bundle) continue;
    const entry = path.join(here, 'peers', `${p.bundle}.js`);
    if (!existsSync(entry)) throw new Error(`${key}: no ${path.relative(root, entry)}`);
    await build({
      entryPoints: [entry],
      outdir: path.join(outDir, p.bundle),
      bundle: true,
      splitting: true,
      format: 'esm',
      platform: 'browser',
      target: 'es2022',
      minify: true,
      logLevel: 'error',
      absWorkingDir: root,
    });
    written.push(path.join(outDir, p.bundle, `${p.bundle}.js`));
  }
  return written;
}
