import { css } from 'lit';

/**
 * Style snippets shared by the elements' stylesheets (each element lists them first in its
 * `styles`): one copy in the bundle, one constructed stylesheet shared by every shadow root.
 */

/** `.sr-only`: words for screen readers only (status regions, names), kept out of sight and layout. */
export const srOnly = css`
  .sr-only {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
`;
