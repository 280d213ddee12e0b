import type { ErrorCode } from './errors.js';

// Telling failures apart: imported by the engine only (a lazy chunk), so a page that never plays
// never loads it.

/** What a probe of the failed URL found. */
export type ProbeResult =
  | { reachable: true; status: number }
  | { reachable: false; status?: undefined };

/** Maps a media failure and the probe of its URL to a contract error code. */
export function classifyFailure(mediaErrorCode: number | undefined, probe: ProbeResult | undefined): ErrorCode {
  if (typeof navigator !== 'undefined' && navigator.onLine === false) return 'offline';
  if (mediaErrorCode === 1) return 'aborted';
  if (probe) {
    if (!probe.reachable) return 'network';
    const { status } = probe;
    if (status === 404 || status === 410) return 'not-found';
    if (status === 401 || status === 403) return 'forbidden';
    if (status >= 500 || status === 408 || status === 429) return 'network';
    if (status >= 400) return 'not-found';
  }
  if (mediaErrorCode === 2) return 'network';
  if (mediaErrorCode === 3) return 'decode';
  return 'unsupported';
}

/**
 * Requests the first byte of `url` to learn its HTTP status. The media element cannot tell a 404
 * from a format problem (both are `MEDIA_ERR_SRC_NOT_SUPPORTED`), the probe can.
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
    // A CORS refusal also lands here; a no-cors request still tells reachable from unreachable.
    try {
      await fetch(url, { mode: 'no-cors', cache: 'no-store', signal: controller.signal });
      return { reachable: true, status: 0 };
    } catch {
      return { reachable: false };
    }
  } finally {
    clearTimeout(timer);
  }
}
