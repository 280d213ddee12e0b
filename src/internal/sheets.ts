// The constructed stylesheets of our shadow roots, recorded as they are adopted: a move into another
// document (Document Picture-in-Picture, an iframe) empties a shadow root's `adoptedStyleSheets`
// before any callback can read them, so the list to adopt again there is kept here.

const adopted = new WeakMap<ShadowRoot, CSSStyleSheet[]>();

/** Per sheet of the element's own document, its copy in each other window it was taken to. */
const copies = new WeakMap<CSSStyleSheet, WeakMap<Window, CSSStyleSheet>>();
/** A copy's original, so a copy taken on to a third document (or home) is made from the original. */
const originals = new WeakMap<CSSStyleSheet, CSSStyleSheet>();

/** Records `root`'s adopted sheets as they are now (after Lit adopted the element's styles). */
export function recordSheets(root: ShadowRoot): void {
  adopted.set(root, [...root.adoptedStyleSheets]);
}

/** Adopts `sheet` into `root` (before the others, or after them), once, and records it. */
export function adoptSheet(root: ShadowRoot, sheet: CSSStyleSheet, where: 'first' | 'last' = 'last'): void {
  const now = root.adoptedStyleSheets;
  if (!now.includes(sheet)) {
    try {
      root.adoptedStyleSheets = where === 'first' ? [sheet, ...now] : [...now, sheet];
    } catch {
      // Made in another document than the root's now: adopt a copy made there.
      const view = root.ownerDocument.defaultView;
      if (view) root.adoptedStyleSheets = where === 'first' ? [...sheetsFor(view, [sheet]), ...now] : [...now, ...sheetsFor(view, [sheet])];
    }
  }
  recordSheets(root);
}

/**
 * `sheets` as sheets the document of `view` may adopt: a constructed sheet belongs to the document
 * it was made in, so another document gets a copy made in its window, once per sheet and window;
 * home again, the originals.
 */
function sheetsFor(view: Window, sheets: readonly CSSStyleSheet[]): CSSStyleSheet[] {
  const Sheet = (view as Window & typeof globalThis).CSSStyleSheet;
  return sheets.map((sheet) => {
    const original: CSSStyleSheet = originals.get(sheet) ?? sheet;
    if ((original as object) instanceof Sheet) return original;
    let perWindow = copies.get(original);
    if (!perWindow) copies.set(original, (perWindow = new WeakMap()));
    let copy = perWindow.get(view);
    if (!copy) {
      copy = new Sheet();
      // `@import` is not allowed in constructed sheets (and ours have none).
      const rules = [...original.cssRules].filter((r) => !(r instanceof CSSImportRule)).map((r) => r.cssText);
      copy.replaceSync(rules.join('\n'));
      originals.set(copy, original);
      perWindow.set(view, copy);
    }
    return copy;
  });
}

/** Adopts `root`'s recorded sheets again in the document it is in now (after a move between documents). */
export function readoptSheets(root: ShadowRoot): void {
  const sheets = adopted.get(root);
  const view = root.ownerDocument.defaultView;
  if (!sheets || !view) return;
  root.adoptedStyleSheets = sheetsFor(view, sheets);
}
