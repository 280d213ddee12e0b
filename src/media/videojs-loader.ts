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
    /** The page's own video.js, when it loads one (`<script src="video.min.js">`). */
    videojs?: unknown;
  }
}

/** The app's video.js, handed over with {@link useVideojs}. */
let given: VideoJs | undefined;

/**
 * Hands news-player the app's own `videojs` (bundlers: `import videojs from 'video.js'`), before
 * the first play: players are then made by it, so plugins registered on it work on `el.player`,
 * and no second copy of video.js is fetched. Without it, a page's global `window.videojs` (8.x) is
 * used when present; else news-player fetches its own build when a player first needs it.
 */
export function useVideojs(videojs: VideoJs): void {
  given = videojs;
}

/** A usable video.js 8 of the app or the page, if there is one. */
function hostVideojs(): VideoJs | undefined {
  const candidate = given ?? (typeof window !== 'undefined' ? window.videojs : undefined);
  const v = candidate as (((...args: unknown[]) => unknown) & { getComponent?: unknown; VERSION?: unknown }) | undefined;
  if (typeof v !== 'function' || typeof v.getComponent !== 'function' || !/^8\./.test(String(v.VERSION))) return undefined;
  return v as unknown as VideoJs;
}

/** True when the app or the page gives its own video.js (plugins, ads: they expect video.js before the media). */
export const hasPageVideojs = (): boolean => hostVideojs() !== undefined;

/** True when `videojs` carries the streaming engine (video.js's full build: `videojs.Vhs`). */
const streams = (videojs: VideoJs): boolean => 'Vhs' in videojs;

/** Evaluations of video.js's module under way, and the page's flag from before the first. */
let evaluating = 0;
let pageFlag: boolean | undefined;

/**
 * Runs `create` (`videojs()` making a player, or loading video.js's module) with
 * `VIDEOJS_NO_DYNAMIC_STYLE` set, so video.js writes no size rules into `document.head` for our
 * players (our CSS sizes them), then puts the page's flag back as it was: a site's own players
 * keep their `width`/`height`.
 */
export function withoutDynamicStyle<T>(create: () => T): T {
  holdFlag();
  try {
    return create();
  } finally {
    releaseFlag();
  }
}

function holdFlag(): void {
  if (evaluating++ === 0) pageFlag = window.VIDEOJS_NO_DYNAMIC_STYLE;
  window.VIDEOJS_NO_DYNAMIC_STYLE = true;
}

function releaseFlag(): void {
  if (--evaluating > 0) return;
  if (pageFlag === undefined) delete window.VIDEOJS_NO_DYNAMIC_STYLE;
  else window.VIDEOJS_NO_DYNAMIC_STYLE = pageFlag;
}

const core = lazyModule(() => import('./videojs-core.js'));
const full = lazyModule(() => import('./videojs-full.js'));
const styles = lazyModule(() => import('./videojs-styles.js'));


/**
 * Loads video.js once per page: the core build (no streaming engine, about a third of the size)
 * for progressive files, the full build when a source is HLS/DASH or the full build is already
 * here. Each build is a separate lazily fetched chunk, so nothing is fetched before it is needed.
 */
export function loadVideojs(streaming: boolean): Promise<VideoJs> {
  const host = hostVideojs();
  // The app's or page's video.js, unless a stream needs the streaming engine it lacks.
  if (host && (!streaming || streams(host))) return Promise.resolve(host);
  // video.js writes default size rules into document.head when its module runs: not for ours.
  holdFlag();
  const loaded = (streaming || full.requested ? full : core).load();
  void loaded.then(releaseFlag, releaseFlag);
  return loaded.then((m) => m.default);
}

/** video.js's stylesheet as one constructable sheet shared by every shadow root. */
export function loadVideojsStyles(): Promise<CSSStyleSheet> {
  return styles.load().then((m) => m.videojsSheet());
}

/** The video.js players that are alive (not disposed), for leak checks. */
export function livePlayers(): Player[] {
  const all: Player[] = [];
  const builds = new Set([core.loaded?.default, full.loaded?.default, hostVideojs()]);
  for (const build of builds) {
    if (build) all.push(...Object.values(build.getPlayers()).filter((x): x is Player => Boolean(x)));
  }
  return all;
}
