// Loads video.js when a player first needs it: the builds and the stylesheet are lazy chunks of
// their own (./videojs-core.ts, ./videojs-full.ts, ./videojs-styles.ts), each fetched once per page.
import { lazyModule } from '../internal/lazy.js';

/** The `videojs()` function with its static API. */
export type VideoJs = typeof import('video.js').default;
/** A video.js Player. */
export type Player = ReturnType<VideoJs>;

declare global {
  interface Window {
    VIDEOJS_NO_DYNAMIC_STYLE?: boolean;
  }
}

const core = lazyModule(() => import('./videojs-core.js'));
const full = lazyModule(() => import('./videojs-full.js'));
const styles = lazyModule(() => import('./videojs-styles.js'));

/** True when a source needs video.js's streaming engine (HLS or DASH). */
export function isStreaming(src: string, type?: string | null): boolean {
  if (type && /mpegurl|dash\+xml/i.test(type)) return true;
  return /\.(m3u8|mpd)(?:$|[?#])/i.test(src);
}

/**
 * Loads video.js once per page: the core build (no streaming engine, about a third of the size)
 * for progressive files, the full build when a source is HLS/DASH or the full build is already
 * here. Each build is a separate lazily fetched chunk, so nothing is fetched before it is needed.
 */
export function loadVideojs(streaming: boolean): Promise<VideoJs> {
  // video.js otherwise writes size rules into document.head; our own CSS sizes the player.
  window.VIDEOJS_NO_DYNAMIC_STYLE = true;
  return (streaming || full.requested ? full : core).load().then((m) => m.default);
}

/** video.js's stylesheet as one constructable sheet shared by every shadow root. */
export function loadVideojsStyles(): Promise<CSSStyleSheet> {
  return styles.load().then((m) => m.videojsSheet());
}

/** The video.js players that are alive (not disposed), for leak checks. */
export function livePlayers(): Player[] {
  const all: Player[] = [];
  for (const build of [core.loaded, full.loaded]) {
    if (build) all.push(...Object.values(build.default.getPlayers()).filter((x): x is Player => Boolean(x)));
  }
  return all;
}
