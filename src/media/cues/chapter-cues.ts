import { cueTextToPlain } from './markup.js';
import type { Chapter, Cue } from './types.js';

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
