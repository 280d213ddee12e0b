// Dev-server middleware (connect style) for the error and live stories: the same `/faults/*`
// answers as the test server's Koa middleware in `test/support/server.mjs`, plus two faults only
// the stories use (`partial` for buffering, `corrupt` for a decode error), and the same growing
// live HLS stream at `/live/<key>/...` (its playlist, routes and byte ranges come from
// `test/support/faults-core.mjs`, shared with the test server). Static builds have no server:
// there every `/faults/*` and `/live/*` URL is a 404.
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { MEDIA_TYPES, liveRoute, liveStreams, parseRange } from '../test/support/faults-core.mjs';

type Next = (error?: unknown) => void;

const media = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../test/media');
const healed = new Set<string>();
const STALL_LIMIT_MS = 60_000;

const delay = (ms: number) => new Promise((r) => setTimeout(r, ms));

function send(res: ServerResponse, status: number, type: string, body: string | Buffer): void {
  res.writeHead(status, {
    'Content-Type': type,
    'Content-Length': String(Buffer.byteLength(body)),
    'Cache-Control': 'no-store',
  });
  res.end(body);
}

function redirect(res: ServerResponse, location: string): void {
  res.writeHead(302, { Location: location, 'Cache-Control': 'no-store' });
  res.end();
}

/** Live streams by key: each starts at its first playlist request, like the test server's. */
const live = liveStreams();

/** Sends a file with byte-range support (media elements and VHS need 206 answers), never cached. */
async function sendFile(req: IncomingMessage, res: ServerResponse, file: string): Promise<void> {
  const info = await stat(file).catch(() => undefined);
  if (!info?.isFile()) {
    send(res, 404, 'text/plain', 'not found');
    return;
  }
  const headers: Record<string, string> = {
    'Content-Type': MEDIA_TYPES[path.extname(file)] ?? 'application/octet-stream',
    'Accept-Ranges': 'bytes',
    'Cache-Control': 'no-store',
  };
  const range = parseRange(req.headers.range, info.size);
  if (range.status === 416) {
    res.writeHead(416, { ...headers, 'Content-Range': `bytes */${info.size}` });
    res.end();
    return;
  }
  const { start, end } = range.status === 206 ? range : { start: 0, end: info.size - 1 };
  if (range.status === 206) headers['Content-Range'] = `bytes ${start}-${end}/${info.size}`;
  headers['Content-Length'] = String(end - start + 1);
  res.writeHead(range.status, headers);
  if (req.method === 'HEAD' || info.size === 0) {
    res.end();
    return;
  }
  createReadStream(file, { start, end }).on('error', () => res.destroy()).pipe(res);
}

/**
 * `/live/<key>/index.m3u8` (optionally `?window=<segments>`), `/live/<key>/init.mp4` and
 * `/live/<key>/seg<n>.m4s`: the growing live stream of `livePlaylist()`, segment `n` being the
 * VOD clip's segment `n mod 3` (`test/media/hls`). Any other `/live/` path is a 404.
 */
async function serveLive(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
  const route = liveRoute(url.pathname, url.searchParams.get('window'));
  if (!route) send(res, 404, 'text/plain', 'unknown live path');
  else if (route.kind === 'playlist') send(res, 200, MEDIA_TYPES['.m3u8'], live.playlist(route.key, route.windowSize));
  else await sendFile(req, res, route.file);
}

/** Sends `head` (if any) under headers that promise `length` bytes, then nothing: a stall. */
function stall(req: IncomingMessage, res: ServerResponse, type: string, length: number, head?: Buffer): void {
  res.writeHead(200, { 'Content-Type': type, 'Content-Length': String(length), 'Cache-Control': 'no-store' });
  if (head) res.write(head);
  res.flushHeaders?.();
  // Bounded, so a forgotten tab cannot hold a socket for ever.
  const timer = setTimeout(() => res.destroy(), STALL_LIMIT_MS);
  req.on('close', () => clearTimeout(timer));
}

/** Reads an EBML variable-length integer at `pos`: its byte length and value (marker bit kept or not). */
function vint(buf: Buffer, pos: number, keepMarker: boolean): { length: number; value: number } {
  const first = buf[pos];
  let length = 1;
  while (length <= 8 && !(first & (0x80 >> (length - 1)))) length++;
  let value = keepMarker ? first : first & (0xff >> length);
  for (let i = 1; i < length; i++) value = value * 256 + buf[pos + i];
  return { length, value };
}

const SEGMENT = 0x18538067;
const CLUSTER = 0x1f43b675;
const BLOCK_GROUP = 0xa0;
const BLOCK = 0xa1;
const SIMPLE_BLOCK = 0xa3;

/**
 * A copy of a WebM whose container is intact but whose video frames (track 1) after the first
 * `fraction` of the file are noise: the demuxer is happy, the decoder is not (MediaError 3).
 * Corrupting container bytes instead would read as an early end of stream, not a decode error.
 */
function corruptVideoFrames(input: Buffer, fraction: number): Buffer {
  const buf = Buffer.from(input);
  const from = Math.floor(buf.length * fraction);
  let seed = 0x2545f491;
  const walk = (start: number, end: number) => {
    let pos = start;
    while (pos < end) {
      const id = vint(buf, pos, true);
      const size = vint(buf, pos + id.length, false);
      const body = pos + id.length + size.length;
      const bodyEnd = Math.min(end, body + size.value);
      if (id.value === SEGMENT || id.value === CLUSTER || id.value === BLOCK_GROUP) {
        walk(body, bodyEnd);
      } else if ((id.value === SIMPLE_BLOCK || id.value === BLOCK) && body >= from) {
        const track = vint(buf, body, false);
        if (track.value === 1) {
          for (let i = body + track.length + 3; i < bodyEnd; i++) {
            seed ^= seed << 13;
            seed ^= seed >>> 17;
            seed ^= seed << 5;
            buf[i] = seed & 0xff;
          }
        }
      }
      pos = bodyEnd;
    }
  };
  walk(0, buf.length);
  return buf;
}

/**
 * `/faults/status/<code>` answers that HTTP status; `/faults/garbage` 200 with text as video/mp4;
 * `/faults/stall` headers then nothing; `/faults/slow/<ms>` the clip after a delay;
 * `/faults/heal/<key>` + `/faults/flaky/<key>` a 503 until healed; `/faults/partial/<percent>`
 * the first part of `clip.webm` then a stall (playback starts, then buffers); `/faults/corrupt`
 * `clip.webm` with its video frames after the first fifth overwritten (plays, then fails to decode).
 * `/live/<key>/...` is the growing live stream ({@link serveLive}).
 */
export async function faultMiddleware(req: IncomingMessage, res: ServerResponse, next: Next): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://localhost');
  if (url.pathname.startsWith('/live/')) {
    try {
      await serveLive(req, res, url);
    } catch (error) {
      next(error);
    }
    return;
  }
  if (!url.pathname.startsWith('/faults/')) return next();
  const m = /^\/faults\/(\w+)(?:\/([\w-]+))?/.exec(url.pathname);
  const kind = m?.[1];
  const key = m?.[2] ?? '';
  try {
    switch (kind) {
      case 'status': {
        const status = Number(key) || 500;
        send(res, status, 'text/plain', `fault ${status}`);
        return;
      }
      case 'garbage':
        send(res, 200, 'video/mp4', Buffer.from('this is not a video file. '.repeat(80)));
        return;
      case 'stall':
        stall(req, res, 'video/mp4', 1_000_000);
        return;
      case 'slow':
        await delay(Number(key) || 1500);
        redirect(res, '/media/clip.webm');
        return;
      case 'heal':
        healed.add(key);
        send(res, 200, 'text/plain', 'ok');
        return;
      case 'flaky':
        if (!healed.has(key)) send(res, 503, 'text/plain', 'Service Unavailable');
        else redirect(res, '/media/clip.webm');
        return;
      case 'partial': {
        const clip = await readFile(path.join(media, 'clip.webm'));
        const percent = Math.min(95, Math.max(5, Number(key) || 50));
        stall(req, res, 'video/webm', clip.length, clip.subarray(0, Math.floor((clip.length * percent) / 100)));
        return;
      }
      case 'corrupt':
        send(res, 200, 'video/webm', corruptVideoFrames(await readFile(path.join(media, 'clip.webm')), 0.2));
        return;
      default:
        send(res, 404, 'text/plain', 'unknown fault');
    }
  } catch (error) {
    next(error);
  }
}
