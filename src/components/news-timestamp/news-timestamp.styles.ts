import { css } from 'lit';

export default css`
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
  .sr-only {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  @media (forced-colors: active) {
    a {
      color: LinkText;
    }
  }
`;
