// The one URL parser: every address the player, the transcript and the structured data fetch or
// publish goes through `usableUrl()`, which never throws.

/**
 * What an address is used for, which decides the schemes it may have:
 * - `fetch`: media, captions, chapters, transcripts, posters: `http:`/`https:`, `blob:` and
 *   `data:` (both made by the page itself), and `file:` on a page opened from a file;
 * - `publish`: addresses written for others (JSON-LD, share links): `http:`/`https:` only.
 */
export type UrlUse = 'fetch' | 'publish';

const FETCH_SCHEMES = new Set(['http:', 'https:', 'blob:', 'data:']);
const PUBLISH_SCHEMES = new Set(['http:', 'https:']);

function baseOf(): string | undefined {
  return typeof document !== 'undefined' ? document.baseURI : undefined;
}

/**
 * `value` as an absolute address, or `undefined` when it is empty or not usable for `use`: a
 * syntax error (`https://cdn.example.com:99999/x.mp4`, `https://[2001:db8::1/x.mp4`), a scheme
 * other than those above (`javascript:`, `ftp:`), or credentials in a published address.
 */
export function usableUrl(value: string | null | undefined, use: UrlUse = 'fetch', base = baseOf()): string | undefined {
  const text = value?.trim();
  if (!text) return undefined;
  let url: URL;
  try {
    url = base ? new URL(text, base) : new URL(text);
  } catch {
    return undefined;
  }
  const scheme = url.protocol;
  if (use === 'publish') {
    if (!PUBLISH_SCHEMES.has(scheme) || url.username || url.password) return undefined;
    return url.href;
  }
  if (FETCH_SCHEMES.has(scheme)) return url.href;
  // A page opened from disk (`file:`) may load media beside it; no other page may ask for files.
  if (scheme === 'file:' && base?.startsWith('file:')) return url.href;
  return undefined;
}
