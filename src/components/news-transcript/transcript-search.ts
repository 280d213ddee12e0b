// Search in a `<news-transcript>`: the matches of the query in the cues' plain text, the current
// match, and their highlights, painted with the CSS Custom Highlight API
// (`::highlight(news-transcript-match)`, `news-transcript-current`); where a browser lacks it the
// cue list paints `<mark>`s from {@link TranscriptSearch.marks} instead.
import { cueTextToPlain } from '../../media/cues/markup.js';
import type { Cue } from '../../media/cues/types.js';

/** One search match: characters `start` to `end` of the plain text of cue `cue`. */
interface Match {
  cue: number;
  start: number;
  end: number;
}

const MATCH_HIGHLIGHT = 'news-transcript-match';
const CURRENT_HIGHLIGHT = 'news-transcript-current';

/** The CSS Custom Highlight registry, where the browser has one. */
const highlightRegistry = (): HighlightRegistry | undefined =>
  typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function' ? CSS.highlights : undefined;

/** Every transcript on the page shares one Highlight per name; each adds and removes its own ranges. */
function sharedHighlight(name: string): Highlight | undefined {
  const registry = highlightRegistry();
  if (!registry) return undefined;
  let highlight = registry.get(name);
  if (!highlight) {
    highlight = new Highlight();
    registry.set(name, highlight);
  }
  return highlight;
}

/** Longest query searched (characters); the search box holds no more (`maxlength`). */
export const MAX_QUERY = 200;
/** Matches found at most: the count then says "1,000+", and only these are highlighted. */
export const MAX_MATCHES = 1000;

/**
 * A case-insensitive, literal pattern for `query`, where any run of spaces matches any run of
 * whitespace; `undefined` for an empty query, or one over {@link MAX_QUERY} characters.
 */
function searchPattern(query: string): RegExp | undefined {
  if (query.length > MAX_QUERY) return undefined;
  const words = query.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return undefined;
  try {
    return new RegExp(words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+'), 'giu');
  } catch {
    // Escaped words always make a valid pattern; should an engine still refuse one, nothing matches.
    return undefined;
  }
}

/** What search needs of the transcript: its cues and their elements. */
export interface SearchOptions {
  cues(): readonly Cue[];
  /** The element of cue `index` if it is rendered now (matches in other cues are painted when they render). */
  renderedEl(index: number): HTMLElement | undefined;
}

/** The query, its matches in cue order, the current one, and their highlights. */
export class TranscriptSearch {
  query = '';
  hits: Match[] = [];
  /** Index of the current match in {@link hits}, -1 without matches. */
  current = -1;
  /** The cues' plain text, made on the first search after the cues changed. */
  private plain: string[] | undefined;
  private ranges: { all: AbstractRange[]; current: Range | undefined } = { all: [], current: undefined };

  constructor(private readonly options: SearchOptions) {}

  /** The current match, `undefined` without one. */
  get match(): Match | undefined {
    return this.hits[this.current];
  }

  /** The query as `<mark>`s in the rows' text, where the Custom Highlight API is missing. */
  marks(): RegExp | undefined {
    return highlightRegistry() ? undefined : searchPattern(this.query);
  }

  /** The cues changed: their plain text is made again on the next search. */
  cuesChanged(): void {
    this.plain = undefined;
  }

  /** True when the query is longer than {@link MAX_QUERY} characters, and so not searched. */
  get tooLong(): boolean {
    return this.query.length > MAX_QUERY;
  }

  /** True when the search stopped at {@link MAX_MATCHES} matches (there may be more). */
  capped = false;

  /**
   * Finds the matches of the query (at most {@link MAX_MATCHES}), the first one current, and paints
   * them. A query too long, or one that fails, finds nothing and clears the previous matches.
   */
  run(): void {
    const pattern = searchPattern(this.query);
    const matches: Match[] = [];
    this.capped = false;
    if (pattern) {
      this.plain ??= this.options.cues().map((c) => cueTextToPlain(c.text));
      const plain = this.plain;
      try {
        for (let cue = 0; cue < plain.length && !this.capped; cue++) {
          const text = plain[cue];
          pattern.lastIndex = 0;
          for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
            if (matches.length === MAX_MATCHES) {
              this.capped = true;
              break;
            }
            matches.push({ cue, start: m.index, end: m.index + m[0].length });
          }
        }
      } catch {
        // Nothing a literal pattern should do; whatever it was, no stale matches stay.
        matches.length = 0;
      }
    }
    this.hits = matches;
    this.current = matches.length ? 0 : -1;
    this.paint();
  }

  /** Makes the next (`1`) or previous (`-1`) match current, wrapping around; false without matches. */
  step(step: 1 | -1): boolean {
    const n = this.hits.length;
    if (n === 0) return false;
    this.current = (this.current + step + n) % n;
    this.paintCurrent();
    return true;
  }

  /** Removes this transcript's highlights. */
  clear(): void {
    const all = sharedHighlight(MATCH_HIGHLIGHT);
    const current = sharedHighlight(CURRENT_HIGHLIGHT);
    for (const r of this.ranges.all) all?.delete(r);
    if (this.ranges.current) current?.delete(this.ranges.current);
    this.ranges = { all: [], current: undefined };
  }

  /**
   * Paints the matches in rendered cues; with a cue range, only adds those of cues `from`–`to`
   * (a block just rendered), else paints them all again.
   */
  paint(from = 0, to = Infinity): void {
    const block = to !== Infinity;
    if (!block) this.clear();
    const all = sharedHighlight(MATCH_HIGHLIGHT);
    if (!all || this.hits.length === 0) return; // the <mark> fallback is painted by the cue list
    // Hits are in cue order: start at the first one in the range.
    let lo = 0;
    let hi = this.hits.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.hits[mid].cue < from) lo = mid + 1;
      else hi = mid;
    }
    for (let h = lo; h < this.hits.length && this.hits[h].cue < to; h++) {
      const m = this.hits[h];
      const el = this.options.renderedEl(m.cue);
      const range = el && this.rangeOf(el, m.start, m.end);
      if (range) {
        all.add(range);
        this.ranges.all.push(range);
      }
    }
    const current = this.match;
    if (!block || (current && current.cue >= from && current.cue < to)) this.paintCurrent();
  }

  private paintCurrent(): void {
    const current = sharedHighlight(CURRENT_HIGHLIGHT);
    if (!current) return;
    if (this.ranges.current) current.delete(this.ranges.current);
    const m = this.match;
    const el = m && this.options.renderedEl(m.cue);
    // The current match alone is a live Range (one, and readable as text).
    this.ranges.current = el ? (this.rangeOf(el, m.start, m.end, true) as Range | undefined) : undefined;
    if (this.ranges.current) current.add(this.ranges.current);
  }

  /**
   * A range over characters `start`–`end` of the text of cue element `el`: a live `Range` for
   * `live`, else a `StaticRange`. Every match gets a static one: the browser updates each live
   * Range on every DOM change until it is garbage collected, and a search among 10,000 cues makes
   * tens of thousands of them while typing (inserting a block of rows then took 100 ms, not 1).
   */
  private rangeOf(el: HTMLElement, start: number, end: number, live = false): AbstractRange | undefined {
    const text = el.querySelector('.text');
    if (!text) return undefined;
    const walker = document.createTreeWalker(text, NodeFilter.SHOW_TEXT);
    let offset = 0;
    let from: { node: Node; offset: number } | undefined;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const length = node.nodeValue?.length ?? 0;
      if (!from && start < offset + length) from = { node, offset: start - offset };
      if (from && end <= offset + length) {
        const bounds = { startContainer: from.node, startOffset: from.offset, endContainer: node, endOffset: end - offset };
        if (!live && typeof StaticRange === 'function') return new StaticRange(bounds);
        const range = document.createRange();
        range.setStart(bounds.startContainer, bounds.startOffset);
        range.setEnd(bounds.endContainer, bounds.endOffset);
        return range;
      }
      offset += length;
    }
    return undefined;
  }
}
