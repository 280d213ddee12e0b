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
  /*
   * Two rows (issue 13): the timeline across the whole player, the buttons under it: play, volume,
   * time, the current chapter when it fits; then a flexible gap; then captions, chapters, the
   * settings menu, copy link, picture-in-picture, fullscreen. Audio keeps one row, its progress
   * bar taking the room left. --news-bar is the bar's height, which captions keep clear of.
   */
  .stage .video-js {
    --news-timeline: 1.75em;
    --news-bar: calc(var(--news-timeline) + 3em);
  }
  .base.audio .video-js {
    --news-bar: 3em;
  }
  .base:not(.audio) .video-js .vjs-control-bar {
    flex-wrap: wrap;
    height: auto;
    align-items: stretch;
  }
  .base:not(.audio) .video-js .vjs-control-bar > * {
    height: 3em;
  }
  .base:not(.audio) .video-js .vjs-control-bar > .vjs-progress-control {
    order: -1;
    flex: 1 0 100%;
    height: var(--news-timeline);
    min-width: 0;
  }
  .stage .video-js .vjs-control-bar > .vjs-custom-control-spacer {
    display: block;
    flex: 1 1 0;
    min-width: 0;
    padding: 0;
  }
  .base.audio .video-js .vjs-control-bar > .vjs-custom-control-spacer {
    display: none;
  }
  .stage .video-js .vjs-control-bar > .vjs-button,
  .stage .video-js .vjs-control-bar > .vjs-menu-button {
    width: 3.2em;
  }
  .stage .video-js .vjs-control-bar > .vjs-seek-to-live-control {
    width: auto;
  }
  /* The time under the pointer (and the play position's, on focus): readable, never 8px. */
  .stage .video-js .vjs-progress-control .vjs-time-tooltip {
    font-size: max(12px, var(--news-player-controls-size, 13px)) !important;
    padding: 0.3em 0.5em;
    top: -2.4em;
    line-height: 1.3;
  }
  /* Menus: opaque over the picture and its captions, words as written, scrolling inside the
     player's box (--news-menu-max: the room above the buttons, measured in vjs-layout.ts). */
  .stage .video-js .vjs-menu-button-popup .vjs-menu .vjs-menu-content {
    background-color: #1c2129;
    max-height: var(--news-menu-max, 15em);
    overscroll-behavior: contain;
  }
  .stage .video-js .vjs-menu li,
  .stage .video-js .vjs-menu li.vjs-menu-title {
    text-transform: none;
  }
  .stage .video-js .vjs-menu li {
    gap: 0.75em;
    padding-inline: 0.6em;
  }
  .stage .video-js .vjs-menu li .news-menu-value {
    margin-inline-start: auto;
    max-width: 55%;
    overflow: hidden;
    text-overflow: ellipsis;
    opacity: 0.8;
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  .stage .video-js .vjs-menu li:has(.news-menu-value) {
    justify-content: space-between;
    text-align: start;
  }
  /* The settings menu opens to the left of its gear (the bar's end is near), wide enough for its words. */
  /* Audio: the box is one bar under a headline row; a menu uses all of it, over the bar. */
  .base.audio .video-js .vjs-menu-button-popup .vjs-menu {
    margin-bottom: 0;
  }
  .base.audio .stage:has(.vjs-lock-showing, .vjs-hover) {
    z-index: 1;
  }
  .base.audio .video-js .vjs-menu-button-popup .vjs-menu .vjs-menu-content {
    bottom: 0;
  }
  /* Menus open above the timeline, not over it. */
  .base:not(.audio) .video-js .vjs-menu-button-popup .vjs-menu {
    margin-bottom: calc(1.5em + var(--news-timeline));
  }
  .stage .video-js .news-settings-button li[role='menuitemcheckbox']::after {
    content: '';
    flex: none;
    width: 0.8em;
    height: 0.8em;
    border: 2px solid currentColor;
    border-radius: 2px;
  }
  .stage .video-js .news-settings-button li[role='menuitemcheckbox'][aria-checked='true']::after {
    background: currentColor;
    box-shadow: inset 0 0 0 2px #1c2129;
  }
  /*
   * The stage is a stacking context of its own: video.js gives the seek handle, the chapter ticks
   * and tooltips z-index 1, which otherwise paint over our overlays ("Please wait", unavailable).
   */
  .stage {
    isolation: isolate;
  }
  .stage .video-js .news-settings-button .vjs-menu {
    left: auto;
    right: 0;
    width: 15em;
  }
  .stage .video-js .news-settings-button .vjs-icon-placeholder::before {
    content: '\\f114';
    font-family: VideoJS;
  }
  .stage .video-js .news-settings-button .vjs-menu li {
    justify-content: space-between;
    text-align: start;
    font-size: 1.1em;
    padding-block: 0.35em;
  }
  .stage .video-js .news-settings-button .vjs-menu li.news-settings-back {
    justify-content: flex-start;
    font-weight: 700;
    border-block-end: 1px solid rgb(255 255 255 / 0.25);
  }
  .stage .video-js .news-settings-button li.news-settings-back::before {
    content: '\\2039';
    font-size: 1.3em;
    line-height: 1;
  }
  .base[dir='rtl'] .video-js .news-settings-button li.news-settings-back::before {
    content: '\\203a';
  }
  .stage .video-js .news-settings-button li[aria-haspopup]::after {
    content: '\\203a';
    opacity: 0.8;
  }
  .base[dir='rtl'] .video-js .news-settings-button li[aria-haspopup]::after {
    content: '\\2039';
  }
  .stage .video-js .news-settings-button li.news-settings-narrow {
    display: none;
  }
  /*
   * Captions clear of the bar: above it while it shows (video.js 8.x, TextTrackDisplay#
   * updateDisplayOverlay, writes an inline inset-block for a picture of another shape than the
   * player's, which would put them back under the bar: hence !important), lower when it hides.
   */
  .stage .video-js .vjs-text-track-display {
    bottom: calc(var(--news-bar) + 0.4em) !important;
  }
  .stage .video-js.vjs-has-started.vjs-user-inactive.vjs-playing .vjs-text-track-display,
  .stage .video-js.vjs-controls-disabled .vjs-text-track-display {
    bottom: 1em !important;
  }
  /* Captions below the video: a band at the bottom of the player's box (the box keeps its size,
     the picture shrinks above the band); the bar sits on the picture, over the band. */
  .stage .video-js.news-captions-below {
    --news-band: calc(2 * 1.35 * clamp(14px, 2.6cqi, 24px) + 0.9em);
  }
  .stage .video-js.news-captions-below .vjs-tech {
    height: calc(100% - var(--news-band));
  }
  .stage .video-js.news-captions-below .vjs-poster {
    bottom: var(--news-band);
    height: auto;
  }
  .stage .video-js.news-captions-below .vjs-control-bar {
    bottom: var(--news-band);
  }
  .stage .video-js.news-captions-below .vjs-big-play-button {
    top: calc((100% - var(--news-band) - var(--news-bar)) / 2);
  }
  .stage .video-js.news-captions-below .vjs-text-track-display,
  .stage .video-js.news-captions-below.vjs-has-started.vjs-user-inactive.vjs-playing .vjs-text-track-display {
    top: auto !important;
    bottom: 0 !important;
    height: var(--news-band);
  }
  /*
   * vtt.js (video.js 8.x, WebVTT.processCues) sizes and places each cue's box for a font of 5 % of
   * the display's height (1.8px on a phone), then our readable size (above) overflows that box
   * downwards, under the bar or out of the player. Each cue grows upwards from the bottom vtt.js
   * gave it instead, as video.js itself does for a larger font (TextTrackDisplay#updateDisplayState).
   */
  .stage .video-js .vjs-text-track-display .vjs-text-track-cue {
    top: auto !important;
    height: auto !important;
  }
  /* Narrow players: secondary controls move into the settings menu, the seek bar keeps its row. */
  @container (max-width: 560px) {
    .stage .video-js .vjs-remaining-time,
    .stage .video-js .vjs-picture-in-picture-control,
    .stage .video-js .vjs-chapters-button {
      display: none;
    }
    .stage .video-js .news-settings-button li.news-settings-pip {
      display: flex;
    }
  }
  @container (max-width: 420px) {
    .stage .video-js .vjs-time-divider,
    .stage .video-js .vjs-duration,
    .stage .video-js .vjs-volume-control,
    .stage .video-js .news-copy-link {
      display: none;
    }
    .stage .video-js .news-settings-button li.news-settings-copy {
      display: flex;
    }
    /* The big play button leaves the captions some room. */
    .stage .video-js .vjs-big-play-button {
      font-size: 2.2em;
    }
    .stage .video-js .vjs-control-bar > .vjs-button,
    .stage .video-js .vjs-control-bar > .vjs-menu-button,
    .stage .video-js .vjs-control-bar > .vjs-volume-panel {
      width: 2.8em;
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
