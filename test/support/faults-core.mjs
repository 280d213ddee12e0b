// Pure pieces of the media fault servers, shared by the test server (`test/support/server.mjs`,
// Koa), the Storybook dev server (`.storybook/fault-server.ts`, connect) and the static server of
// the scripts and the bench (`test/support/static-server.mjs`, node:http): content types, byte
// ranges and the growing live HLS stream. No I/O and no server framework here.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** Content types of the test media and fixtures, by extension. */
export const MEDIA_TYPES = {
  '.webm': 'video/webm', '.mp4': 'video/mp4', '.m4a': 'audio/mp4', '.mp3': 'audio/mpeg',
  '.ogg': 'audio/ogg', '.m4s': 'video/iso.segment', '.m3u8': 'application/vnd.apple.mpegurl',
  '.jpg': 'image/jpeg', '.vtt': 'text/vtt; charset=utf-8', '.srt': 'text/plain; charset=utf-8',
  '.json': 'application/json',
};

/**
 * The answer to a `Range` header for a file of `size` bytes: `{ status: 200 }` (no usable range:
 * the whole file), `{ status: 206, start, end }` (inclusive) or `{ status: 416 }`. One range only,
 * `bytes=a-b`, `bytes=a-` or `bytes=-n`; media elements need 206 answers to seek.
 */
export function parseRange(header, size) {
  const range = /^bytes=(\d*)-(\d*)$/.exec(header || '');
  if (!range || !(range[1] || range[2])) return { status: 200 };
  const start = range[1] ? Number(range[1]) : Math.max(0, size - Number(range[2]));
  const end = range[1] && range[2] ? Math.min(Number(range[2]), size - 1) : size - 1;
  if (start >= size || start > end) return { status: 416 };
  return { status: 206, start, end };
}

/** Seconds per segment of `test/media/hls` (3 × 2 s); the live endpoint loops over them. */
export const LIVE_SEGMENT_SECONDS = 2;
export const LIVE_SEGMENT_FILES = 3;
/** The VOD clip whose init segment and media segments the live stream loops over. */
export const LIVE_MEDIA_DIR = path.join(root, 'test/media/hls');

/**
 * A live HLS media playlist that keeps growing: a sliding window of `windowSize` segments over
 * the VOD clip's fMP4 segments played in a loop, one new segment every 2 s of wall-clock time
 * since the stream (`started`, ms) began, `#EXT-X-MEDIA-SEQUENCE` advancing and no
 * `#EXT-X-ENDLIST`. Each loop restarts the clip's timestamps, so every return to `seg0` is marked
 * `#EXT-X-DISCONTINUITY` (and `#EXT-X-DISCONTINUITY-SEQUENCE` counts the ones that slid out).
 * The stream pretends to have been live for a whole window already, so a player has a DVR
 * window from its first request. Pure, so the Storybook dev server can serve it as well.
 */
export function livePlaylist({ started, now = Date.now(), windowSize = 15 }) {
  const head = windowSize - 1 + Math.floor(Math.max(0, now - started) / (LIVE_SEGMENT_SECONDS * 1000));
  const first = head - windowSize + 1;
  const lines = [
    '#EXTM3U',
    '#EXT-X-VERSION:7',
    `#EXT-X-TARGETDURATION:${LIVE_SEGMENT_SECONDS}`,
    `#EXT-X-MEDIA-SEQUENCE:${first}`,
    // The discontinuity sequence of the first segment: loops started at or before it.
    `#EXT-X-DISCONTINUITY-SEQUENCE:${Math.floor(first / LIVE_SEGMENT_FILES)}`,
    '#EXT-X-INDEPENDENT-SEGMENTS',
    '#EXT-X-MAP:URI="init.mp4"',
  ];
  for (let n = first; n <= head; n++) {
    if (n > first && n % LIVE_SEGMENT_FILES === 0) lines.push('#EXT-X-DISCONTINUITY');
    lines.push(`#EXTINF:${LIVE_SEGMENT_SECONDS.toFixed(6)},`, `seg${n}.m4s`);
  }
  return `${lines.join('\n')}\n`;
}

const LIVE_ROUTE = /^\/live\/([\w-]+)\/(index\.m3u8|init\.mp4|seg(\d+)\.m4s)$/;

/**
 * What a `/live/<key>/...` path asks for: `{ kind: 'playlist', key, windowSize }` for
 * `index.m3u8` (`window` is the `?window=` value, clamped to 3..60, default 15), or
 * `{ kind: 'file', key, file }` for `init.mp4` and `seg<n>.m4s` (`file` is the absolute path of
 * the init segment or of the clip's segment `n mod 3`); null for any other path.
 */
export function liveRoute(pathname, window) {
  const m = LIVE_ROUTE.exec(pathname);
  if (!m) return null;
  const [, key, name, n] = m;
  if (name === 'index.m3u8') {
    return { kind: 'playlist', key, windowSize: Math.min(60, Math.max(3, Number(window) || 15)) };
  }
  const file = name === 'init.mp4' ? 'init.mp4' : `seg${Number(n) % LIVE_SEGMENT_FILES}.m4s`;
  return { kind: 'file', key, file: path.join(LIVE_MEDIA_DIR, file) };
}

/**
 * Live streams by key: each key is a stream of its own that starts at its first playlist
 * request. `playlist(key, windowSize)` gives that stream's playlist now.
 */
export function liveStreams() {
  const started = new Map();
  return {
    playlist(key, windowSize = 15, now = Date.now()) {
      if (!started.has(key)) started.set(key, now);
      return livePlaylist({ started: started.get(key), now, windowSize });
    },
  };
}
