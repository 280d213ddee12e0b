import { css } from 'lit';
import { srOnly } from '../../internal/styles.js';

export default [
  srOnly,
  css`
  :host {
    display: block;
    color: var(--news-transcript-color, inherit);
    font: var(--news-transcript-font, inherit);
    line-height: 1.45;
  }

  :host([hidden]) {
    display: none;
  }

  .base {
    display: flex;
    flex-direction: column;
    gap: 0.5em;
    position: relative;
  }


  /* ---- toolbar: search, match count, previous/next, downloads and language ---- */

  /* The toolbar's rows follow its own width (a transcript beside the player, in a sidebar, on a
     phone), not the screen's. The box has no width of its own to give a content-sized container. */
  .tools {
    container-type: inline-size;
  }

  .tools[hidden],
  .toolbar[hidden] {
    display: none;
  }

  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.375em;
  }

  input,
  button,
  select,
  a {
    font: inherit;
    color: inherit;
  }

  .language {
    flex: 0 1 auto;
    max-inline-size: 100%;
    padding-block: 0.25em;
    padding-inline: 0.375em;
    border: 1px solid var(--news-transcript-border, #767676);
    border-radius: var(--news-transcript-radius, var(--news-radius, 4px));
    background: var(--news-transcript-button-background, #fff);
  }

  .message .language {
    display: block;
    margin-block-start: 0.5em;
  }

  .search {
    flex: 1 1 10em;
    max-inline-size: 100%;
    box-sizing: border-box;
    min-inline-size: 0;
    padding-block: 0.3em;
    padding-inline: 0.5em;
    border: 1px solid var(--news-transcript-border, #767676);
    border-radius: var(--news-transcript-radius, var(--news-radius, 4px));
    background: var(--news-transcript-input-background, transparent);
  }

  /* As wide as its text: nothing reserved while it is empty. */
  .count {
    font-variant-numeric: tabular-nums;
    color: var(--news-transcript-muted, #595959);
  }

  .step,
  .back,
  .retry {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    padding-block: 0.25em;
    padding-inline: 0.5em;
    border: 1px solid var(--news-transcript-border, #767676);
    border-radius: var(--news-transcript-radius, var(--news-radius, 4px));
    background: var(--news-transcript-button-background, #fff);
    cursor: pointer;
  }

  .step:disabled {
    cursor: default;
    opacity: 0.55;
  }

  .step svg {
    inline-size: 1em;
    block-size: 1em;
    fill: currentColor;
  }

  /* Previous and next never part. */
  .steps {
    display: inline-flex;
    gap: 0.375em;
  }

  /* The language choice and the two download links wrap together, at the end of the row (or on a
     row of their own). */
  .downloads {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25em 0.75em;
    margin-inline-start: auto;
    max-inline-size: 100%;
  }

  .download {
    overflow-wrap: anywhere;
  }

  /* Narrow (a phone, a sidebar): the search box on a row of its own, then the count with previous
     and next, then the downloads from the start of their row. */
  @container (inline-size <= 25em) {
    .search {
      flex-basis: 100%;
    }
    .downloads {
      margin-inline-start: 0;
    }
  }

  :is(.search, .language, .step, .back, .retry, .download, .message):focus-visible,
  .cue:focus-visible {
    outline: 2px solid var(--news-transcript-focus, var(--news-focus, #1a5fb4));
    outline-offset: 1px;
  }

  /* ---- the scroll box and its cues ---- */

  .frame {
    position: relative;
  }

  .body {
    max-block-size: var(--news-transcript-max-height, 24rem);
    overflow: auto;
    /* The transcript moves itself; the browser must not move it behind its back. */
    overflow-anchor: none;
    border: 1px solid var(--news-transcript-border-color, #d0d0d0);
    border-radius: var(--news-transcript-radius, var(--news-radius, 4px));
  }

  .body:empty,
  .list:empty {
    display: none;
  }

  .chapter {
    margin: 0;
    padding-block: 0.75em 0.25em;
    padding-inline: 0.75em;
    font-size: 1em;
    font-weight: 700;
  }

  .cue {
    display: flex;
    gap: 0.75em;
    padding-block: 0.3em;
    padding-inline: 0.75em;
    cursor: pointer;
    border-inline-start: 3px solid transparent;
  }

  .chunk {
    /* Off-screen blocks of cues skip layout and paint; their height is remembered once rendered.
       Height only: an estimated width would widen a content-sized container (WCAG 1.4.10). */
    content-visibility: auto;
    contain-intrinsic-block-size: auto calc(25 * 2.05em);
  }

  /* A block whose rows are not rendered yet holds their estimated place. */
  .chunk[data-pending] {
    block-size: calc(var(--rows, 25) * 2.05em);
  }

  /* A very long transcript: a sizer as tall as every row, and the window of rows near the view. */
  .sizer {
    position: relative;
    overflow: hidden;
  }

  .window {
    position: absolute;
    inset-block-start: 0;
    inset-inline: 0;
  }

  .long-note {
    margin: 0;
    font-size: 0.875em;
    color: var(--news-transcript-muted, #595959);
  }

  .cue:hover {
    background: var(--news-transcript-hover-background, #f2f2f2);
  }

  /* The player's range (a #t=83,95 link): a tinted band with a bar beside it; active wins. */
  .cue[data-in-range] {
    background: var(--news-transcript-range-background, #fdf3d0);
    border-inline-start-color: var(--news-transcript-range-accent, #8a6100);
  }

  .cue[aria-current='true'] {
    background: var(--news-transcript-active-background, #e7f0fb);
    color: var(--news-transcript-active-color, inherit);
    border-inline-start-color: var(--news-transcript-accent, var(--news-player-accent, #c8102e));
  }

  .time {
    flex: none;
    min-inline-size: 3.2em;
    font-variant-numeric: tabular-nums;
    color: var(--news-transcript-muted, #595959);
  }

  .words {
    flex: 1;
    min-inline-size: 0;
  }

  .speaker {
    display: block;
    font-weight: 700;
  }

  .text .c {
    font-style: inherit;
  }

  /* The timed word being spoken: a Custom Highlight (a repaint per word), else a style on the span. */
  ::highlight(news-transcript-word) {
    background-color: var(--news-transcript-word-active-background, #c4dbf5);
    color: var(--news-transcript-word-active-color, inherit);
  }
  @supports not selector(::highlight(news-transcript-word)) {
    .word[part~='active'] {
      background: var(--news-transcript-word-active-background, #c4dbf5);
      color: var(--news-transcript-word-active-color, inherit);
      border-radius: 2px;
    }
  }

  ::highlight(news-transcript-match),
  mark {
    background-color: var(--news-transcript-match, #fff0a0);
    color: inherit;
  }

  ::highlight(news-transcript-current) {
    background-color: var(--news-transcript-match-current, #ffc14d);
    color: inherit;
  }

  .message:empty {
    display: none;
  }

  .message p {
    margin: 0;
  }

  .message .title {
    font-weight: 700;
  }

  .message .retry {
    margin-block-start: 0.5em;
  }

  .back {
    position: absolute;
    inset-block-end: 0.5em;
    inset-inline-end: 1.25em;
    box-shadow: 0 1px 4px rgb(0 0 0 / 0.25);
  }

  .back[hidden] {
    display: none;
  }

  /* On paper: every cue, not the scroll box's window onto them, and no controls. */
  @media print {
    .body {
      max-block-size: none;
      overflow: visible;
    }
    .chunk {
      content-visibility: visible;
    }
    .sizer {
      block-size: auto !important;
    }
    .window {
      position: static;
      transform: none !important;
    }
    .tools,
    .toolbar,
    .back {
      display: none;
    }
  }

  @media (forced-colors: active) {
    .cue[aria-current='true'] {
      outline: 2px solid Highlight;
    }
    .cue[data-in-range] {
      border-inline-start-color: Highlight;
    }
    .word[part~='active'],
    ::highlight(news-transcript-word) {
      background-color: Highlight;
      color: HighlightText;
    }
  }
`,
];
