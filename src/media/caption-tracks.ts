// The captions and subtitles a player offers, as plain facts: from its `<track>` children (read
// without video.js), or as video.js reports them once loaded, streams' in-manifest subtitle
// renditions included. `<news-transcript>` reads its cues from them. Part of the element's first
// download: what only loaded players and transcripts need is in ./captions-choice.ts.

/** One captions or subtitles track of a player. */
export interface CaptionTrack {
  kind: 'captions' | 'subtitles';
  /** BCP 47 language tag (`''` when the track names none). */
  language: string;
  /** The track's label (`''` when it has none). */
  label: string;
  /** A cue file (WebVTT or SRT): a `<track src>`. */
  src?: string;
  /** A stream's subtitle rendition: its media playlist (HLS), whose segments hold the cues. */
  playlist?: string;
  /** A stream's subtitle rendition whose segments are already known (DASH), in order. */
  segments?: string[];
  /** True while the player shows it. */
  showing: boolean;
  /** The track's `default` flag (a stream's `DEFAULT=YES`). */
  default: boolean;
}

/**
 * The child `<track>`s of `el` that are captions or subtitles with an address (an unusable one
 * included: whoever reads it says so).
 */
export function tracksOfChildren(el: Element): CaptionTrack[] {
  const tracks: CaptionTrack[] = [];
  for (const track of el.querySelectorAll<HTMLTrackElement>(':scope > track')) {
    const kind = track.getAttribute('kind') || 'subtitles';
    const src = track.getAttribute('src');
    if ((kind !== 'captions' && kind !== 'subtitles') || !src) continue;
    tracks.push({
      kind,
      language: track.srclang,
      label: track.label,
      src: track.src || src,
      showing: false,
      default: track.default,
    });
  }
  return tracks;
}
