// The one small static HTTP server of the Node-side tooling: the benchmark (`bench/server.mjs`,
// `bench/transcript.mjs`), the CDN browser test, the consumer test and the story smoke test.
// Folders at URL prefixes and in-memory pages on 127.0.0.1, byte ranges through `parseRange`
// (media elements need 206 answers to seek), content types from `faults-core.mjs`. Each caller's
// own routes (e.g. a favicon) go in a `handle` hook. The Vite and Koa dev servers have their own
// middleware (`.storybook/fault-server.ts`, `test/support/server.mjs`) on the same core.
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { MEDIA_TYPES, parseRange } from './faults-core.mjs';

/** Content types by extension: the test media, plus what pages and builds are made of. */
const CONTENT_TYPES = {
  ...MEDIA_TYPES,
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

/** What `gzip: true` sends compressed (whole, without ranges), as a CDN would. */
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.map', '.json', '.m3u8', '.vtt']);

const typeOf = (file) => CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';

/**
 * Starts a server on 127.0.0.1 at a free port; resolves to `{ origin, close }` (`close()` ends
 * open connections too, and resolves once the server has stopped).
 *
 * - `mounts`: URL prefix → folder, e.g. `{ '/cdn/': dir, '/': other }`; the first prefix that
 *   matches serves, a folder answers with its `index` file (`index.html`; `null`: none).
 * - `pages`: a Map of path → text served from memory (type by extension, else HTML), never cached.
 * - `gzip`: send text (JS, CSS, HTML, JSON, playlists, captions) gzip-encoded to clients that
 *   accept it, whole; media and other files are always sent as they are, with byte ranges.
 * - `cache`: Cache-Control by extension, e.g. `{ '.js': 'public, max-age=3600' }`; else `no-store`.
 * - `headers`: extra headers on every answer (e.g. cross-origin isolation, a CSP).
 * - `requests`: an array; each request is pushed as `{ path, at, range }` (URL path, ms, Range header).
 * - `handle(req, res, url)`: the caller's own routes, asked first; returns (or resolves to) true
 *   when it has answered.
 */
export async function startStaticServer({ mounts = {}, pages = new Map(), gzip = false, cache = {}, headers = {}, requests, handle, index = 'index.html' } = {}) {
  const bases = Object.entries(mounts).map(([prefix, dir]) => [prefix, path.resolve(dir)]);
  /** Compressible files read once per version: `${file}:${mtime}` → { body, gz }. */
  const texts = new Map();
  const server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      requests?.push({ path: url.pathname, at: Date.now(), range: req.headers.range });
      for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
      if (handle && (await handle(req, res, url))) return;
      let pathname;
      try {
        pathname = decodeURIComponent(url.pathname);
      } catch {
        return end(res, 400, 'bad request');
      }
      if (pages.has(pathname)) {
        const type = CONTENT_TYPES[path.extname(pathname)] ?? CONTENT_TYPES['.html'];
        return sendText(req, res, { body: Buffer.from(pages.get(pathname)) }, { type, cache: 'no-store', gzip });
      }
      const mount = bases.find(([prefix]) => pathname.startsWith(prefix));
      if (!mount) return end(res, 404, 'not found');
      const [prefix, base] = mount;
      let file = path.join(base, pathname.slice(prefix.length));
      if (file !== base && !file.startsWith(base + path.sep)) return end(res, 403, 'forbidden');
      let info = await stat(file).catch(() => undefined);
      if (info?.isDirectory() && index) {
        file = path.join(file, index);
        info = await stat(file).catch(() => undefined);
      }
      if (!info?.isFile()) return end(res, 404, 'not found');
      const ext = path.extname(file).toLowerCase();
      const cacheControl = cache[ext] ?? 'no-store';
      if (gzip && COMPRESSIBLE.has(ext)) {
        const key = `${file}:${info.mtimeMs}`;
        if (!texts.has(key)) texts.set(key, { body: await readFile(file) });
        return sendText(req, res, texts.get(key), { type: typeOf(file), cache: cacheControl, gzip });
      }
      return sendFile(req, res, file, info.size, { 'Content-Type': typeOf(file), 'Cache-Control': cacheControl });
    } catch (error) {
      if (!res.headersSent) end(res, 500, 'server error');
      else res.destroy(error);
    }
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  return {
    origin: `http://127.0.0.1:${server.address().port}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections?.();
        server.close(() => resolve());
      }),
  };
}

function end(res, status, text) {
  res.writeHead(status, { 'Content-Type': 'text/plain' });
  res.end(text);
}

/**
 * Sends `text.body` whole (200), gzip-encoded when `gzip` and the client accepts it; the
 * compressed bytes are kept on `text` for the next request.
 */
function sendText(req, res, text, { type, cache, gzip }) {
  const headers = { 'Content-Type': type, 'Cache-Control': cache };
  let body = text.body;
  if (gzip) {
    headers.Vary = 'Accept-Encoding';
    if (/\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
      text.gz ??= gzipSync(text.body, { level: 9 });
      body = text.gz;
      headers['Content-Encoding'] = 'gzip';
    }
  }
  res.writeHead(200, { ...headers, 'Content-Length': body.length });
  res.end(req.method === 'HEAD' ? undefined : body);
}

/** Sends `file` (`size` bytes) with `headers`: the whole file (200), one byte range (206) or 416. */
function sendFile(req, res, file, size, headers) {
  const all = { ...headers, 'Accept-Ranges': 'bytes' };
  const range = parseRange(req.headers.range, size);
  if (range.status === 416) {
    res.writeHead(416, { ...all, 'Content-Range': `bytes */${size}` }).end();
    return;
  }
  const { start, end: last } = range.status === 206 ? range : { start: 0, end: size - 1 };
  if (range.status === 206) all['Content-Range'] = `bytes ${start}-${last}/${size}`;
  res.writeHead(range.status, { ...all, 'Content-Length': Math.max(0, last - start + 1) });
  if (req.method === 'HEAD' || size === 0) {
    res.end();
    return;
  }
  createReadStream(file, { start, end: last })
    .on('error', () => res.destroy())
    .pipe(res);
}
