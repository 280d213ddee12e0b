import type { ErrorCode } from './errors.js';
import type { MediaSource } from './sources.js';
import { isStreaming } from './sources.js';
import { usableUrl } from './url.js';

// Telling failures apart: imported by the engine only (a lazy chunk), so a page that never plays
// never loads it. The rule is to never claim more than is known: a status the browser hides
// (another origin without CORS, a Content-Security-Policy) is "could not be loaded" (`network`,
// with Retry), and `unsupported`/`decode` need bytes that were read, or a type the browser rules out.

/** What a probe of the failed URL found: its HTTP status, an answer whose status is hidden, or nothing. */
export type ProbeResult =
  | { reachable: true; status: number; opaque?: false }
  /** Another origin answered without CORS headers: something answered, its status is hidden. */
  | { reachable: true; status: 0; opaque: true }
  | { reachable: false; status?: undefined };

/** What the media element itself said about the failure. */
export interface MediaFacts {
  /** `MediaError.message` (Chromium names the demuxer or decoder once it read bytes; empty for another origin). */
  message?: string;
  /** The source's declared type is one the browser says it cannot play (`canPlayType() === ''`). */
  typeRuledOut?: boolean;
}

/** Chromium's and Firefox's words for "the bytes arrived and could not be demuxed or decoded". */
const BYTES_READ = /DEMUXER|DECODE|PIPELINE_ERROR|FFmpeg|ERROR_NO_SUPPORTED_STREAMS|NS_ERROR_DOM_MEDIA_(?:DEMUXER|DECODE|METADATA)/i;

/** Maps a media failure and the probe of its URL to a contract error code. */
export function classifyFailure(mediaErrorCode: number | undefined, probe: ProbeResult | undefined, media: MediaFacts = {}): ErrorCode {
  if (typeof navigator !== 'undefined' && navigator.onLine === false) return 'offline';
  if (mediaErrorCode === 1) return 'aborted';
  if (media.typeRuledOut) return 'unsupported';
  const bytesRead = BYTES_READ.test(media.message ?? '');
  if (probe) {
    if (!probe.reachable) return 'network';
    const { status } = probe;
    // The status is hidden: unless the media element read bytes, all we know is it did not load.
    if (probe.opaque) return bytesRead ? (mediaErrorCode === 3 ? 'decode' : 'unsupported') : 'network';
    if (status === 404 || status === 410) return 'not-found';
    if (status === 401 || status === 403) return 'forbidden';
    if (status >= 500 || status === 408 || status === 429) return 'network';
    // 416 to the first byte: the file is there and empty; the bytes are the problem, not the address.
    if (status >= 400 && status !== 416) return 'not-found';
  }
  if (mediaErrorCode === 2) return 'network';
  if (mediaErrorCode === 3) return 'decode';
  return 'unsupported';
}

/**
 * Requests the first byte of `url` to learn its HTTP status. The media element cannot tell a 404
 * from a format problem (both are `MEDIA_ERR_SRC_NOT_SUPPORTED`), the probe can, where the
 * server lets this origin read the answer (same origin, or `Access-Control-Allow-Origin`).
 */
export async function probeUrl(url: string, timeoutMs = 8000): Promise<ProbeResult> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const response = await fetch(url, {
      headers: { Range: 'bytes=0-0' },
      cache: 'no-store',
      credentials: 'same-origin',
      signal: controller.signal,
    });
    response.body?.cancel().catch(() => undefined);
    return { reachable: true, status: response.status };
  } catch {
    // A CORS refusal also lands here; a no-cors request still tells "something answered" (an
    // opaque response, status hidden) from "nothing answered" (or a CSP that forbids asking).
    try {
      await fetch(url, { mode: 'no-cors', cache: 'no-store', signal: controller.signal });
      return { reachable: true, status: 0, opaque: true };
    } catch {
      return { reachable: false };
    }
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Why `media` failed on `source` (its last one): what the element said, whether the browser rules
 * out the declared type (streams play through video.js, whatever it says), and a probe of the URL.
 */
export async function failureCode(media: HTMLMediaElement | undefined, source: MediaSource | undefined, mediaErrorCode: number | undefined): Promise<ErrorCode> {
  const message = media?.error?.message;
  const typeRuledOut = Boolean(source?.type && !isStreaming(source.src, source.type) && media?.canPlayType(source.type) === '');
  const url = source && usableUrl(source.src);
  const probe = url && navigator.onLine !== false && !typeRuledOut ? await probeUrl(url) : undefined;
  return classifyFailure(mediaErrorCode, probe, { message, typeRuledOut });
}
