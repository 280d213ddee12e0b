// Dev-server pieces shared by the test runner and the stories: video.js and React pre-bundling,
// CSS as text, /shared/ files, and a media fault server for the error tests.
import { readFile, stat } from 'node:fs/promises';
import { createReadStream } from 'node:fs';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { MEDIA_TYPES, liveRoute, liveStreams, parseRange } from './faults-core.mjs';

// The live playlist is pure and lives in faults-core.mjs, shared with the Storybook dev server.
export { livePlaylist } from './faults-core.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const shared = path.resolve(root, '../shared');

/**
 * video.js's ES build imports CommonJS packages and its core build is UMD; the dev server cannot
 * serve either as browser modules, so each is bundled once with esbuild into one ES module.
 */
export function videojsPlugin() {
  const cache = new Map();
  return {
    name: 'news-player-videojs',
    async serve(context) {
      const p = context.path;
      if (!/^\/node_modules\/(video\.js|@videojs\/http-streaming)\/dist\/.*\.js$/.test(p)) return undefined;
      if (!cache.has(p)) {
        const entry = path.join(root, p);
        cache.set(
          p,
          esbuild
            .build({
              entryPoints: [entry],
              bundle: true,
              format: 'esm',
              write: false,
              platform: 'browser',
              logLevel: 'silent',
              define: { 'process.env.NODE_ENV': '"development"' },
            })
            .then((r) => r.outputFiles[0].text),
        );
      }
      return { body: await cache.get(p), type: 'js' };
    },
  };
}

/** React's public modules, as the dev server's node resolution names them. */
const REACT_MODULES = {
  '/node_modules/react/index.js': 'react',
  '/node_modules/react/jsx-runtime.js': 'react/jsx-runtime',
  '/node_modules/react/jsx-dev-runtime.js': 'react/jsx-dev-runtime',
  '/node_modules/react-dom/index.js': 'react-dom',
  '/node_modules/react-dom/client.js': 'react-dom/client',
  '/node_modules/react-dom/server.browser.js': 'react-dom/server.browser',
};
const REACT_VENDOR = '/__news-player/react-vendor.js';

/**
 * React (for the `news-player/react` tests) ships CommonJS only. Bundling each module on its own
 * would give react-dom a React of its own (and hooks would fail), so every React module is bundled
 * once with esbuild into one ES module, and each public path is served as a small ES module that
 * re-exports its part of it, named exports read from the CommonJS module in Node.
 */
export function reactPlugin() {
  let vendor;
  let names;
  const ids = Object.values(REACT_MODULES);
  /** Export names of each module, read in a child process: loading React here would patch this one's console. */
  const exportNames = (id) => {
    names ??= JSON.parse(
      execFileSync(
        process.execPath,
        // react-dom/server.browser keeps a MessageChannel open: exit once the names are out.
        ['-e', `console.log(JSON.stringify(Object.fromEntries(${JSON.stringify(ids)}.map((id) => [id, Object.keys(require(id))])))); process.exit(0);`],
        { cwd: root, encoding: 'utf8' },
      ),
    );
    return names[id].filter((k) => /^[A-Za-z_$][\w$]*$/.test(k) && k !== 'default');
  };
  const binding = (id) => `m${ids.indexOf(id)}`;
  return {
    name: 'news-player-react',
    async serve(context) {
      if (context.path === REACT_VENDOR) {
        vendor ??= esbuild
          .build({
            stdin: {
              contents: ids.map((id) => `export * as ${binding(id)} from ${JSON.stringify(id)};`).join('\n'),
              resolveDir: root,
              loader: 'js',
            },
            bundle: true,
            format: 'esm',
            write: false,
            platform: 'browser',
            logLevel: 'silent',
            define: { 'process.env.NODE_ENV': '"development"' },
          })
          .then((r) => r.outputFiles[0].text);
        return { body: await vendor, type: 'js' };
      }
      const id = REACT_MODULES[context.path];
      if (!id) return undefined;
      const names = exportNames(id);
      const body = [
        `import { ${binding(id)} as ns } from ${JSON.stringify(REACT_VENDOR)};`,
        'const mod = ns.default ?? ns;',
        'export default mod;',
        names.length ? `export const { ${names.join(', ')} } = mod;` : '',
      ].join('\n');
      return { body, type: 'js' };
    },
  };
}

/** `import css from 'x.css?inline'` gives the stylesheet's text, as Vite does. */
export function cssInlinePlugin() {
  return {
    name: 'news-player-css-inline',
    async serve(context) {
      // `import url from 'video.js/dist/font/VideoJS.woff?url'`: the file's URL, as Vite gives it.
      if (context.path.endsWith('.woff') && 'url' in (context.query ?? {})) {
        return { body: `export default ${JSON.stringify(context.path)};`, type: 'js' };
      }
      if (!context.path.endsWith('.css') || !('inline' in (context.query ?? {}))) return undefined;
      const text = await readFile(path.join(root, context.path), 'utf8');
      return { body: `export default ${JSON.stringify(text)};`, type: 'js' };
    },
    transformImport({ source }) {
      // Keep the query through the resolver, which would otherwise drop it.
      if (source.endsWith('.css?inline') && !source.startsWith('/')) {
        return `/node_modules/${source.replace(/\?inline$/, '')}?inline`;
      }
      if (source.endsWith('.woff?url') && !source.startsWith('/')) {
        return `/node_modules/${source.replace(/\?url$/, '')}?url`;
      }
      return undefined;
    },
  };
}

const healed = new Set();
const delay = (ms) => new Promise((r) => setTimeout(r, ms));

/**
 * Serves a file with byte-range support: media elements need 206 answers to seek, and the
 * dev server's static handler gives whole files only.
 */
async function sendFile(ctx, file) {
  let info;
  try {
    info = await stat(file);
  } catch {
    ctx.status = 404;
    return;
  }
  if (!info.isFile()) {
    ctx.status = 404;
    return;
  }
  ctx.set('Accept-Ranges', 'bytes');
  ctx.set('Cache-Control', 'no-store');
  ctx.type = MEDIA_TYPES[path.extname(file)] ?? path.extname(file);
  const range = parseRange(ctx.get('Range'), info.size);
  if (range.status === 416) {
    ctx.status = 416;
    ctx.set('Content-Range', `bytes */${info.size}`);
    return;
  }
  if (range.status === 206) {
    const { start, end } = range;
    ctx.status = 206;
    ctx.set('Content-Range', `bytes ${start}-${end}/${info.size}`);
    ctx.length = end - start + 1;
    ctx.body = createReadStream(file, { start, end });
    return;
  }
  ctx.length = info.size;
  ctx.body = createReadStream(file);
}

/** Live streams by key (each starts at its first playlist request). */
const live = liveStreams();

/**
 * `/live/<key>/index.m3u8` (optionally `?window=<segments>`), `/live/<key>/init.mp4` and
 * `/live/<key>/seg<n>.m4s`: the growing live stream of {@link livePlaylist}, segment `n` being
 * the clip's segment `n mod 3`. Returns false for any other URL.
 */
async function serveLive(ctx) {
  const route = liveRoute(ctx.path, ctx.query.window);
  if (!route) return false;
  if (route.kind === 'playlist') {
    const body = live.playlist(route.key, route.windowSize);
    // Written directly: the test runner marks every response with a file extension as cacheable
    // for a year once the middleware returns, and a cached live playlist never grows.
    ctx.respond = false;
    ctx.res.writeHead(200, {
      'Content-Type': MEDIA_TYPES['.m3u8'],
      'Content-Length': String(Buffer.byteLength(body)),
      'Cache-Control': 'no-store',
    });
    ctx.res.end(body);
    return true;
  }
  await sendFile(ctx, route.file);
  return true;
}

/**
 * Koa middleware: `/live/*` (the growing live stream), `/test/media/*` with byte ranges,
 * `/shared/*` from the folder beside the repo, and `/faults/*` answers that media tests need:
 * 404, 403, 410, 500, garbage bytes, an empty file, slow answers (`slow/<ms>`), a stalled response, media that stalls
 * mid-play until healed (`cut/<key>`), a transcript that stalls after its first cue
 * (`stalledtext`) or trickles in (`trickletext/<cues>`), answers another origin may read
 * (`?cors`), and a 503 that recovers once
 * `/faults/heal/<key>` was requested.
 */
export async function faultMiddleware(ctx, next) {
  const url = ctx.path;
  if (url.startsWith('/live/')) {
    if (await serveLive(ctx)) return undefined;
    return next();
  }
  if (url.startsWith('/test/media/') || url.startsWith('/test/cue-fixtures/')) {
    const file = path.join(root, decodeURIComponent(url));
    if (!file.startsWith(path.join(root, 'test'))) return next();
    return sendFile(ctx, file);
  }
  if (url.startsWith('/shared/')) {
    const file = path.join(shared, decodeURIComponent(url.slice('/shared/'.length)));
    if (!file.startsWith(shared)) return next();
    return sendFile(ctx, file);
  }
  if (!url.startsWith('/faults/')) return next();
  ctx.set('Cache-Control', 'no-store');
  // `?cors`: the answer another origin may read (a CDN that sends Access-Control-Allow-Origin).
  if ('cors' in ctx.query) {
    ctx.set('Access-Control-Allow-Origin', '*');
    if (ctx.method === 'OPTIONS') {
      ctx.set('Access-Control-Allow-Headers', 'Range');
      ctx.status = 204;
      return undefined;
    }
  }
  const m = /^\/faults\/(\w+)(?:\/([\w-]+))?/.exec(url);
  const kind = m?.[1];
  const key = m?.[2] ?? '';
  switch (kind) {
    case 'status': {
      ctx.status = Number(key) || 500;
      ctx.type = 'text/plain';
      ctx.body = `fault ${ctx.status}`;
      return undefined;
    }
    case 'slow': {
      // Every answer `key` ms late (default 300, at most 5 s): `?f=<file in test/media>` with byte
      // ranges, or `?status=<code>`. For what a reader sees and hears while media takes a moment.
      await new Promise((resolve) => setTimeout(resolve, Math.min(Number(key) || 300, 5000)));
      const status = Number(ctx.query.status);
      if (status) {
        ctx.status = status;
        ctx.type = 'text/plain';
        ctx.body = `fault ${status}`;
        return undefined;
      }
      const name = path.basename(String(ctx.query.f ?? 'clip.webm'));
      return sendFile(ctx, path.join(root, 'test/media', name));
    }
    case 'garbage': {
      ctx.type = 'video/mp4';
      ctx.body = Buffer.from('this is not a video file. '.repeat(80));
      return undefined;
    }
    case 'empty': {
      // A 0-byte media file, answered as a static server would: 416 to any byte range.
      ctx.type = 'video/mp4';
      if (ctx.get('Range')) {
        ctx.status = 416;
        ctx.set('Content-Range', 'bytes */0');
      } else {
        ctx.status = 200;
      }
      ctx.body = '';
      return undefined;
    }
    case 'stall': {
      // Headers, then nothing, for at most a minute (bounded so no test can hang the server).
      ctx.respond = false;
      ctx.res.writeHead(200, { 'Content-Type': 'video/mp4', 'Content-Length': '1000000' });
      ctx.res.flushHeaders?.();
      const timer = setTimeout(() => ctx.res.destroy(), 60_000);
      ctx.req.on('close', () => clearTimeout(timer));
      return undefined;
    }
    case 'cut': {
      // Plays, then stalls mid-play like 'partial/50', until `/faults/heal/<key>`: then the whole clip.
      if (healed.has(key)) {
        ctx.redirect('/test/media/long.webm');
        return undefined;
      }
      const file = path.join(root, 'test/media/long.webm');
      const whole = await readFile(file);
      ctx.respond = false;
      ctx.res.writeHead(200, { 'Content-Type': 'video/webm', 'Content-Length': String(whole.length), 'Cache-Control': 'no-store' });
      ctx.res.write(whole.subarray(0, Math.floor(whole.length / 2)));
      const timer = setTimeout(() => ctx.res.destroy(), 60_000);
      ctx.req.on('close', () => clearTimeout(timer));
      return undefined;
    }
    case 'partial': {
      // The first `key` percent of long.webm under headers promising all of it, then nothing:
      // playback starts, then buffers for ever (bounded to a minute).
      const file = path.join(root, 'test/media/long.webm');
      const whole = await readFile(file);
      const head = whole.subarray(0, Math.floor((whole.length * (Number(key) || 25)) / 100));
      ctx.respond = false;
      ctx.res.writeHead(200, { 'Content-Type': 'video/webm', 'Content-Length': String(whole.length), 'Cache-Control': 'no-store' });
      ctx.res.write(head);
      const timer = setTimeout(() => ctx.res.destroy(), 60_000);
      ctx.req.on('close', () => clearTimeout(timer));
      return undefined;
    }
    case 'stalledtext': {
      // A transcript whose first cue arrives under headers promising more, then nothing: the
      // download never finishes (bounded to a minute).
      ctx.respond = false;
      ctx.res.writeHead(200, { 'Content-Type': 'text/vtt', 'Content-Length': '100000', 'Cache-Control': 'no-store' });
      ctx.res.write('WEBVTT\n\n00:00.000 --> 00:01.000\nThe first words arrive.\n\n');
      const timer = setTimeout(() => ctx.res.destroy(), 60_000);
      ctx.req.on('close', () => clearTimeout(timer));
      return undefined;
    }
    case 'trickletext': {
      // A transcript of `key` cues (default 6), one every 400 ms: slow, but always progressing.
      const total = Number(key) || 6;
      ctx.respond = false;
      ctx.res.writeHead(200, { 'Content-Type': 'text/vtt', 'Cache-Control': 'no-store' });
      ctx.res.write('WEBVTT\n\n');
      let sent = 0;
      const timer = setInterval(() => {
        ctx.res.write(`00:${String(sent).padStart(2, '0')}.000 --> 00:${String(sent + 1).padStart(2, '0')}.000\nCue ${sent} arrives slowly.\n\n`);
        if (++sent >= total) {
          clearInterval(timer);
          ctx.res.end();
        }
      }, 400);
      ctx.req.on('close', () => clearInterval(timer));
      return undefined;
    }
    case 'slow': {
      // The real clip after a delay: loading that is slow but makes it.
      await delay(Number(key) || 1500);
      ctx.redirect('/test/media/clip.webm');
      return undefined;
    }
    case 'heal': {
      healed.add(key);
      ctx.body = 'ok';
      return undefined;
    }
    case 'flaky': {
      if (!healed.has(key)) {
        ctx.status = 503;
        ctx.body = 'Service Unavailable';
        return undefined;
      }
      ctx.redirect('/test/media/clip.webm');
      return undefined;
    }
    default:
      ctx.status = 404;
      return undefined;
  }
}

export { root };
