import type { Chapter } from './cues/types.js';

export type { Chapter };

/**
 * Fetches and parses a chapters file (WebVTT, or SubRip/JSON cues); an empty list on any failure,
 * so a missing chapters track never breaks a player.
 *
 * The cue parsers (and {@link chaptersFromCues}, which needs their markup reader) are imported
 * here, beside the file's request, not up front: a page only needs them when a player has a
 * chapters track (or a transcript reads a file).
 */
export async function fetchChapters(url: string, signal?: AbortSignal): Promise<Chapter[]> {
  const parsers = import('./cues/sniff.js');
  // Awaited below; until then a failed chunk must not count as an unhandled rejection.
  parsers.catch(() => undefined);
  try {
    const response = await fetch(url, { signal, credentials: 'same-origin' });
    if (!response.ok) return [];
    const text = await response.text();
    const { parseCues, chaptersFromCues } = await parsers;
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
