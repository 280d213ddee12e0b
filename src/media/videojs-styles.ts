// video.js's stylesheet as text, adopted into each player's shadow root, followed by our
// overrides of it. Both load with video.js, never before the reader presses play.
import css from 'video.js/dist/video-js.min.css?inline';
import fontUrl from 'video.js/dist/font/VideoJS.woff?url';

/** How news-player adjusts video.js's own look: sizes, times shown, controls when ready. */
const overrides = `
  .stage .video-js {
    width: 100%;
    height: 100%;
    line-height: 1;
    font-size: var(--news-player-controls-size, 13px);
    font-family: Arial, Helvetica, sans-serif;
  }
  /*
   * Right to left: the player follows the page (menus, dialogs and captions settings read right
   * to left), but the control bar stays left to right, as video.js sets it (dir="ltr") and as
   * YouTube and the platforms' media guidelines do: play at the left, time running left to
   * right, the right arrow key going forward. Words inside the bar still read right to left.
   */
  .stage .video-js .vjs-control-bar {
    direction: ltr;
  }
  .base[dir='rtl'] .video-js .vjs-menu .vjs-menu-content,
  .base[dir='rtl'] .video-js .news-current-chapter,
  .base[dir='rtl'] .video-js .vjs-time-tooltip {
    direction: rtl;
  }
  /* Current time, divider, duration and remaining time, all shown. */
  .stage .video-js .vjs-current-time,
  .stage .video-js .vjs-time-divider,
  .stage .video-js .vjs-duration {
    display: block;
  }
  .stage .video-js .vjs-time-control {
    padding-inline: 0.4em;
    min-width: 0;
  }
  .stage .video-js .vjs-remaining-time {
    display: block;
  }
  /* video.js hides its controls until the first play; "ready" shows them, with the times. */
  .stage .video-js.vjs-paused:not(.vjs-has-started) .vjs-control-bar {
    display: flex;
    opacity: 1;
    visibility: visible;
  }
  /* The same big play button as the poster card. */
  .stage .video-js .vjs-big-play-button {
    top: 50%;
    left: 50%;
    width: 1.85em;
    height: 1.85em;
    margin: -0.925em 0 0 -0.925em;
    border: 0;
    border-radius: 50%;
    background: var(--news-player-accent, #c8102e);
    line-height: 1.85em;
    font-size: 3em;
    box-shadow: 0 2px 8px rgb(0 0 0 / 0.5);
  }
  .stage .video-js .vjs-loading-spinner {
    border-color: rgb(255 255 255 / 0.85);
  }
  /* Focus: a light ring on a dark one, visible over the bar and over any frame. */
  .stage .video-js :focus-visible {
    outline: 2px solid var(--news-player-focus, #ffbf47);
    outline-offset: -2px;
    box-shadow: inset 0 0 0 4px #0b0c0c;
  }
  .stage .video-js .vjs-slider:focus-visible {
    outline-offset: 2px;
    box-shadow: 0 0 0 2px #0b0c0c;
  }
  .stage .video-js .vjs-big-play-button:focus-visible {
    outline: 3px solid var(--news-player-focus, #ffbf47);
    outline-offset: 3px;
    box-shadow: 0 0 0 3px #0b0c0c;
  }
  /* Reduced motion: no spinning, no fading or sliding of controls and menus. */
  @media (prefers-reduced-motion: reduce) {
    .stage .video-js .vjs-loading-spinner,
    .stage .video-js .vjs-loading-spinner::before,
    .stage .video-js .vjs-loading-spinner::after {
      animation: none;
    }
    .stage .video-js .vjs-control-bar,
    .stage .video-js .vjs-big-play-button,
    .stage .video-js .vjs-menu,
    .stage .video-js .vjs-volume-panel,
    .stage .video-js .vjs-volume-control,
    .stage .video-js .vjs-progress-holder,
    .stage .video-js .vjs-text-track-display {
      transition: none;
    }
  }
  /* Forced colours: system colours for the bars (their fills are backgrounds, which the browser
     would otherwise turn into Canvas) and a visible focus. */
  @media (forced-colors: active) {
    .stage .video-js .vjs-control-bar,
    .stage .video-js .vjs-menu .vjs-menu-content,
    .stage .video-js .vjs-big-play-button {
      background: Canvas;
      color: CanvasText;
      border: 1px solid CanvasText;
    }
    .stage .video-js .vjs-progress-holder,
    .stage .video-js .vjs-volume-bar {
      background: Canvas;
      outline: 1px solid CanvasText;
    }
    .stage .video-js .vjs-play-progress,
    .stage .video-js .vjs-volume-level {
      background: Highlight;
    }
    .stage .video-js .vjs-load-progress,
    .stage .video-js .vjs-load-progress div {
      background: GrayText;
    }
    .stage .video-js .vjs-menu li.vjs-selected {
      background: Highlight;
      color: HighlightText;
    }
    .stage .video-js :focus-visible,
    .stage .video-js .vjs-big-play-button:focus-visible {
      outline: 3px solid Highlight;
    }
  }
  .stage .video-js.vjs-audio-only-mode .vjs-control-bar,
  .base.audio .video-js .vjs-control-bar {
    display: flex;
  }
  /* Captions stay readable on phones: video.js would scale them with the frame down to ~7px. */
  .stage .video-js .vjs-text-track-display .vjs-text-track-cue,
  .stage .video-js .vjs-text-track-display .vjs-text-track-cue > div {
    font-size: clamp(14px, 2.6cqi, 24px) !important;
  }
  /* Narrow frames: the progress bar keeps its room, secondary controls give way. */
  @container (max-width: 560px) {
    .stage .video-js .vjs-remaining-time,
    .stage .video-js .vjs-picture-in-picture-control {
      display: none;
    }
  }
  @container (max-width: 420px) {
    .stage .video-js .vjs-time-divider,
    .stage .video-js .vjs-duration,
    .stage .video-js .vjs-volume-control,
    .stage .video-js .vjs-chapters-button,
    .stage .video-js .vjs-playback-rate {
      display: none;
    }
    .stage .video-js .vjs-control {
      width: 2.6em;
    }
  }
`;

/**
 * video.js's stylesheet and our overrides, as text; without its `@font-face` (the builds drop it
 * already), whose `data:` URL a strict `font-src` refuses: the font is a file (see below).
 */
const text = `${(css as string).replace(/@font-face\s*{[^}]*}/g, '')}\n${overrides}`;
export default text;

let sheet: CSSStyleSheet | undefined;

/**
 * The stylesheet as one constructed sheet shared by every player's shadow root. Its icon font is
 * registered on the document (`@font-face` inside a shadow root is ignored) from a file served
 * beside this module, so a Content-Security-Policy needs no `data:` in `font-src`.
 */
export function videojsSheet(): CSSStyleSheet {
  if (sheet) return sheet;
  sheet = new CSSStyleSheet();
  sheet.replaceSync(text);
  if (typeof FontFace === 'function' && ![...document.fonts].some((f) => f.family === 'VideoJS')) {
    const face = new FontFace('VideoJS', `url(${JSON.stringify(fontUrl)}) format("woff")`, { style: 'normal', weight: 'normal' });
    document.fonts.add(face);
    face.load().catch(() => console.warn(`news-player: the icon font could not be loaded from ${fontUrl} (font-src?)`));
  }
  return sheet;
}
