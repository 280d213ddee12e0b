// The captions and subtitles video.js knows of, as `CaptionTrack`s: the element's `<track>`s, and a
// stream's in-manifest subtitle renditions, with where their cues are (the rendition's media
// playlist, or its segments), read from the streaming engine's parsed manifest. Part of the
// engine's chunk.
import type { Player } from './videojs-loader.js';
import { tracksOfChildren, type CaptionTrack } from './caption-tracks.js';
import { usableUrl } from './url.js';

interface TextTrackLike {
  kind: string;
  language: string;
  label: string;
  id: string;
  mode: string;
}

/** A rendition of a manifest's SUBTITLES group, as video.js's streaming engine parses it. */
interface Rendition {
  language?: string;
  default?: boolean;
  uri?: string;
  resolvedUri?: string;
  playlists?: { uri?: string; resolvedUri?: string; segments?: { uri?: string; resolvedUri?: string }[] }[];
}

interface Manifest {
  uri?: string;
  resolvedUri?: string;
  mediaGroups?: { SUBTITLES?: Record<string, Record<string, Rendition>> };
}

/** The streaming engine's parsed multivariant manifest (`main` since VHS 3, `master` before). */
function manifestOf(player: Player): Manifest | undefined {
  try {
    const tech = player.tech(true) as unknown as { vhs?: { playlists?: { main?: Manifest; master?: Manifest } } } | undefined;
    const playlists = tech?.vhs?.playlists;
    return playlists?.main ?? playlists?.master;
  } catch {
    return undefined;
  }
}

/** Where the cues of the stream's rendition named `name` are: a media playlist or segments. */
function renditionSource(manifest: Manifest, name: string, base: string): Pick<CaptionTrack, 'playlist' | 'segments'> | undefined {
  const resolve = (uri: string | undefined, resolved?: string): string | undefined => {
    if (resolved) return usableUrl(resolved) ?? undefined;
    if (!uri) return undefined;
    try {
      return usableUrl(new URL(uri, base).href) ?? undefined;
    } catch {
      return undefined;
    }
  };
  for (const group of Object.values(manifest.mediaGroups?.SUBTITLES ?? {})) {
    const rendition = group?.[name];
    if (!rendition) continue;
    const playlist = rendition.playlists?.[0];
    const segments = playlist?.segments?.map((s) => resolve(s.uri, s.resolvedUri)).filter((s): s is string => Boolean(s));
    // A DASH rendition (or an HLS one the engine has loaded) lists its segments; else its playlist.
    if (segments?.length && !(playlist?.uri ?? rendition.uri)?.match(/\.m3u8(?:$|[?#])/i)) return { segments };
    const uri = resolve(playlist?.uri ?? rendition.uri, playlist?.resolvedUri ?? rendition.resolvedUri);
    if (uri) return { playlist: uri };
    if (segments?.length) return { segments };
  }
  return undefined;
}

/**
 * The captions and subtitles of `player`: each of the element's `<track>`s video.js loaded, and
 * each subtitle rendition of the stream, with `showing` as the reader set it. In-band captions
 * of a stream (CEA-608 in the video) have no cue file of their own and are left out.
 */
export function captionTracksOf(player: Player, element: Element): CaptionTrack[] {
  const list = player.textTracks() as unknown as { length: number; [index: number]: TextTrackLike };
  const children = tracksOfChildren(element);
  const manifest = manifestOf(player);
  const base = manifest?.resolvedUri ?? manifest?.uri ?? player.currentSrc() ?? location.href;
  const tracks: CaptionTrack[] = [];
  for (let i = 0; i < list.length; i++) {
    const t = list[i];
    if (t.kind !== 'captions' && t.kind !== 'subtitles') continue;
    const showing = t.mode === 'showing';
    const child = children.find((c) => c.kind === t.kind && c.language === t.language && c.label === t.label && !tracks.includes(c));
    if (child) {
      tracks.push({ ...child, showing });
      continue;
    }
    const source = manifest && renditionSource(manifest, t.id || t.label, base);
    if (!source) continue;
    const rendition = Object.values(manifest?.mediaGroups?.SUBTITLES ?? {}).find((g) => g[t.id || t.label])?.[t.id || t.label];
    tracks.push({
      kind: t.kind,
      language: t.language || rendition?.language || '',
      label: t.label,
      ...source,
      showing,
      default: Boolean(rendition?.default),
    });
  }
  return tracks;
}
