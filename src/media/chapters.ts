import { cueTextToPlain } from './cues/markup.js';
import type { Cue } from './cues/types.js';

/** One chapter of a clip, from a `<track kind="chapters">` cue. */
export interface Chapter {
  /** Start, in seconds. */
  start: number;
  /** End, in seconds (after `start`; the next chapter's start when the cue gave none). */
  end: number;
  /** The cue's text as plain text (WebVTT markup removed). */
  title: string;
}

/**
 * Chapters from parsed cues: sorted by start, titles as plain text, untitled cues dropped, and
 * an end that is not after the start mended to the next chapter's start (or `duration`).
 */
export function chaptersFromCues(cues: readonly Cue[], duration = NaN): Chapter[] {
  const sorted = cues
    .map((cue) => ({ start: cue.start, end: cue.end, title: cueTextToPlain(cue.text).replace(/\s+/g, ' ').trim() }))
    .filter((c) => c.title !== '' && Number.isFinite(c.start) && c.start >= 0)
    .sort((a, b) => a.start - b.start);
  return sorted.map((c, i) => {
    if (c.end > c.start) return c;
    const next = sorted.slice(i + 1).find((n) => n.start > c.start)?.start;
    const end = next ?? (duration > c.start ? duration : c.start);
    return { ...c, end };
  });
}

/**
 * Fetches and parses a chapters file (WebVTT, or SubRip/JSON cues); an empty list on any failure,
 * so a missing chapters track never breaks a player.
 *
 * The cue parsers are imported here, beside the file's request, not up front: a page only needs
 * them when a player has a chapters track (or a transcript reads a file).
 */
export async function fetchChapters(url: string, signal?: AbortSignal): Promise<Chapter[]> {
  const parsers = import('./cues/sniff.js');
  // Awaited below; until then a failed chunk must not count as an unhandled rejection.
  parsers.catch(() => undefined);
  try {
    const response = await fetch(url, { signal, credentials: 'same-origin' });
    if (!response.ok) return [];
    const text = await response.text();
    const { parseCues } = await parsers;
    return chaptersFromCues(parseCues(text, { type: response.headers.get('content-type') ?? undefined, url }).cues);
  } catch {
    return [];
  }
}

/** The chapter playing at `time`: the last one started, while it lasts. */
export function chapterAt(chapters: readonly Chapter[], time: number): Chapter | undefined {
  let found: Chapter | undefined;
  for (const c of chapters) {
    if (c.start > time) break;
    if (time < c.end) found = c;
  }
  return found;
}

/** True when both lists name the same chapters at the same times. */
export function sameChapters(a: readonly Chapter[], b: readonly Chapter[]): boolean {
  return a.length === b.length && a.every((c, i) => c.start === b[i].start && c.end === b[i].end && c.title === b[i].title);
}
