// Where a transcript's cues come from: a cue file (`src`, or the player's captions track), or the
// server-rendered children of the element; and the player's chapters as heading cues.
import type { Chapter } from '../../media/chapters.js';
import type { Cue } from '../../media/cues/types.js';
import { upgraded } from '../../controllers/player-lookup.js';
import { parseTime } from '../../media/time.js';
import { usableUrl } from '../../media/url.js';
import { tracksOfChildren, type CaptionTrack } from '../../media/caption-tracks.js';
import { isStreaming } from '../../media/sources.js';
import type { NewsPlayer } from '../news-player/news-player.component.js';

/**
 * Why there are no cues: the file could not be loaded, made no progress for `timeout` seconds,
 * has an address that cannot be used, was malformed, or there is no source; `later`: they come
 * with the player's stream, which has not loaded yet.
 */
export type Failure = 'load' | 'timeout' | 'address' | 'malformed' | 'none' | 'later';

/** Seconds without progress before a transcript download gives up, when `timeout` is not a positive number. */
export const DEFAULT_TIMEOUT = 20;

/** Escapes text for WebVTT cue text, so the cue markup reader gives it back unchanged. */
export const escapeCueText = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The player's chapters as heading cues (titles are plain text, escaped for cue text). */
export const chapterCues = (chapters: readonly Chapter[]): Cue[] =>
  chapters.map((c) => ({ id: '', start: c.start, end: c.end, text: escapeCueText(c.title) }));

/** The chapters a player offers (`player.chapters`); none before it is upgraded. */
export function chaptersOf(player: NewsPlayer | undefined): Cue[] {
  const list = player && upgraded(player) ? player.chapters : undefined;
  return Array.isArray(list) ? chapterCues(list) : [];
}

/** The player's captions and subtitles: its report once upgraded, else its `<track>` children. */
export function tracksOf(player: NewsPlayer | undefined): readonly CaptionTrack[] {
  if (!player) return [];
  const reported = upgraded(player) ? player.captionTracks : undefined;
  return Array.isArray(reported) ? reported : tracksOfChildren(player);
}

/**
 * Whether a player without captions tracks may still bring some with its stream (subtitles in an
 * HLS/DASH manifest): `later` before it loads, `loading` while it does, else `undefined`.
 */
export function streamPending(player: NewsPlayer | undefined): 'later' | 'loading' | undefined {
  if (!player || !upgraded(player) || !player.sources.some((s) => isStreaming(s.src, s.type))) return undefined;
  const state = player.state;
  return state === 'idle' ? 'later' : state === 'loading' ? 'loading' : undefined;
}

/**
 * Reads the body of `response` as text, chunk by chunk, calling `progress` for each chunk (the
 * watchdog measures progress, not total time). Rejects when the download fails or is aborted.
 */
async function readText(response: Response, progress: () => void): Promise<string> {
  const reader = response.body?.getReader();
  if (!reader) return response.text();
  const decoder = new TextDecoder();
  const parts: string[] = [];
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    progress();
    parts.push(decoder.decode(value, { stream: true }));
  }
  parts.push(decoder.decode());
  return parts.join('');
}

/**
 * Fetches a text file: its text and served type, or why there is none. Never throws. The download
 * gives up with `timeout` once `timeoutSeconds` pass without progress (no answer, or no new bytes).
 */
export async function fetchText(
  address: string,
  signal: AbortSignal,
  timeoutSeconds = DEFAULT_TIMEOUT,
): Promise<{ text: string; served?: string; url: string } | Failure> {
  const url = usableUrl(address, 'fetch');
  if (!url) return 'address';
  const seconds = Number.isFinite(timeoutSeconds) && timeoutSeconds > 0 ? timeoutSeconds : DEFAULT_TIMEOUT;
  const watchdog = new AbortController();
  let timedOut = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const progress = (): void => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      timedOut = true;
      watchdog.abort();
    }, seconds * 1000);
  };
  const stop = (): void => watchdog.abort();
  if (signal.aborted) return 'load';
  signal.addEventListener('abort', stop);
  try {
    progress();
    const response = await fetch(url, { signal: watchdog.signal, credentials: 'same-origin' });
    if (!response.ok) return 'load';
    const served = response.headers.get('content-type') ?? undefined;
    progress();
    return { text: await readText(response, progress), served, url };
  } catch {
    return timedOut ? 'timeout' : 'load';
  } finally {
    clearTimeout(timer);
    signal.removeEventListener('abort', stop);
  }
}

/** The cue parsers, a chunk of their own (server-rendered children never need them). */
export const cueParsers = () => import('../../media/cues/sniff.js');

/**
 * Fetches and parses a cue file: the cues, or why there are none. Never throws. The download gives
 * up with `timeout` once `timeoutSeconds` pass without progress (no answer, or no new bytes).
 */
export async function fetchCues(
  address: string,
  type: string | undefined,
  signal: AbortSignal,
  timeoutSeconds = DEFAULT_TIMEOUT,
): Promise<Cue[] | Failure> {
  if (!usableUrl(address, 'fetch')) return 'address';
  // Fetched beside the file; a chunk that cannot be fetched is a transcript that cannot be loaded.
  const parsers = cueParsers().catch(() => undefined);
  const file = await fetchText(address, signal, timeoutSeconds);
  if (typeof file === 'string') return file;
  const found = await parsers;
  if (!found) return 'load';
  const { parseCuesInSlices, CueParseError } = found;
  try {
    return (await parseCuesInSlices(file.text, { type: type || file.served, url: file.url }, signal)).cues;
  } catch (e) {
    if (signal.aborted) return 'load';
    if (!(e instanceof CueParseError)) console.warn('news-transcript: unexpected parser error', e);
    return 'malformed';
  }
}

/** HTML inline elements a server-rendered cue may use, and the WebVTT element each becomes. */
const INLINE_FORMATTING: Readonly<Record<string, string>> = {
  b: 'b',
  strong: 'b',
  i: 'i',
  em: 'i',
  cite: 'i',
  u: 'u',
  ruby: 'ruby',
  rt: 'rt',
};

/** WebVTT cue text of a server-rendered cue: its text, with bold/italic/underline/ruby kept. */
function cueTextOf(el: Element): string {
  let out = '';
  for (const node of el.childNodes) {
    if (node.nodeType === Node.TEXT_NODE) {
      out += escapeCueText(node.nodeValue ?? '');
    } else if (node.nodeType === Node.ELEMENT_NODE) {
      const child = node as Element;
      const tag = INLINE_FORMATTING[child.localName];
      const lang = child.getAttribute('lang');
      const inner = cueTextOf(child);
      if (tag) out += `<${tag}>${inner}</${tag}>`;
      else if (lang && !/[\s>]/.test(lang)) out += `<lang ${lang}>${inner}</lang>`;
      else out += child.localName === 'br' ? ' ' : inner;
    }
  }
  return out.replace(/\s+/g, ' ');
}

/**
 * Reads server-rendered children of `host`: elements with `data-start` (and `data-end`,
 * `data-speaker`), and headings as chapters. A cue without `data-end` lasts until the next one
 * starts; the last one until `duration` (the player's), else 5 seconds. `undefined` without cues.
 */
export function readInline(host: Element, duration: number | undefined): { cues: Cue[]; chapters: Cue[] } | undefined {
  const found = [...host.querySelectorAll('[data-start], h1, h2, h3, h4, h5, h6')];
  const cues: Cue[] = [];
  const pendingTitles: string[] = [];
  const chapterTitles: { title: string; cue: number }[] = [];
  const ends: (number | undefined)[] = [];
  for (const el of found) {
    // A heading or cue inside a cue belongs to that cue's text.
    const outer = el.parentElement?.closest('[data-start]');
    if (outer && outer !== host && host.contains(outer)) continue;
    if (!el.hasAttribute('data-start')) {
      const title = el.textContent?.replace(/\s+/g, ' ').trim();
      if (title) pendingTitles.push(title);
      continue;
    }
    const start = parseTime(el.getAttribute('data-start'));
    if (start === undefined) continue;
    for (const title of pendingTitles.splice(0)) chapterTitles.push({ title, cue: cues.length });
    const speaker = el.getAttribute('data-speaker')?.trim();
    const cue: Cue = { id: el.id, start, end: start, text: cueTextOf(el).trim() };
    if (speaker) cue.voice = speaker;
    cues.push(cue);
    ends.push(parseTime(el.getAttribute('data-end')));
  }
  if (cues.length === 0) return undefined;
  // The first later cue (in page order) that starts after each cue: a "next greater element"
  // stack, O(n), where a search per cue was O(n²) for a long transcript.
  const nextStart: (number | undefined)[] = new Array(cues.length).fill(undefined);
  const waiting: number[] = [];
  cues.forEach((cue, j) => {
    while (waiting.length && cues[waiting[waiting.length - 1]].start < cue.start) nextStart[waiting.pop()!] = cue.start;
    waiting.push(j);
  });
  cues.forEach((cue, i) => {
    const next = nextStart[i];
    const fallback = next ?? (typeof duration === 'number' && duration > cue.start ? duration : cue.start + 5);
    cue.end = Math.max(cue.start, ends[i] ?? fallback);
  });
  const order = cues.map((_, i) => i).sort((a, b) => cues[a].start - cues[b].start || a - b);
  const sorted = order.map((i) => cues[i]);
  const chapters = chapterTitles.map(({ title, cue }) => {
    const start = cues[cue].start;
    return { id: '', start, end: start, text: escapeCueText(title) };
  });
  return { cues: sorted, chapters };
}
