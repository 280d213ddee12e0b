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

/** The stream's subtitle rendition named `name` (video.js names its text track after it). */
function renditionNamed(manifest: Manifest | undefined, name: string): Rendition | undefined {
  for (const group of Object.values(manifest?.mediaGroups?.SUBTITLES ?? {})) if (group?.[name]) return group[name];
  return undefined;
}

/** Where the cues of a rendition are: its media playlist, or its segments. */
function renditionSource(rendition: Rendition, base: string): Pick<CaptionTrack, 'playlist' | 'segments'> | undefined {
  const resolve = (uri: string | undefined, resolved?: string): string | undefined => {
    if (resolved) return usableUrl(resolved) ?? undefined;
    if (!uri) return undefined;
    try {
      return usableUrl(new URL(uri, base).href) ?? undefined;
    } catch {
      return undefined;
    }
  };
  const playlist = rendition.playlists?.[0];
  const segments = playlist?.segments?.map((s) => resolve(s.uri, s.resolvedUri)).filter((s): s is string => Boolean(s));
  // A DASH rendition (or an HLS one the engine has loaded) lists its segments; else its playlist.
  if (segments?.length && !(playlist?.uri ?? rendition.uri)?.match(/\.m3u8(?:$|[?#])/i)) return { segments };
  const uri = resolve(playlist?.uri ?? rendition.uri, playlist?.resolvedUri ?? rendition.resolvedUri);
  if (uri) return { playlist: uri };
  return segments?.length ? { segments } : undefined;
}

/**
 * The captions and subtitles of `player`: each of the element's `<track>`s video.js loaded, and
 * each subtitle rendition of the stream, with `showing` as the reader set it. In-band captions
 * of a stream (CEA-608 in the video) have no cue file of their own and are left out.
 */
export function captionTracksOf(player: Player, element: Element): CaptionTrack[] {
  const list = player.textTracks() as unknown as { length: number; [index: number]: TextTrackLike };
  // Each `<track>` stands for one of video.js's tracks: matched ones leave the list.
  const children = tracksOfChildren(element);
  const manifest = manifestOf(player);
  const base = manifest?.resolvedUri ?? manifest?.uri ?? player.currentSrc() ?? location.href;
  const tracks: CaptionTrack[] = [];
  for (let i = 0; i < list.length; i++) {
    const t = list[i];
    if (t.kind !== 'captions' && t.kind !== 'subtitles') continue;
    const showing = t.mode === 'showing';
    const child = children.findIndex((c) => c.kind === t.kind && c.language === t.language && c.label === t.label);
    if (child >= 0) {
      tracks.push({ ...children.splice(child, 1)[0], showing });
      continue;
    }
    const rendition = renditionNamed(manifest, t.id || t.label);
    const source = rendition && renditionSource(rendition, base);
    if (!rendition || !source) continue;
    tracks.push({ kind: t.kind, language: t.language || rendition.language || '', label: t.label, ...source, showing, default: Boolean(rendition.default) });
  }
  return tracks;
}
