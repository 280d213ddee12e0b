// The tag names each element is registered under (`NewsPlayer.define('acme-player')` beside, or
// instead of, `news-player`), so that transcripts, timestamps and JSON-LD find players by what
// they are, not by one hard-coded tag.

const tags = new Map<string, Set<string>>();

/** Records that `tag` names an element of `family` (the element's default tag: `news-player`). */
export function recordTag(family: string, tag: string): void {
  let set = tags.get(family);
  if (!set) tags.set(family, (set = new Set()));
  set.add(tag);
}

/** A selector for every tag of `family` (the family's own tag when none is registered yet). */
export function tagSelector(family: string): string {
  return [...new Set([family, ...(tags.get(family) ?? [])])].join(', ');
}

/** True when `el` is an element of `family`, under any of its tags. */
export function isOf(family: string, el: Element | null | undefined): boolean {
  if (!el) return false;
  return el.localName === family || Boolean(tags.get(family)?.has(el.localName));
}
