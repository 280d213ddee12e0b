// Copies of our constructed stylesheets for another document (Document Picture-in-Picture, an
// iframe): a lazy chunk, fetched only when an element is moved between documents.
/** Per sheet of the element's own document, its copy in each other window it was taken to. */
const copies = new WeakMap<CSSStyleSheet, WeakMap<Window, CSSStyleSheet>>();
/** A copy's original, so a copy taken on to a third document (or home) is made from the original. */
const originals = new WeakMap<CSSStyleSheet, CSSStyleSheet>();

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

/** Adopts `sheets` (those recorded for `root`) again in the document `root` is in now. */
export function readoptSheets(root: ShadowRoot, sheets: readonly CSSStyleSheet[] | undefined): void {
  const view = root.ownerDocument.defaultView;
  if (sheets && view) root.adoptedStyleSheets = sheetsFor(view, sheets);
}
