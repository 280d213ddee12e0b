import { parseTime } from './time.js';

/**
 * A moment of a clip named by a page URL.
 *
 * The forms, in the fragment (`#t=…`) or the query (`?t=…`); the fragment wins when both are
 * there, and any other fragment or query parameter is left alone:
 * - `t=83`, `t=1:23`, `t=0:01:23`, `t=1m23s` (also Media Fragments' `t=npt:83`): the page's first
 *   `<news-player>` (on a one-player page, the player) starts at that time;
 * - `t=83,95`: it plays from 83 s to 95 s, then pauses;
 * - `t=<player id>:83` (and `t=<player id>:83,95`): the player whose `id` is given, for pages with
 *   several players. An id is told from a clock by its first character before the colon that is
 *   not a digit, so ids made only of digits cannot be named.
 * The fragment may hold other `&`-separated parameters (`#t=83&autoplay`); a fragment without a
 * `t=` parameter (`#comments`) is not a deep link and is never touched.
 */
export interface DeepLink {
  /** The player's `id` for the named form; `undefined` for the page's first player. */
  id?: string;
  /** Where to start, in seconds. */
  start: number;
  /** End of a range, in seconds (always after `start`); `undefined` for a single time. */
  end?: number;
}

/** The parts of a URL a deep link is read from (`location`, a `URL` or an `<a>` all fit). */
export interface DeepLinkSource {
  hash: string;
  search: string;
}

/** Reads the value of a `t=` parameter: `83`, `1:23,1:35`, `main:83`, `npt:83`. */
export function parseDeepLinkValue(raw: string): DeepLink | undefined {
  let value: string;
  try {
    value = decodeURIComponent(raw).trim();
  } catch {
    return undefined;
  }
  let id: string | undefined;
  const named = /^([^:,]+):(.+)$/.exec(value);
  // `1:23` and `npt:83` are times; anything else before the first colon is a player id.
  if (named && !/^\d+$/.test(named[1]) && named[1] !== 'npt') {
    id = named[1];
    value = named[2];
  }
  value = value.replace(/^npt:/, '');
  const [from, to, extra] = value.split(',');
  if (extra !== undefined) return undefined;
  const start = from === '' && to !== undefined ? 0 : parseTime(from);
  if (start === undefined) return undefined;
  const end = to === undefined ? undefined : parseTime(to);
  if (to !== undefined && to !== '' && end === undefined) return undefined;
  const link: DeepLink = { start };
  if (id) link.id = id;
  if (end !== undefined && end > start) link.end = end;
  return link;
}

/** The deep link in a URL's fragment or, failing that, its query; `undefined` when there is none. */
export function readDeepLink(url: DeepLinkSource): DeepLink | undefined {
  const hash = url.hash.replace(/^#/, '');
  for (const param of hash.split('&')) {
    if (param.startsWith('t=')) {
      const link = parseDeepLinkValue(param.slice(2));
      if (link) return link;
    }
  }
  const query = /(?:^\??|&)t=([^&]*)/.exec(url.search);
  return query ? parseDeepLinkValue(query[1].replace(/\+/g, ' ')) : undefined;
}

/** Seconds as a link writes them: whole seconds stay whole, others keep milliseconds. */
const seconds = (value: number): string => String(Math.round(Math.max(0, value) * 1000) / 1000);

/** The `t=` value for `start` (and a range to `end`), naming the player `id` when given. */
export function formatDeepLink(start: number, options: { id?: string; end?: number } = {}): string {
  const range = options.end !== undefined && options.end > start ? `,${seconds(options.end)}` : '';
  return `${options.id ? `${options.id}:` : ''}${seconds(start)}${range}`;
}

/**
 * `base` (the page URL) with its fragment replaced by `#t=…` for `start`, after dropping a `t`
 * deep link from the query so the two cannot disagree. `query` writes `?t=…` instead (the form
 * search engines expect in structured data). `start` may be a template such as
 * `{seek_to_second_number}`, written as is.
 */
export function deepLinkUrl(
  base: string,
  start: number | string,
  options: { id?: string; end?: number; query?: boolean } = {},
): string {
  const url = new URL(base);
  const params = new URLSearchParams(url.search);
  const current = params.get('t');
  if (current !== null && parseDeepLinkValue(current)) params.delete('t');
  const value =
    typeof start === 'number' ? formatDeepLink(start, options) : `${options.id ? `${options.id}:` : ''}${start}`;
  const rest = params.toString();
  if (options.query) {
    url.search = `?${rest ? `${rest}&` : ''}t=${value}`;
    url.hash = '';
  } else {
    url.search = rest ? `?${rest}` : '';
    url.hash = `t=${value}`;
  }
  // URL escapes the braces of a template; search engines read them as written.
  return url.href.replace(/%7B/gi, '{').replace(/%7D/gi, '}');
}
