import { usableUrl } from './url.js';

/** True when a source needs video.js's streaming engine (HLS or DASH). */
export function isStreaming(src: string, type?: string | null): boolean {
  if (type && /mpegurl|dash\+xml/i.test(type)) return true;
  return /\.(m3u8|mpd)(?:$|[?#])/i.test(src);
}

/** One media source, as on `<source src type>`. */
export interface MediaSource {
  src: string;
  type?: string;
}

const AUDIO_EXTENSIONS = /\.(mp3|m4a|aac|oga|opus|wav|flac|weba)(?:$|[?#])/i;

/** The host's sources: its `src` property, else its child `<source>` elements in order. */
export function readSources(host: Element, srcProp?: string | null, typeProp?: string | null): MediaSource[] {
  const src = srcProp?.trim();
  if (src) {
    const type = typeProp?.trim();
    return [type ? { src, type } : { src }];
  }
  const list: MediaSource[] = [];
  for (const el of host.querySelectorAll(':scope > source')) {
    const s = el.getAttribute('src')?.trim();
    if (!s) continue;
    const type = el.getAttribute('type')?.trim();
    list.push(type ? { src: s, type } : { src: s });
  }
  return list;
}

/**
 * The sources of `list` whose address {@link usableUrl} accepts (the others are skipped, as a
 * browser skips a `<source>` it cannot use), and the facts the state needs: whether one is usable,
 * and whether sources were given but none is.
 */
export function usableSources(list: readonly MediaSource[]): { sources: MediaSource[]; facts: { hasSources: boolean; unusable: boolean } } {
  const sources = list.filter((s) => usableUrl(s.src) !== undefined);
  return { sources, facts: { hasSources: sources.length > 0, unusable: sources.length === 0 && list.length > 0 } };
}

/** True when the source is audio by its MIME type or, lacking one, by its extension. */
export function isAudioSource(source: MediaSource): boolean {
  if (source.type) return /^audio\//i.test(source.type);
  return AUDIO_EXTENSIONS.test(source.src);
}
