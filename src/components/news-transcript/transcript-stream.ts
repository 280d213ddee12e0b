// The cues of a stream's subtitle rendition (WebVTT in an HLS or DASH manifest): every segment,
// not only those the player has buffered, fetched a few at a time and put on the player's
// timeline through each segment's X-TIMESTAMP-MAP, cues repeated across segment boundaries once.
import type { CaptionTrack } from '../../media/caption-tracks.js';
import type { Cue } from '../../media/cues/types.js';
import { usableUrl } from '../../media/url.js';
import { cueParsers, fetchCues, fetchText, type Failure } from './transcript-sources.js';

/** Segments fetched at once: enough to fill the link, few enough to leave room for the media. */
const PARALLEL = 4;
/** A stream's subtitles beyond this many segments are not read (hours of captions in 6 s pieces). */
const MAX_SEGMENTS = 5000;

/** The segment addresses of an HLS media playlist, resolved against `base`. */
export function segmentsOf(playlist: string, base: string): string[] {
  const out: string[] = [];
  for (const raw of playlist.split(/\r\n|\r|\n/)) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    try {
      const url = usableUrl(new URL(line, base).href, 'fetch');
      if (url) out.push(url);
    } catch {
      // An address that cannot be resolved is skipped, as a player skips the segment.
    }
    if (out.length >= MAX_SEGMENTS) break;
  }
  return out;
}

/** Seconds to add to a WebVTT segment's cue times: its X-TIMESTAMP-MAP (MPEG-TS ticks minus local time), if any. */
export function timestampMap(text: string): number | undefined {
  const header = text.slice(0, 400).match(/X-TIMESTAMP-MAP=([^\r\n]*)/);
  if (!header) return undefined;
  const ticks = header[1].match(/MPEGTS:(\d+)/);
  const local = header[1].match(/LOCAL:((?:\d+:)?\d{2}:\d{2}\.\d{3})/);
  if (!ticks) return undefined;
  const parts = (local?.[1] ?? '00:00.000').split(':').map(Number);
  const seconds = parts.reduce((sum, part) => sum * 60 + part, 0);
  return Number(ticks[1]) / 90000 - seconds;
}

/**
 * Fetches every segment of a stream's subtitle rendition and returns its cues on the player's
 * timeline, or why there are none. Never throws.
 */
export async function fetchStreamCues(track: CaptionTrack, signal: AbortSignal, timeoutSeconds: number): Promise<Cue[] | Failure> {
  const parsers = cueParsers().catch(() => undefined);
  let segments = track.segments;
  if (!segments) {
    if (!track.playlist) return 'none';
    const playlist = await fetchText(track.playlist, signal, timeoutSeconds);
    if (typeof playlist === 'string') return playlist;
    segments = segmentsOf(playlist.text, playlist.url);
  }
  if (segments.length === 0) return 'none';
  const texts: string[] = new Array(segments.length);
  let failure: Failure | undefined;
  let next = 0;
  const worker = async (): Promise<void> => {
    while (!failure && next < segments.length) {
      const i = next++;
      const file = await fetchText(segments[i], signal, timeoutSeconds);
      if (typeof file === 'string') failure ??= file;
      else texts[i] = file.text;
    }
  };
  await Promise.all(Array.from({ length: Math.min(PARALLEL, segments.length) }, worker));
  if (failure) return failure;
  const found = await parsers;
  if (!found) return 'load';
  const cues: Cue[] = [];
  const seen = new Set<string>();
  // The first segment's map is the stream's zero: the player's timeline starts with the stream.
  let zero: number | undefined;
  for (const text of texts) {
    let parsed: Cue[];
    try {
      parsed = found.parseCues(text, { type: 'text/vtt' }).cues;
    } catch {
      // A segment with no cues (WEBVTT and a header only) is normal; a broken one is skipped.
      continue;
    }
    const map = timestampMap(text);
    if (map !== undefined) zero ??= map;
    const shift = map !== undefined && zero !== undefined ? map - zero : 0;
    for (const cue of parsed) {
      const start = cue.start + shift;
      const end = cue.end + shift;
      // A cue that spans a segment boundary is in both segments.
      const key = `${start.toFixed(3)}|${end.toFixed(3)}|${cue.text}`;
      if (seen.has(key)) continue;
      seen.add(key);
      cues.push(shift ? { ...cue, start, end } : cue);
    }
  }
  if (signal.aborted) return 'load';
  cues.sort((a, b) => a.start - b.start || a.end - b.end);
  return cues.length ? cues : 'none';
}

/** The cues of a player's captions track: its file, or its stream rendition's segments. */
export function fetchTrackCues(track: CaptionTrack, signal: AbortSignal, timeoutSeconds: number): Promise<Cue[] | Failure> {
  return track.src ? fetchCues(track.src, undefined, signal, timeoutSeconds) : fetchStreamCues(track, signal, timeoutSeconds);
}
