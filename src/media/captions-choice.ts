// What only a loaded player or a transcript needs of captions tracks: telling reports apart, and
// the reader's remembered captions choice (read by the captions menu and by transcripts).
import type { CaptionTrack } from './caption-tracks.js';

/** What identifies a track across reports: its kind, language and label. */
export const trackKey = (t: Pick<CaptionTrack, 'kind' | 'language' | 'label'>): string => `${t.kind}|${t.language}|${t.label}`;

/** Everything a listener would notice changed in a list of tracks. */
export const tracksSignature = (tracks: readonly CaptionTrack[]): string =>
  tracks
    .map((t) => `${trackKey(t)}|${t.src ?? ''}|${t.playlist ?? ''}|${t.segments?.length ?? 0}|${t.showing ? 1 : 0}`)
    .join('\n');

// ---- the reader's captions choice ----------------------------------------------------------------

/** Where the reader's captions choice is kept, for every player of the site. */
export const CAPTIONS_KEY = 'news-player:captions';

/** The reader's captions choice: on (in a language, when they picked one) or off. */
export interface CaptionsChoice {
  on: boolean;
  language?: string;
}

/** The reader's remembered choice; `undefined` when none, or storage is unavailable (privacy modes, sandboxed frames). */
export function readCaptionsChoice(): CaptionsChoice | undefined {
  try {
    const value: unknown = JSON.parse(localStorage.getItem(CAPTIONS_KEY) ?? 'null');
    if (!value || typeof value !== 'object' || typeof (value as CaptionsChoice).on !== 'boolean') return undefined;
    const { on, language } = value as CaptionsChoice;
    return typeof language === 'string' && language ? { on, language } : { on };
  } catch {
    return undefined;
  }
}

/** Remembers the reader's captions choice (for this page only when storage refuses). */
export function writeCaptionsChoice(choice: CaptionsChoice): void {
  try {
    localStorage.setItem(CAPTIONS_KEY, JSON.stringify(choice));
  } catch {
    // Full or refused: the choice holds for this page only.
  }
}

/** The primary language subtag, lowercased (`pt-BR` → `pt`). */
export const primaryLanguage = (tag: string | undefined): string => (tag ?? '').toLowerCase().split('-')[0];
