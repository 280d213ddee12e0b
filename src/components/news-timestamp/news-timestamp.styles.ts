import { css } from 'lit';
import { srOnly } from '../../internal/styles.js';

export default [
  srOnly,
  css`
  :host {
    display: inline;
  }
  :host([hidden]) {
    display: none;
  }
  a {
    color: var(--news-timestamp-color, inherit);
    text-decoration: none;
    border-radius: 0.15em;
    cursor: pointer;
  }
  /* The words are underlined, not the play triangle. */
  .words {
    text-decoration: underline;
    text-decoration-thickness: from-font;
    text-underline-offset: 0.15em;
  }
  a:hover .words {
    text-decoration-thickness: 0.12em;
  }
  a:focus-visible {
    outline: 2px solid var(--news-timestamp-focus, var(--news-focus, #1a5fb4));
    outline-offset: 2px;
  }
  .icon {
    margin-inline-end: 0.25em;
    color: var(--news-timestamp-icon-color, currentColor);
    font-size: 0.7em;
    font-family: system-ui, sans-serif;
    text-decoration: none;
    display: inline;
  }
  .time {
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  @media (forced-colors: active) {
    a {
      color: LinkText;
    }
  }
`,
];
