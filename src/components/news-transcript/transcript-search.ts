// Search in a `<news-transcript>`: the matches of the query in the cues' plain text, the current
// match, and their highlights, painted with the CSS Custom Highlight API
// (`::highlight(news-transcript-match)`, `news-transcript-current`); where a browser lacks it the
// cue list paints `<mark>`s from {@link TranscriptSearch.marks} instead.
import { cueTextToPlain } from '../../media/cues/markup.js';
import type { Translation } from '../../i18n/translation.js';

/** One search match: characters `start` to `end` of the plain text of unit `cue` (a cue, or a piece of one). */
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
export function sharedHighlight(name: string): Highlight | undefined {
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

/** Longest a slice of a search runs before it yields to the page (ms). */
const SLICE_MS = 8;

/** What search needs of the transcript: the units it searches (cues, or pieces of long cues) and their elements. */
export interface SearchOptions {
  /** The raw cue text of each unit. */
  texts(): readonly string[];
  /** The element of unit `index` if it is rendered now (matches in other units are painted when they render). */
  renderedEl(index: number): HTMLElement | undefined;
  /** True for a very long transcript: search in slices that yield to the page. */
  sliced(): boolean;
  /** The query, its matches or the current one changed: render again. */
  changed(): void;
  /** Brings the element of unit `unit` into view (the current match is there). */
  reveal(unit: number): void;
  /** The reader is searching (`true`: auto-scroll waits) or stopped (`false`). */
  searching(on: boolean): void;
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

  /** True while a sliced search is still running (the count waits for it). */
  searching = false;
  private generation = 0;

  /**
   * Finds the matches of the query (at most {@link MAX_MATCHES}), the first one current, and paints
   * them. A query too long, or one that fails, finds nothing and clears the previous matches. In a
   * very long transcript the search runs in slices: it returns a promise, settled once the matches
   * are known (not if another search replaced it).
   */
  run(): Promise<boolean> | undefined {
    const generation = ++this.generation;
    const pattern = searchPattern(this.query);
    this.capped = false;
    this.searching = false;
    if (!pattern || !this.options.sliced()) {
      this.finish(pattern ? this.find(pattern) : []);
      return undefined;
    }
    // The previous matches go at once; the new ones come when found.
    this.finish([]);
    this.searching = true;
    return this.findInSlices(pattern, generation).then((matches) => {
      if (generation !== this.generation) return false;
      this.searching = false;
      this.finish(matches);
      return true;
    });
  }

  private finish(matches: Match[]): void {
    this.hits = matches;
    this.current = matches.length ? 0 : -1;
    this.paint();
  }

  /** Plain text of unit `unit`, made on first use after the units changed. */
  private plainOf(unit: number): string {
    const texts = this.options.texts();
    this.plain ??= new Array<string>(texts.length);
    return (this.plain[unit] ??= cueTextToPlain(texts[unit]));
  }

  /** Adds the matches of `pattern` in unit `unit` to `matches`; false once the cap is reached. */
  private findIn(pattern: RegExp, unit: number, matches: Match[]): boolean {
    const text = this.plainOf(unit);
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      if (matches.length === MAX_MATCHES) {
        this.capped = true;
        return false;
      }
      matches.push({ cue: unit, start: m.index, end: m.index + m[0].length });
    }
    return true;
  }

  private find(pattern: RegExp): Match[] {
    const matches: Match[] = [];
    const n = this.options.texts().length;
    try {
      for (let unit = 0; unit < n && this.findIn(pattern, unit, matches); unit++);
    } catch {
      // Nothing a literal pattern should do; whatever it was, no stale matches stay.
      return [];
    }
    return matches;
  }

  private async findInSlices(pattern: RegExp, generation: number): Promise<Match[]> {
    const matches: Match[] = [];
    const n = this.options.texts().length;
    let started = performance.now();
    try {
      for (let unit = 0; unit < n && this.findIn(pattern, unit, matches); unit++) {
        if ((unit & 255) === 0 && performance.now() - started > SLICE_MS) {
          await new Promise((resolve) => setTimeout(resolve, 0));
          if (generation !== this.generation) return [];
          started = performance.now();
        }
      }
    } catch {
      return [];
    }
    return matches;
  }

  // ---- the search box -------------------------------------------------------------------------

  /** The search box's `input`: searches for what it holds, and shows the first match. */
  onInput = (event: Event): void => {
    this.query = (event.target as HTMLInputElement).value;
    this.update(true);
  };

  /** The search box's keys: Enter and Shift+Enter move between matches, Escape clears. */
  onKeyDown = (event: KeyboardEvent): void => {
    if (event.key === 'Enter') {
      event.preventDefault();
      this.go(event.shiftKey ? -1 : 1);
    } else if (event.key === 'Escape' && this.query) {
      event.preventDefault();
      (event.target as HTMLInputElement).value = '';
      this.query = '';
      this.update(true);
    }
  };

  /** Searches again (auto-scroll waits meanwhile); `reveal` scrolls to the first match. */
  update(reveal: boolean): void {
    const pending = this.run();
    this.options.searching(this.query.trim() !== '');
    this.options.changed();
    if (!pending) {
      if (reveal) this.revealCurrent();
      return;
    }
    // A very long transcript is searched in slices: the count and the first match come when found.
    void pending.then((current) => {
      if (!current) return;
      this.options.changed();
      if (reveal) this.revealCurrent();
    });
  }

  /** Moves to the next (`1`) or previous (`-1`) match and shows it. */
  go(step: 1 | -1): void {
    if (!this.step(step)) return;
    this.options.changed();
    this.revealCurrent();
  }

  /** The text beside the search box: "n of m", "n of 1000+", why the query is not searched, or nothing. */
  countText(t: Translation): string {
    if (this.searching) return '';
    if (this.tooLong) return t.transcriptQueryTooLong(MAX_QUERY);
    if (!this.query.trim()) return '';
    const n = this.hits.length;
    return this.capped ? t.transcriptManyMatches(this.current + 1, MAX_MATCHES) : t.transcriptMatches(n ? this.current + 1 : 0, n);
  }

  private revealCurrent(): void {
    const match = this.match;
    if (match) this.options.reveal(match.cue);
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
