import type { ProbeResult } from './errors.js';

// Its own module, imported when a source fails: a page that never sees a failure never loads it.

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
