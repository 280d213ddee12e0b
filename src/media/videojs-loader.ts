import { formatTime } from './time.js';

/** The `videojs()` function with its static API. */
export type VideoJs = typeof import('video.js').default;
/** A video.js Player. */
export type Player = ReturnType<VideoJs>;

declare global {
  interface Window {
    VIDEOJS_NO_DYNAMIC_STYLE?: boolean;
  }
}

let core: Promise<VideoJs> | undefined;
let full: Promise<VideoJs> | undefined;
let styles: Promise<CSSStyleSheet> | undefined;

/** True when a source needs video.js's streaming engine (HLS or DASH). */
export function isStreaming(src: string, type?: string | null): boolean {
  if (type && /mpegurl|dash\+xml/i.test(type)) return true;
  return /\.(m3u8|mpd)(?:$|[?#])/i.test(src);
}

function prepare(videojs: VideoJs): VideoJs {
  videojs.time.setFormatTime((seconds: number, guide: number) => formatTime(seconds, guide));
  return videojs;
}

/**
 * Loads video.js once per page: the core build (no streaming engine, about a third of the size)
 * for progressive files, the full build when a source is HLS/DASH or the full build is already
 * here. Each build is a separate lazily fetched chunk, so nothing is fetched before it is needed.
 */
export function loadVideojs(streaming: boolean): Promise<VideoJs> {
  // video.js otherwise writes size rules into document.head; our own CSS sizes the player.
  window.VIDEOJS_NO_DYNAMIC_STYLE = true;
  if (streaming || full) {
    full ??= import('video.js').then((m) => prepare(m.default)).catch((e) => {
      full = undefined;
      throw e;
    });
    return full;
  }
  core ??= import('./videojs-core.js').then((m) => prepare(m.default)).catch((e) => {
    core = undefined;
    throw e;
  });
  return core;
}

/**
 * video.js's stylesheet as one shared constructable sheet for every shadow root. The icon font is
 * registered on the document too, because `@font-face` inside a shadow root is ignored.
 */
export function loadVideojsStyles(): Promise<CSSStyleSheet> {
  styles ??= import('./videojs-styles.js').then(({ default: css }) => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    const fonts = css.match(/@font-face\s*{[^}]*}/g);
    if (fonts) {
      const fontSheet = new CSSStyleSheet();
      fontSheet.replaceSync(fonts.join('\n'));
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, fontSheet];
    }
    return sheet;
  }).catch((e) => {
    styles = undefined;
    throw e;
  });
  return styles;
}

/** The video.js players that are alive (not disposed), for leak checks. */
export async function livePlayers(): Promise<Player[]> {
  const all: Player[] = [];
  for (const p of [core, full]) {
    if (!p) continue;
    const videojs = await p;
    all.push(...Object.values(videojs.getPlayers()).filter((x): x is Player => Boolean(x)));
  }
  return all;
}
