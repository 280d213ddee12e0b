// The stylesheets of the lazy parts (our controls, the keyboard's, focus fixes, the mini-player):
// one constructed sheet per CSS text, made the first time a player needs it, adopted into each
// player's shadow root. Imported only from the engine's chunk, so it stays out of the entry.
import { adoptSheet } from './sheets.js';

const made = new Map<string, CSSStyleSheet>();

/** Adopts the stylesheet of `css` (made once per page) into `root`, when that is a shadow root. */
export function adoptCss(root: Node | undefined, css: string): void {
  if (!(root instanceof ShadowRoot)) return;
  let sheet = made.get(css);
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    made.set(css, sheet);
  }
  adoptSheet(root, sheet);
}
