import { css } from 'lit';
import { srOnly } from '../../internal/styles.js';

// Notes kept out of the stylesheet (comments inside css`` ship, unminified, to every page):
// - :host resets what a page's inherited styles could do to the player's layout.
// - The poster card is Lit only, no video.js; loaded, the audio layout is video.js's control bar.
// - The overlays stack the poster at the back, then the shade, then the words.
// - Narrow frames get smaller words, so a message never clips.
// - Focus rings are two-toned (a light ring on a dark one), so they show over any poster or page.
// - The shade keeps at least 0.7 black under the headline's lines (the lower third of the card)
//   and the overlays 0.75: white words on them stay above 4.5:1 over any poster, white included.
// - Right to left: the card and messages mirror through logical properties; the play triangle
//   does not (playback icons keep their direction), so its optical nudge is a physical margin.
// - The early overlay (.early…): the bare <video> a click starts before video.js, with its
//   play/pause toggle, progress and spinner (src/engine/early-media.ts); video.js adopts .early.
// - Reduced motion: the spinner stands still (a dotted ring). Forced colours: system colours,
//   an opaque plate behind words, Highlight for focus.
export default [
  srOnly,
  css`
  :host {
    display: block;
    position: relative;
    box-sizing: border-box;
    width: 100%;
    max-width: 100%;
    color: var(--news-player-color, #fff);
    font: var(--news-player-font, 400 16px/1.4 system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    text-align: start;
    text-indent: 0;
    text-transform: none;
    letter-spacing: normal;
    word-spacing: normal;
    white-space: normal;
    font-style: normal;
    contain: layout paint style;
    -webkit-tap-highlight-color: transparent;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }

  .base {
    position: relative;
    container-type: inline-size;
    width: 100%;
    aspect-ratio: var(--news-player-aspect-ratio, 16 / 9);
    overflow: hidden;
    background: var(--news-player-background, #000);
    border-radius: var(--news-player-radius, var(--news-radius, 0));
  }
  .base.audio {
    aspect-ratio: auto;
    height: var(--news-player-audio-height, 4.5em);
  }
  .base.audio.loaded .stage {
    inset: auto 0 0;
    height: 3em;
    font-size: var(--news-player-controls-size, 13px);
  }
  .audio-title {
    position: absolute;
    inset: 0 0 auto;
    display: flex;
    align-items: center;
    gap: 0.75em;
    height: calc(100% - 3 * var(--news-player-controls-size, 13px));
    padding-inline: 0.75em;
    font-size: 0.875rem;
  }
  .audio-title .title {
    flex: 1;
    min-width: 0;
    font-weight: 700;
    white-space: nowrap;
    overflow: hidden;
    text-overflow: ellipsis;
  }
  .audio-title .time {
    font-variant-numeric: tabular-nums;
    opacity: 0.85;
  }

  .stage,
  .overlay,
  .card,
  .poster {
    position: absolute;
    inset: 0;
  }
  .stage[hidden] {
    display: none;
  }
  .card {
    display: block;
    margin: 0;
    padding: 0;
    border: 0;
    width: 100%;
    height: 100%;
    color: inherit;
    font: inherit;
    line-height: 1.3;
    text-align: start;
    background: var(--news-player-card-background, #111);
    cursor: pointer;
    overflow: hidden;
  }
  .overlay:focus {
    outline: none;
  }
  .card:focus-visible {
    outline: 3px solid var(--news-player-focus, #ffbf47);
    outline-offset: -3px;
    box-shadow: inset 0 0 0 6px #0b0c0c;
  }
  .retry:focus-visible {
    outline: 3px solid var(--news-player-focus, #ffbf47);
    outline-offset: 2px;
    box-shadow: 0 0 0 2px #0b0c0c;
  }
  .poster {
    width: 100%;
    height: 100%;
    object-fit: cover;
    display: block;
  }
  .shade {
    position: absolute;
    inset: 0;
    background: linear-gradient(to top, rgb(0 0 0 / 0.85) 0%, rgb(0 0 0 / 0.72) 38%, rgb(0 0 0 / 0.1) 100%);
  }
  .headline {
    position: absolute;
    inset-inline: 1em;
    bottom: 0.9em;
    margin: 0;
    padding-inline-end: 4.5em;
    font-size: clamp(0.95rem, 2.6cqi, 1.35rem);
    font-weight: 700;
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 3;
    overflow: hidden;
    text-shadow: 0 1px 2px rgb(0 0 0 / 0.8);
    overflow-wrap: anywhere;
  }
  .badge {
    position: absolute;
    inset-inline-end: 0.8em;
    bottom: 0.9em;
    padding: 0.15em 0.45em;
    border-radius: 0.25em;
    background: rgb(0 0 0 / 0.8);
    font-size: 0.85em;
    font-variant-numeric: tabular-nums;
  }
  .play-icon {
    position: absolute;
    top: 50%;
    left: 50%;
    width: 4.5em;
    height: 4.5em;
    margin: -2.25em 0 0 -2.25em;
    border-radius: 50%;
    background: var(--news-player-accent, #c8102e);
    box-shadow: 0 2px 8px rgb(0 0 0 / 0.5);
    display: grid;
    place-items: center;
    transition: transform 0.15s ease;
  }
  .card:hover .play-icon,
  .card:focus-visible .play-icon {
    transform: scale(1.08);
  }
  .play-icon svg {
    width: 45%;
    height: 45%;
    margin-left: 8%;
    fill: #fff;
  }

  .audio .card .poster,
  .audio .card .shade {
    display: none;
  }
  .audio .play-icon {
    left: auto;
    inset-inline-start: 0.6em;
    top: 50%;
    width: 3em;
    height: 3em;
    margin: -1.5em 0 0 0;
  }
  .audio .headline {
    inset-inline-start: 4.2em;
    top: 50%;
    bottom: auto;
    transform: translateY(-50%);
    font-size: 1rem;
    white-space: nowrap;
    overflow: hidden;
    text-overflow: ellipsis;
  }
  .audio .badge {
    top: 50%;
    bottom: auto;
    transform: translateY(-50%);
  }

  .overlay {
    display: grid;
    place-content: center;
    justify-items: center;
    gap: 0.5em;
    padding: 1em;
    text-align: center;
    isolation: isolate;
  }
  .overlay::before {
    content: '';
    position: absolute;
    inset: 0;
    z-index: -1;
    background: var(--news-player-overlay-background, rgb(0 0 0 / 0.75));
  }
  .overlay .poster {
    z-index: -2;
  }
  .spinner {
    width: 2.5em;
    height: 2.5em;
    border-radius: 50%;
    border: 0.3em solid rgb(255 255 255 / 0.3);
    border-top-color: #fff;
    animation: spin 0.9s linear infinite;
  }
  @keyframes spin {
    to {
      transform: rotate(360deg);
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .spinner {
      animation: none;
      border-top-color: rgb(255 255 255 / 0.3);
      border-style: dotted;
    }
    .play-icon {
      transition: none;
    }
  }
  .message {
    margin: 0;
    font-size: 1.1em;
    font-weight: 700;
  }
  .reason {
    margin: 0;
    max-width: 36em;
    font-size: 0.9em;
  }
  .retry {
    margin-top: 0.4em;
    padding: 0.45em 1.2em;
    border: 2px solid #fff;
    border-radius: 999px;
    background: #fff;
    color: #111;
    font: inherit;
    font-weight: 700;
    line-height: 1.2;
    cursor: pointer;
  }
  .retry:hover {
    background: #e6e6e6;
  }
  /* Unavailable without a poster: a designed frame, not a black box (a quiet gradient, a "no
     media" icon, the headline saying which clip). */
  .overlay.no-poster::before {
    background: radial-gradient(120% 90% at 50% 35%, #2a2d31, var(--news-player-card-background, #111));
  }
  .no-media {
    width: var(--icon, 3em);
    height: var(--icon, 3em);
    fill: none;
    stroke: currentColor;
    stroke-width: 1.5;
    stroke-linejoin: round;
  }
  .unavailable-headline {
    margin: 0;
    font-size: 0.85em;
  }
  .audio .unavailable-headline {
    display: none;
  }
  .audio .overlay {
    grid-auto-flow: column;
    --icon: 2em;
    align-items: center;
    justify-content: start;
    gap: 0.75em;
    text-align: start;
  }
  .audio .overlay .reason {
    display: none;
  }
  @container (max-width: 420px) {
    .overlay {
      --icon: 2em;
      gap: 0.25em;
      font-size: 0.85em;
    }
    .unavailable-headline {
      display: none;
    }
    .headline {
      -webkit-line-clamp: 2;
      font-size: 0.95rem;
    }
    .play-icon {
      width: 3.5em;
      height: 3.5em;
      margin: -1.75em 0 0 -1.75em;
    }
  }


  @media (forced-colors: active) {
    .play-icon,
    .retry {
      border: 2px solid ButtonText;
      background: ButtonFace;
      color: ButtonText;
      fill: ButtonText;
    }
    .play-icon svg {
      fill: inherit;
    }
    .overlay::before,
    .badge,
    .starts {
      background: Canvas;
      color: CanvasText;
    }
    .overlay {
      color: CanvasText;
    }
    .base :focus-visible {
      outline-color: Highlight;
    }
  }


  .starts {
    position: absolute;
    inset-inline-start: 0.8em;
    top: 0.8em;
    padding: 0.15em 0.5em;
    border-radius: 0.25em;
    background: rgb(0 0 0 / 0.8);
    font-size: 0.85em;
    font-variant-numeric: tabular-nums;
  }
  .badge.live {
    background: var(--news-player-live, var(--news-player-accent, #c8102e));
    font-weight: 700;
    letter-spacing: 0.04em;
  }
  .audio .starts {
    top: auto;
    bottom: 0.15em;
    inset-inline-start: 4.2em;
    padding: 0;
    background: none;
    font-size: 0.75em;
  }

  .early {
    position: absolute;
    inset: 0;
    background: #000;
  }
  .early video {
    width: 100%;
    height: 100%;
  }
  .early-bar {
    position: absolute;
    inset: auto 0 0;
    display: flex;
    align-items: center;
    gap: 0.5em;
    height: 3em;
    padding: 0 0.8em;
    background: #2b333fb3;
    color: #fff;
  }
  .early-bar button {
    width: 2.5em;
    height: 2.5em;
    border: 0;
    background: none;
    color: inherit;
  }
  .early-track {
    flex: 1;
    height: 0.3em;
    background: #73859f80;
  }
  .early-fill {
    height: 100%;
    background: #fff;
    transform-origin: 0;
    transform: scaleX(0);
  }
  .early .spinner {
    position: absolute;
    inset: calc(50% - 1.25em);
  }
`,
];
