// The constructed stylesheets of our shadow roots, recorded as they are adopted: a move into another
// document (Document Picture-in-Picture, an iframe) empties a shadow root's `adoptedStyleSheets`
// before any callback can read them, so the list to adopt again there is kept here (the copying
// is ./sheets-copy.ts, a chunk fetched only on such a move).

const adopted = new WeakMap<ShadowRoot, CSSStyleSheet[]>();

/** Records `root`'s adopted sheets as they are now (after Lit adopted the element's styles). */
export function recordSheets(root: ShadowRoot): void {
  adopted.set(root, [...root.adoptedStyleSheets]);
}

/** Adopts `sheet` into `root` (before the others, or after them), once, and records it. */
export function adoptSheet(root: ShadowRoot, sheet: CSSStyleSheet, where: 'first' | 'last' = 'last'): void {
  const now = root.adoptedStyleSheets;
  if (!now.includes(sheet)) {
    adopted.set(root, where === 'first' ? [sheet, ...now] : [...now, sheet]);
    try {
      root.adoptedStyleSheets = adopted.get(root)!;
    } catch {
      // Made in another document than the root's now: adopt copies made there.
      readopt(root);
    }
    return;
  }
  recordSheets(root);
}

/** After a move between documents: the recorded sheets, adopted again there (as copies). */
export function readopt(root: ShadowRoot): void {
  void import('./sheets-copy.js').then((m) => m.readoptSheets(root, adopted.get(root)));
}
