// The implementation of <news-transcript>, fetched when the element first connects (a chunk of its
// own in the CDN build): cue loading and parsing, rendering, sync with the player, search,
// download and auto-scroll. The element class, with its public API, attributes and
// documentation, is `NewsTranscript` in news-transcript.component.ts; it forwards to a
// `TranscriptView` once this module has arrived, and until then shows its light DOM children
// (a server-rendered transcript) as they are.
import { adoptStyles, html, nothing, render, type PropertyValues, type TemplateResult } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { LocalizeController } from '../../i18n/localize.js';
import type { PlayerLookupController } from '../../controllers/player-lookup.js';
import { AutoScrollController } from '../../controllers/auto-scroll.js';
import { NewsTranscriptSeekEvent } from '../../events/news-transcript-seek.js';
import { NewsTranscriptLoadEvent, type TranscriptSource } from '../../events/news-transcript-load.js';
import type { NewsPlayerChaptersChangeEvent } from '../../events/news-player-chapterschange.js';
import type { NewsPlayerRangeChangeEvent, TimeRange } from '../../events/news-player-rangechange.js';
import type { Chapter } from '../../media/chapters.js';
import { CueIndex } from '../../media/cues/find.js';
import { cueTextToPlain, parseCueText, type CueNode } from '../../media/cues/markup.js';
import type { Cue } from '../../media/cues/types.js';
import { formatTime, parseTime } from '../../media/time.js';
import type { NewsPlayer } from '../news-player/news-player.component.js';
import type { NewsTranscript } from './news-transcript.component.js';
import styles from './news-transcript.styles.js';

type Status = 'loading' | 'ready' | 'failed';
type Failure = 'load' | 'malformed' | 'none';

/** One search match: characters `start` to `end` of the plain text of cue `cue`. */
interface Match {
  cue: number;
  start: number;
  end: number;
}

/** What a row of the list shows besides its cue: chapter headings before it, its speaker label. */
interface Row {
  cue: Cue;
  index: number;
  chapters: string[];
  speaker: string | undefined;
}

/** Player events after which the active cue may have changed. */
const PLAYER_EVENTS = ['timeupdate', 'seeking', 'seeked', 'loadedmetadata', 'news-player-statechange'] as const;

/** Id of the hidden note that describes the cues inside the player's range. */
const RANGE_NOTE = 'range-note';

/** The `part` of a cue element: `cue`, plus `active` and `in-range` as they apply. */
const cuePart = (active: boolean, inRange: boolean): string =>
  active ? (inRange ? 'cue active in-range' : 'cue active') : inRange ? 'cue in-range' : 'cue';

/**
 * Cues per block (see {@link TranscriptView.renderChunk}). A block is the unit of lazy rendering
 * and of `content-visibility: auto`: a seek to a block that was skipped lays out its cues at once,
 * so blocks are small; each block is also a skipped root the browser keeps track of, so not tiny.
 */
const CHUNK = 25;
/** Blocks rendered with the list itself (the top of the list, before anything is known of the view). */
const FIRST_CHUNKS = 4;
/** Longest a task renders blocks for before it yields to the page (ms). */
const IDLE_SLICE_MS = 8;

/** The Prioritized Task Scheduling API, where the browser has it. */
type PostTask = (callback: () => void, options: { priority: 'user-visible'; signal?: AbortSignal }) => Promise<unknown>;

/**
 * Runs `callback` in a later task; returns a function that cancels it. An ordinary task, not idle
 * time nor background priority: a busy page (a playing clip, timers) has few idle periods and
 * starves background tasks, and the rest of the transcript must arrive soon (find in page). Each
 * task does at most {@link IDLE_SLICE_MS} of work, so input and frames come in between.
 */
function later(callback: () => void): () => void {
  const scheduler = (globalThis as { scheduler?: { postTask?: PostTask } }).scheduler;
  if (typeof scheduler?.postTask === 'function') {
    const abort = new AbortController();
    scheduler.postTask(callback, { priority: 'user-visible', signal: abort.signal }).catch(() => undefined);
    return () => abort.abort();
  }
  const handle = setTimeout(callback, 0);
  return () => clearTimeout(handle);
}

/** Whether the download link can be offered (a Blob URL for its file). */
const canDownload = (): boolean => typeof URL.createObjectURL === 'function';

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

/** A case-insensitive pattern for `query`, where any run of spaces matches any run of whitespace. */
function searchPattern(query: string): RegExp | undefined {
  const words = query.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return undefined;
  return new RegExp(words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+'), 'giu');
}

/** Escapes text for WebVTT cue text, so `parseCueText` gives it back unchanged. */
const escapeCueText = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The player's chapters as heading cues (titles are plain text, escaped for cue text). */
const chapterCues = (chapters: readonly Chapter[]): Cue[] =>
  chapters.map((c) => ({ id: '', start: c.start, end: c.end, text: escapeCueText(c.title) }));

/** The chapters a player offers (`player.chapters`); none before it is upgraded. */
function chaptersOf(player: NewsPlayer | undefined): Cue[] {
  const list = player && typeof player.play === 'function' ? player.chapters : undefined;
  return Array.isArray(list) ? chapterCues(list) : [];
}

/** HTML inline elements a server-rendered cue may use, and the WebVTT element each becomes. */
const INLINE_FORMATTING: Readonly<Record<string, string>> = {
  b: 'b',
  strong: 'b',
  i: 'i',
  em: 'i',
  cite: 'i',
  u: 'u',
  ruby: 'ruby',
  rt: 'rt',
};

/** WebVTT cue text of a server-rendered cue: its text, with bold/italic/underline/ruby kept. */
function cueTextOf(el: Element): string {
  let out = '';
  for (const node of el.childNodes) {
    if (node.nodeType === Node.TEXT_NODE) {
      out += escapeCueText(node.nodeValue ?? '');
    } else if (node.nodeType === Node.ELEMENT_NODE) {
      const child = node as Element;
      const tag = INLINE_FORMATTING[child.localName];
      const lang = child.getAttribute('lang');
      const inner = cueTextOf(child);
      if (tag) out += `<${tag}>${inner}</${tag}>`;
      else if (lang && !/[\s>]/.test(lang)) out += `<lang ${lang}>${inner}</lang>`;
      else out += child.localName === 'br' ? ' ' : inner;
    }
  }
  return out.replace(/\s+/g, ' ');
}

/** The `[m:ss] Speaker: text` plain-text form of a transcript, chapters as their own lines. */
function plainTranscript(rows: readonly Row[], guide: number): string {
  const lines: string[] = [];
  for (const row of rows) {
    for (const title of row.chapters) lines.push(...(lines.length ? [''] : []), title, '');
    const text = cueTextToPlain(row.cue.text).replace(/\s+/g, ' ').trim();
    const voice = row.cue.voice ? `${row.cue.voice}: ` : '';
    lines.push(`[${formatTime(row.cue.start, guide)}] ${voice}${text}`);
  }
  return `${lines.join('\n')}\n`;
}

/** Lit's default `hasChanged`. */
const notEqual = (value: unknown, old: unknown): boolean => old !== value && (old === old || value === value);

/**
 * The view's counterpart of Lit's `@state()`: setting the field records its old value for the
 * host's next `willUpdate`/`updated` (see {@link TranscriptView.changedState}) and asks the host
 * element to update.
 */
function viewState(proto: object, key: string): void {
  Object.defineProperty(proto, key, {
    configurable: true,
    get(this: TranscriptView) {
      return this.stateValues.get(key);
    },
    set(this: TranscriptView, value: unknown) {
      const old = this.stateValues.get(key);
      if (this.stateValues.has(key) && !notEqual(value, old)) return;
      this.stateValues.set(key, value);
      if (!this.changedState.has(key)) this.changedState.set(key, old);
      this.host.requestUpdate();
    },
  });
}

/**
 * Everything `<news-transcript>` does once its implementation has loaded. One per element,
 * created by the element on its first connect; the element's lifecycle callbacks, render and
 * public members forward here.
 */
export class TranscriptView {
  /** Values of the {@link viewState} fields. */
  readonly stateValues = new Map<string, unknown>();
  /** {@link viewState} fields changed since the host's last `willUpdate`, with their old values. */
  changedState = new Map<string, unknown>();
  /** What changed in the update in progress: the host's properties and the view's state. */
  private changed: PropertyValues = new Map();
  /** True once the view has rendered (the host's `hasUpdated`, for the view). */
  private rendered = false;

  private readonly localize: LocalizeController;
  private readonly autoScroll: AutoScrollController;

  @viewState private status: Status = 'loading';
  @viewState private failure: Failure | undefined;
  @viewState private _cues: Cue[] = [];
  @viewState private chapters: Cue[] = [];
  @viewState private query = '';
  @viewState private hits: Match[] = [];
  @viewState private matchIndex = -1;

  private _source: TranscriptSource | undefined;
  private index = new CueIndex([]);
  private rows: Row[] = [];
  private guideTime = 0;
  /** Cue elements by cue index, as their blocks render (holes for blocks not rendered yet). */
  private cueEls: HTMLElement[] = [];
  /** The list element the blocks below belong to. */
  private listEl: HTMLElement | undefined;
  /** Block elements of the list, {@link CHUNK} cues each. */
  private chunkEls: HTMLElement[] = [];
  /** Whether each block's rows are rendered (placeholders until then). */
  private chunkDone: boolean[] = [];
  /** Blocks not rendered yet, and the first one that may be. */
  private pendingChunks = 0;
  private nextChunk = 0;
  /** What rendered rows show besides their cue (heading level, `<mark>` query, language). */
  private rowsKey = '';
  /** Cancels the task that renders the next blocks. */
  private cancelRest: (() => void) | undefined;
  /** Renders the blocks the reader scrolls near before the background tasks reach them. */
  private near: IntersectionObserver | undefined;
  /** Indices of the cues marked active now. */
  private active: number[] = [];
  /** The player's range, as last read from it (`player.range`, `news-player-rangechange`). */
  private range: TimeRange | undefined;
  /** Indices of the cues marked as overlapping {@link range} now. */
  private inRange = new Set<number>();
  /** True while headings among the server-rendered children give the chapters, not the player. */
  private ownHeadings = false;
  /** Index of the cue that holds the list's single tab stop. */
  private focusIndex = 0;
  private plain: string[] | undefined;
  private ranges: { all: AbstractRange[]; current: Range | undefined } = { all: [], current: undefined };
  private downloadUrl: string | undefined;
  private generation = 0;
  private abort: AbortController | undefined;
  private loadScheduled = false;
  private loadedWith: { src?: string; type?: string; player?: NewsPlayer } | undefined;
  private children$: MutationObserver | undefined;
  private justLoaded = false;

  constructor(
    readonly host: NewsTranscript,
    private readonly lookup: PlayerLookupController,
  ) {
    this.localize = new LocalizeController(host);
    this.autoScroll = new AutoScrollController(host, {
      onResume: () => this.autoScroll.follow(this.cueEl(this.active[0])),
    });
    // The element has no static styles: its shadow root gets them with the view.
    adoptStyles(host.renderRoot as ShadowRoot, [styles]);
    if (host.isConnected) {
      // The player was found on connect, before this view existed.
      this.onPlayerChange(lookup.player, undefined);
      this.connected();
    }
  }

  private get body(): HTMLDivElement | null {
    return this.host.renderRoot.querySelector<HTMLDivElement>('.body');
  }

  private get list(): HTMLDivElement | null {
    return this.host.renderRoot.querySelector<HTMLDivElement>('.list');
  }

  private emit<E extends Event>(event: E): E {
    this.host.dispatchEvent(event);
    return event;
  }

  get cues(): readonly Cue[] {
    return this._cues;
  }

  get activeCues(): readonly Cue[] {
    return this.active.map((i) => this._cues[i]);
  }

  get source(): TranscriptSource | undefined {
    return this._source;
  }

  get matchCount(): number {
    return this.hits.length;
  }

  get autoScrollPaused(): boolean {
    return this.autoScroll.paused;
  }

  /** After the host's `connectedCallback` (and on creation, when the host is connected). */
  connected(): void {
    this.children$ ??= new MutationObserver(() => {
      if (!this.host.src) this.scheduleLoad();
    });
    this.children$.observe(this.host, {
      childList: true,
      subtree: true,
      characterData: true,
      attributes: true,
      attributeFilter: ['data-start', 'data-end', 'data-speaker'],
    });
    const player = this.lookup.player;
    const last = this.loadedWith;
    if (!last || last.src !== this.host.src || last.type !== this.host.type || last.player !== player) {
      this.scheduleLoad();
    } else if (this.rendered) {
      // Moved in the page: the download link and highlights were released on disconnect.
      this.host.requestUpdate();
      this.paintHighlights();
      this.sync();
      this.renderRest();
    }
    // A printout has every cue: the blocks not rendered yet are rendered before printing.
    window.addEventListener('beforeprint', this.renderAll);
  }

  /** After the host's `disconnectedCallback`. */
  disconnected(): void {
    this.children$?.disconnect();
    if (this.status === 'loading') {
      // Stop the request; a reconnect loads again instead of showing the aborted fetch as an error.
      this.generation++;
      this.abort?.abort();
      this.loadedWith = undefined;
    }
    this.clearHighlights();
    if (this.downloadUrl) URL.revokeObjectURL(this.downloadUrl);
    this.downloadUrl = undefined;
    window.removeEventListener('beforeprint', this.renderAll);
    this.stopRendering();
  }

  /** The host's `willUpdate`, with the host's changed properties. */
  willUpdate(hostChanged: PropertyValues): void {
    const changed: PropertyValues = new Map([...hostChanged, ...this.changedState]);
    this.changedState = new Map();
    this.changed = changed;
    if ((changed.has('src') || changed.has('type')) && this.rendered) this.scheduleLoad();
    if (changed.has('_cues') || changed.has('chapters')) this.buildRows();
    // The file behind the download link: at once for a short transcript, else in a later task with
    // the rows not rendered yet (or on a click that comes first), off the first render's path.
    if (this.rows.length <= FIRST_CHUNKS * CHUNK) this.makeDownloadUrl();
  }

  /** The host's `updated`. */
  updated(): void {
    const changed = this.changed;
    this.changed = new Map();
    // State set while the host was updating (Lit would have folded it into that update).
    if (this.changedState.size) this.host.requestUpdate();
    if (!this.rendered) {
      this.rendered = true;
      this.autoScroll.attach(this.body ?? undefined);
    }
    const list = this.list ?? undefined;
    if (list !== this.listEl || changed.has('_cues') || changed.has('chapters')) {
      // A new list (new rows are keyed): its blocks start as placeholders.
      this.resetBlocks(list);
      this.markRange();
      this.focusIndex = Math.min(this.focusIndex, Math.max(0, this._cues.length - 1));
      for (let k = 0; k < FIRST_CHUNKS; k++) this.renderChunk(k);
      this.renderChunk(this.chunkOf(this.focusIndex));
      this.plain = undefined;
      this.sync(true);
      if (this.query) this.runSearch(false);
      this.renderRest();
    } else if (this.rowsKey !== this.currentRowsKey()) {
      // Heading level, language or the `<mark>` query changed: rendered rows update in place (the
      // blocks still to come render with the new key anyway).
      this.rowsKey = this.currentRowsKey();
      for (let k = 0; k < this.chunkEls.length; k++) if (this.chunkDone[k]) this.fillChunk(k, false);
      this.paintHighlights();
    }
    if (this.justLoaded && this._source) {
      this.justLoaded = false;
      this.emit(new NewsTranscriptLoadEvent({ source: this._source, count: this._cues.length }));
    }
  }

  // ---- sources ---------------------------------------------------------------------------------

  /** Loads once per task however many things asked for it (connect, player found, `src` set). */
  private scheduleLoad(): void {
    if (this.loadScheduled) return;
    this.loadScheduled = true;
    queueMicrotask(() => {
      this.loadScheduled = false;
      if (this.host.isConnected) void this.load();
    });
  }

  private async load(): Promise<void> {
    const generation = ++this.generation;
    this.abort?.abort();
    const abort = new AbortController();
    this.abort = abort;
    const player = this.lookup.player;
    this.loadedWith = { src: this.host.src, type: this.host.type, player };
    const live = () => generation === this.generation;

    const inline = this.host.src ? undefined : this.readInline();
    if (inline) {
      // Headings in the children win; else the player's chapters (and their later changes).
      this.ownHeadings = inline.chapters.length > 0;
      this.show('inline', inline.cues, this.ownHeadings ? inline.chapters : chaptersOf(player));
      return;
    }
    this.ownHeadings = false;
    const track = this.host.src ? undefined : this.defaultTrack(player);
    const url = this.host.src || track?.src;
    if (!url) {
      this.fail('none');
      return;
    }
    const source: TranscriptSource = this.host.src ? 'src' : 'track';
    if (this.status !== 'ready' || this._source !== source) this.status = 'loading';
    const result = await this.fetchCues(url, this.host.src ? this.host.type : undefined, abort.signal);
    if (!live()) return;
    // The player reads its chapters track itself: its list, not a second request for the file.
    if (Array.isArray(result)) this.show(source, result, chaptersOf(player));
    else this.fail(result);
  }

  private show(source: TranscriptSource, cues: Cue[], chapters: Cue[]): void {
    if (cues.length === 0) {
      this.fail('none');
      return;
    }
    this.status = 'ready';
    this.failure = undefined;
    this._source = source;
    this._cues = cues;
    this.chapters = chapters;
    this.justLoaded = true;
  }

  private fail(failure: Failure): void {
    this.status = 'failed';
    this.failure = failure;
    this._source = undefined;
    this._cues = [];
    this.chapters = [];
  }

  /** Fetches and parses a cue file: the cues, or why there are none. Never throws. */
  private async fetchCues(url: string, type: string | undefined, signal: AbortSignal): Promise<Cue[] | Failure> {
    // The parsers are a chunk of their own (server-rendered children never need them), fetched
    // beside the file; a chunk that cannot be fetched is a transcript that cannot be loaded.
    const parsers = import('../../media/cues/sniff.js').catch(() => undefined);
    let text: string;
    let served: string | undefined;
    try {
      const response = await fetch(url, { signal, credentials: 'same-origin' });
      if (!response.ok) return 'load';
      served = response.headers.get('content-type') ?? undefined;
      text = await response.text();
    } catch {
      return 'load';
    }
    const found = await parsers;
    if (!found) return 'load';
    const { parseCues, CueParseError } = found;
    try {
      return parseCues(text, { type: type || served, url }).cues;
    } catch (e) {
      if (!(e instanceof CueParseError)) console.warn('news-transcript: unexpected parser error', e);
      return 'malformed';
    }
  }

  /** The player's `default` captions/subtitles track, else its first one. */
  private defaultTrack(player: NewsPlayer | undefined): HTMLTrackElement | undefined {
    if (!player) return undefined;
    const tracks = [...player.querySelectorAll<HTMLTrackElement>(':scope > track')].filter(
      (t) => (t.kind === 'captions' || t.kind === 'subtitles') && t.src,
    );
    return tracks.find((t) => t.default) ?? tracks[0];
  }

  /** Reads server-rendered children: elements with `data-start`, and headings as chapters. */
  private readInline(): { cues: Cue[]; chapters: Cue[] } | undefined {
    const found = [...this.host.querySelectorAll('[data-start], h1, h2, h3, h4, h5, h6')];
    const cues: Cue[] = [];
    const pendingTitles: string[] = [];
    const chapterTitles: { title: string; cue: number }[] = [];
    const ends: (number | undefined)[] = [];
    for (const el of found) {
      // A heading or cue inside a cue belongs to that cue's text.
      const outer = el.parentElement?.closest('[data-start]');
      if (outer && outer !== this.host && this.host.contains(outer)) continue;
      if (!el.hasAttribute('data-start')) {
        const title = el.textContent?.replace(/\s+/g, ' ').trim();
        if (title) pendingTitles.push(title);
        continue;
      }
      const start = parseTime(el.getAttribute('data-start'));
      if (start === undefined) continue;
      for (const title of pendingTitles.splice(0)) chapterTitles.push({ title, cue: cues.length });
      const speaker = el.getAttribute('data-speaker')?.trim();
      const cue: Cue = { id: el.id, start, end: start, text: cueTextOf(el).trim() };
      if (speaker) cue.voice = speaker;
      cues.push(cue);
      ends.push(parseTime(el.getAttribute('data-end')));
    }
    if (cues.length === 0) return undefined;
    // Without data-end a cue lasts until the next one starts; the last one until the clip ends.
    const duration = this.lookup.player?.duration;
    cues.forEach((cue, i) => {
      const next = cues.slice(i + 1).find((c) => c.start > cue.start)?.start;
      const fallback = next ?? (typeof duration === 'number' && duration > cue.start ? duration : cue.start + 5);
      cue.end = Math.max(cue.start, ends[i] ?? fallback);
    });
    const order = cues.map((_, i) => i).sort((a, b) => cues[a].start - cues[b].start || a - b);
    const sorted = order.map((i) => cues[i]);
    const chapters = chapterTitles.map(({ title, cue }) => {
      const start = cues[cue].start;
      return { id: '', start, end: start, text: escapeCueText(title) };
    });
    return { cues: sorted, chapters };
  }

  private buildRows(): void {
    const chapters = this.chapters;
    let c = 0;
    let voice: string | undefined;
    let guide = 0;
    this.rows = this._cues.map((cue, index) => {
      const titles: string[] = [];
      while (c < chapters.length && chapters[c].start <= cue.start) {
        const title = cueTextToPlain(chapters[c].text).replace(/\s+/g, ' ').trim();
        if (title) titles.push(title);
        c++;
      }
      if (titles.length) voice = undefined;
      const speaker = cue.voice && cue.voice !== voice ? cue.voice : undefined;
      if (cue.voice) voice = cue.voice;
      if (Number.isFinite(cue.end)) guide = Math.max(guide, cue.end);
      return { cue, index, chapters: titles, speaker };
    });
    this.guideTime = guide;
    this.index = new CueIndex(this._cues);
    if (this.downloadUrl) URL.revokeObjectURL(this.downloadUrl);
    this.downloadUrl = undefined;
  }

  // ---- the player ------------------------------------------------------------------------------

  /** The player followed changed (the host's player lookup reports it). */
  onPlayerChange(player: NewsPlayer | undefined, previous: NewsPlayer | undefined): void {
    for (const type of PLAYER_EVENTS) {
      previous?.removeEventListener(type, this.onPlayerEvent);
      player?.addEventListener(type, this.onPlayerEvent);
    }
    previous?.removeEventListener('news-player-rangechange', this.onRangeChange);
    previous?.removeEventListener('news-player-chapterschange', this.onChaptersChange);
    player?.addEventListener('news-player-rangechange', this.onRangeChange);
    player?.addEventListener('news-player-chapterschange', this.onChaptersChange);
    // A link may have set the range before this transcript found its player.
    this.readRange(player);
    // The track and chapters come from the player; a `src` or inline transcript stays as it is.
    if (this.host.isConnected) {
      if (this.loadedWith?.player !== player) this.scheduleLoad();
      this.host.requestUpdate();
    }
  }

  private onPlayerEvent = (): void => this.sync();

  /** Takes the range of `player` (none without one), once its element is upgraded. */
  private readRange(player: NewsPlayer | undefined): void {
    if (!player || typeof player.play === 'function') {
      this.setRange(player?.range);
      return;
    }
    this.setRange(undefined);
    void customElements.whenDefined(player.localName).then(() => {
      if (this.lookup.player === player) this.setRange(player.range);
    });
  }

  private onRangeChange = (event: NewsPlayerRangeChangeEvent): void => {
    if (event.target !== this.lookup.player) return;
    this.setRange(event.detail.range ?? undefined);
    // A link sets the range, then the time: follow the player to the range's start.
    queueMicrotask(() => this.sync());
  };

  private onChaptersChange = (event: NewsPlayerChaptersChangeEvent): void => {
    if (event.target !== this.lookup.player || this.ownHeadings || this.status !== 'ready') return;
    this.chapters = chapterCues(event.detail.chapters);
  };

  /** The player, once its element is upgraded (before that its properties are not its own yet). */
  private upgradedPlayer(): NewsPlayer | undefined {
    const player = this.lookup.player;
    return player && typeof player.play === 'function' ? player : undefined;
  }

  // ---- sync ------------------------------------------------------------------------------------

  /** Marks the cues covering the player's current time; `initial` scrolls without animation. */
  private sync(initial = false): void {
    const player = this.upgradedPlayer();
    this.syncTo(player ? player.currentTime : NaN, initial);
  }

  /**
   * Marks the cues covering `time` and unmarks the others, touching only the cues whose state
   * changed: O(log n) to find them, then a few attribute writes. The list itself never re-renders.
   */
  private syncTo(time: number, initial = false): void {
    const next = this.index.active(time);
    const previous = this.active;
    if (next.length === previous.length && next.every((v, i) => v === previous[i])) return;
    // The cue followed is rendered now, wherever the background rendering is (a few rows).
    if (next.length) this.renderChunk(this.chunkOf(next[0]));
    for (const i of previous) if (!next.includes(i)) this.mark(i, false);
    for (const i of next) if (!previous.includes(i)) this.mark(i, true);
    this.active = next;
    if (next.length === 0) return;
    // Tab lands on the cue being spoken, unless the reader is moving through the list.
    if (!this.list?.contains(this.host.shadowRoot!.activeElement)) this.moveTabStop(next[0]);
    this.autoScroll.follow(this.cueEls[next[0]], initial);
  }

  private mark(index: number, on: boolean): void {
    const el = this.cueEls[index];
    if (!el) return;
    if (on) el.setAttribute('aria-current', 'true');
    else el.removeAttribute('aria-current');
    el.setAttribute('part', cuePart(on, this.inRange.has(index)));
  }

  /**
   * Follows the player's range. Nothing here runs per time update: the cues in range are found
   * again only when the range (or the list of cues) changes.
   */
  private setRange(range: TimeRange | null | undefined): void {
    const next = range && range.end > range.start ? { start: range.start, end: range.end } : undefined;
    if (next?.start === this.range?.start && next?.end === this.range?.end) return;
    this.range = next;
    this.markRange();
  }

  /** Marks the cues overlapping the range (`start < range.end && end > range.start`), touching only those that changed. */
  private markRange(): void {
    const range = this.range;
    const next = new Set<number>();
    if (range) {
      this._cues.forEach((cue, i) => {
        if (cue.start < range.end && cue.end > range.start) next.add(i);
      });
    }
    const previous = this.inRange;
    for (const i of previous) if (!next.has(i)) this.markInRange(i, false);
    for (const i of next) if (!previous.has(i)) this.markInRange(i, true);
    this.inRange = next;
  }

  private markInRange(index: number, on: boolean): void {
    const el = this.cueEls[index];
    if (!el) return;
    if (on) {
      el.setAttribute('data-in-range', '');
      el.setAttribute('aria-describedby', RANGE_NOTE);
    } else {
      el.removeAttribute('data-in-range');
      el.removeAttribute('aria-describedby');
    }
    el.setAttribute('part', cuePart(this.active.includes(index), on));
  }

  private moveTabStop(index: number): void {
    if (index === this.focusIndex) return;
    this.cueEls[this.focusIndex]?.setAttribute('tabindex', '-1');
    this.focusIndex = index;
    // The tab stop is always a rendered cue.
    this.cueEl(index)?.setAttribute('tabindex', '0');
  }

  // ---- rendering in blocks ---------------------------------------------------------------------
  //
  // The rows are rendered in blocks of CHUNK cues. A new list renders its first blocks at once and
  // the others in short tasks after it (and any block the reader scrolls near, or that holds the cue being
  // spoken, focused or found, at once), so 10,000 cues appear as fast as a hundred and the rest
  // follow without a long task. Off-screen blocks are also skipped by layout
  // (`content-visibility: auto`). What is set on cues by hand (active, range, tab stop, search
  // highlights) lives in the view's state and is applied to each block when it renders.

  private chunkOf(index: number): number {
    return Math.floor(index / CHUNK);
  }

  /** The element of cue `index`, its block rendered first if need be. */
  private cueEl(index: number | undefined): HTMLElement | undefined {
    if (index === undefined) return undefined;
    this.renderChunk(this.chunkOf(index));
    return this.cueEls[index];
  }

  /** The query as `<mark>`s in the rows' text, where the Custom Highlight API is missing. */
  private markPattern(): RegExp | undefined {
    return highlightRegistry() ? undefined : searchPattern(this.query);
  }

  private currentRowsKey(): string {
    return `${this.host.headingLevel}|${this.markPattern()?.source ?? ''}|${this.localize.lang}`;
  }

  /** Empties `list` into placeholder blocks for the current rows, each as tall as its rows should be. */
  private resetBlocks(list: HTMLElement | undefined): void {
    this.stopRendering();
    this.listEl = list;
    this.cueEls = [];
    this.chunkEls = [];
    this.chunkDone = [];
    this.active = [];
    this.inRange = new Set();
    this.nextChunk = 0;
    this.rowsKey = this.currentRowsKey();
    if (!list) {
      this.pendingChunks = 0;
      return;
    }
    const blocks = document.createDocumentFragment();
    for (let from = 0; from < this.rows.length; from += CHUNK) {
      const chunk = document.createElement('div');
      chunk.className = 'chunk';
      chunk.dataset.chunk = String(this.chunkEls.length);
      chunk.setAttribute('data-pending', '');
      const rows = Math.min(CHUNK, this.rows.length - from);
      if (rows < CHUNK) chunk.style.setProperty('--rows', String(rows));
      this.chunkEls.push(chunk);
      this.chunkDone.push(false);
      blocks.append(chunk);
    }
    this.pendingChunks = this.chunkEls.length;
    list.replaceChildren(blocks);
  }

  /** Renders the rows of block `k` unless they are already. */
  private renderChunk(k: number): void {
    const chunk = this.chunkEls[k];
    if (!chunk || this.chunkDone[k]) return;
    this.chunkDone[k] = true;
    this.pendingChunks--;
    this.near?.unobserve(chunk);
    this.fillChunk(k);
    chunk.removeAttribute('data-pending');
  }

  /**
   * Renders (or updates in place) the rows of block `k`, then applies the cues' state to them;
   * `paint` adds the search highlights of its cues.
   */
  private fillChunk(k: number, paint = true): void {
    const chunk = this.chunkEls[k];
    const from = k * CHUNK;
    const to = Math.min(this.rows.length, from + CHUNK);
    const marks = this.markPattern();
    const rows: TemplateResult[] = [];
    for (let i = from; i < to; i++) rows.push(this.renderRow(this.rows[i], marks));
    render(rows, chunk, { host: this.host });
    const els = chunk.querySelectorAll<HTMLElement>('.cue');
    for (let j = 0; j < els.length; j++) this.cueEls[from + j] = els[j];
    for (const i of this.active) if (i >= from && i < to) this.mark(i, true);
    if (this.inRange.size) for (let i = from; i < to; i++) if (this.inRange.has(i)) this.markInRange(i, true);
    if (this.focusIndex >= from && this.focusIndex < to) this.cueEls[this.focusIndex]?.setAttribute('tabindex', '0');
    if (paint) this.paintHighlights(from, to);
  }

  /** Creates the download link's file (plain text), unless it exists. */
  private makeDownloadUrl(): void {
    if (this.status !== 'ready' || this.downloadUrl || !canDownload()) return;
    const text = plainTranscript(this.rows, this.guideTime);
    this.downloadUrl = URL.createObjectURL(new Blob([text], { type: 'text/plain;charset=utf-8' }));
  }

  /**
   * Renders the remaining blocks in short later tasks, and those the reader scrolls near at once; also
   * creates the download link's file then.
   */
  private renderRest(): void {
    if (!this.host.isConnected) return;
    const download = this.status === 'ready' && !this.downloadUrl && canDownload();
    if (this.pendingChunks === 0 && !download) return;
    if (this.pendingChunks > 0 && !this.near && typeof IntersectionObserver === 'function') {
      // Near the viewport, also inside the transcript's own scroll box (`scrollMargin`, where known).
      const options = { rootMargin: '50% 0px', scrollMargin: '50% 0px' } as IntersectionObserverInit;
      this.near = new IntersectionObserver((entries) => {
        for (const entry of entries) if (entry.isIntersecting) this.renderChunk(Number((entry.target as HTMLElement).dataset.chunk));
      }, options);
      this.chunkEls.forEach((chunk, k) => {
        if (!this.chunkDone[k]) this.near!.observe(chunk);
      });
    }
    this.cancelRest ??= later(this.onRestTask);
  }

  private onRestTask = (): void => {
    this.cancelRest = undefined;
    const started = performance.now();
    const more = (): boolean => performance.now() - started < IDLE_SLICE_MS;
    if (!this.downloadUrl && this.status === 'ready') {
      this.makeDownloadUrl();
      this.host.requestUpdate();
    }
    // At least one block each time.
    if (this.pendingChunks > 0) {
      do {
        while (this.nextChunk < this.chunkEls.length && this.chunkDone[this.nextChunk]) this.nextChunk++;
        this.renderChunk(this.nextChunk);
      } while (this.pendingChunks > 0 && more());
    }
    if (this.pendingChunks > 0) this.renderRest();
    else this.stopRendering();
  };

  /** Stops background rendering and watching the blocks (every block rendered, new rows, or disconnected). */
  private stopRendering(): void {
    this.cancelRest?.();
    this.cancelRest = undefined;
    this.near?.disconnect();
    this.near = undefined;
  }

  /** Renders every block now (before printing). */
  private renderAll = (): void => {
    for (let k = 0; k < this.chunkEls.length; k++) this.renderChunk(k);
    this.stopRendering();
  };

  // ---- seeking and keyboard --------------------------------------------------------------------

  /** Seeks the player to cue `index` and plays it, loading the player if it is idle. */
  private activate(index: number): void {
    const cue = this._cues[index];
    if (!cue) return;
    this.moveTabStop(index);
    // Choosing a cue means "follow from here".
    this.autoScroll.resume('reader');
    const event = this.emit(new NewsTranscriptSeekEvent({ cue, time: cue.start }));
    if (event.defaultPrevented) return;
    const player = this.lookup.player;
    if (!player) return;
    const go = (): void => {
      player.currentTime = cue.start;
      this.syncTo(cue.start);
      // Blocked autoplay or an unavailable player reject; the reader still sees where they are.
      player.play().catch(() => undefined);
    };
    if (typeof player.play === 'function') go();
    else void customElements.whenDefined(player.localName).then(go);
  }

  private cueIndexOf(target: EventTarget | null): number {
    const el = target instanceof Element ? target.closest<HTMLElement>('.cue') : null;
    return el ? Number(el.dataset.index) : -1;
  }

  private onListClick = (event: MouseEvent): void => {
    const index = this.cueIndexOf(event.target);
    if (index < 0) return;
    // Selecting words to quote them is not a request to play.
    const root = this.host.shadowRoot as ShadowRoot & { getSelection?: () => Selection | null };
    const selection = root.getSelection?.() ?? document.getSelection();
    if (selection && !selection.isCollapsed && selection.toString().trim() !== '') return;
    this.activate(index);
  };

  private onListKeyDown = (event: KeyboardEvent): void => {
    const index = this.cueIndexOf(event.target);
    if (index < 0 || event.altKey || event.ctrlKey || event.metaKey) return;
    const last = this._cues.length - 1;
    let to: number;
    switch (event.key) {
      case 'Enter':
      case ' ':
        event.preventDefault();
        if (!event.repeat) this.activate(index);
        return;
      case 'ArrowDown':
        to = Math.min(last, index + 1);
        break;
      case 'ArrowUp':
        to = Math.max(0, index - 1);
        break;
      case 'Home':
        to = 0;
        break;
      case 'End':
        to = last;
        break;
      default:
        return;
    }
    event.preventDefault();
    // The reader is looking elsewhere in the list: do not pull the view back to the player.
    this.autoScroll.pause('reader');
    this.focusCue(to);
  };

  private onListFocusIn = (event: FocusEvent): void => {
    const index = this.cueIndexOf(event.target);
    if (index >= 0) this.moveTabStop(index);
  };

  private focusCue(index: number): void {
    const el = this.cueEl(index);
    if (!el) return;
    this.moveTabStop(index);
    el.focus({ preventScroll: true });
    this.autoScroll.reveal(el);
  }

  private onDownloadClick = (event: MouseEvent): void => {
    // Clicked before the background task made the file: make it now, before the link follows its href.
    if (this.downloadUrl) return;
    this.makeDownloadUrl();
    if (this.downloadUrl) (event.currentTarget as HTMLAnchorElement).href = this.downloadUrl;
  };

  private onBackClick = (): void => {
    this.backToCurrent();
  };

  private onPreviousClick = (): void => {
    this.previousMatch();
  };

  private onNextClick = (): void => {
    this.nextMatch();
  };

  // ---- search ----------------------------------------------------------------------------------

  private onSearchInput = (event: Event): void => {
    this.query = (event.target as HTMLInputElement).value;
    this.runSearch(true);
  };

  private onSearchKeyDown = (event: KeyboardEvent): void => {
    if (event.key === 'Enter') {
      event.preventDefault();
      if (event.shiftKey) this.previousMatch();
      else this.nextMatch();
    } else if (event.key === 'Escape' && this.query) {
      event.preventDefault();
      (event.target as HTMLInputElement).value = '';
      this.query = '';
      this.runSearch(true);
    }
  };

  /** Finds every match of the query; `reveal` scrolls to the first one. */
  private runSearch(reveal: boolean): void {
    const pattern = searchPattern(this.query);
    const matches: Match[] = [];
    if (pattern) {
      this.plain ??= this._cues.map((c) => cueTextToPlain(c.text));
      this.plain.forEach((text, cue) => {
        pattern.lastIndex = 0;
        for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
          matches.push({ cue, start: m.index, end: m.index + m[0].length });
        }
      });
      this.autoScroll.pause('search');
    } else {
      this.autoScroll.resume('search');
    }
    this.hits = matches;
    this.matchIndex = matches.length ? 0 : -1;
    this.paintHighlights();
    if (reveal) this.revealMatch();
  }

  private stepMatch(step: 1 | -1): void {
    const n = this.hits.length;
    if (n === 0) return;
    this.matchIndex = (this.matchIndex + step + n) % n;
    this.paintCurrent();
    this.revealMatch();
  }

  private revealMatch(): void {
    const match = this.hits[this.matchIndex];
    if (match) this.autoScroll.reveal(this.cueEl(match.cue), 'center');
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

  private clearHighlights(): void {
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
  private paintHighlights(from = 0, to = Infinity): void {
    const block = to !== Infinity;
    if (!block) this.clearHighlights();
    const all = sharedHighlight(MATCH_HIGHLIGHT);
    if (!all || this.hits.length === 0) return; // the <mark> fallback is painted by renderRow()
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
      const range = this.cueEls[m.cue] && this.rangeOf(this.cueEls[m.cue], m.start, m.end);
      if (range) {
        all.add(range);
        this.ranges.all.push(range);
      }
    }
    const current = this.hits[this.matchIndex];
    if (!block || (current && current.cue >= from && current.cue < to)) this.paintCurrent();
  }

  private paintCurrent(): void {
    const current = sharedHighlight(CURRENT_HIGHLIGHT);
    if (!current) return;
    if (this.ranges.current) current.delete(this.ranges.current);
    const m = this.hits[this.matchIndex];
    // The current match alone is a live Range (one, and readable as text).
    this.ranges.current = m && this.cueEls[m.cue] ? (this.rangeOf(this.cueEls[m.cue], m.start, m.end, true) as Range | undefined) : undefined;
    if (this.ranges.current) current.add(this.ranges.current);
  }

  // ---- public methods --------------------------------------------------------------------------

  /** Moves to the next search match (after the last, the first). */
  nextMatch(): void {
    this.stepMatch(1);
  }

  /** Moves to the previous search match (before the first, the last). */
  previousMatch(): void {
    this.stepMatch(-1);
  }

  /**
   * Resumes auto-scroll and scrolls back to the cue being spoken. When focus is on the "Back to
   * current" button, which hides now, it moves to that cue (the list's tab stop), not to the page.
   */
  backToCurrent(): void {
    const root = this.host.shadowRoot;
    const fromButton = root?.activeElement?.matches('[part~="back"]') ?? false;
    this.autoScroll.resume();
    const index = this.active[0] ?? this.focusIndex;
    const el = this.cueEl(index);
    if (fromButton && el) {
      this.moveTabStop(index);
      el.focus({ preventScroll: true });
    }
    this.autoScroll.follow(el);
  }

  /** Reads the sources again (the `src` file, the children or the player's tracks). */
  reload(): void {
    this.scheduleLoad();
  }

  // ---- render ----------------------------------------------------------------------------------

  /** Renders the safe cue markup tree: text bindings and a fixed set of inert elements only. */
  private renderNodes(nodes: readonly CueNode[], marks: RegExp | undefined): unknown[] {
    return nodes.map((node): unknown => {
      switch (node.type) {
        case 'text':
          return marks ? this.renderMarked(node.value, marks) : node.value;
        case 'timestamp':
          return nothing;
        case 'b':
          return html`<b>${this.renderNodes(node.children, marks)}</b>`;
        case 'i':
          return html`<i>${this.renderNodes(node.children, marks)}</i>`;
        case 'u':
          return html`<u>${this.renderNodes(node.children, marks)}</u>`;
        case 'ruby':
          return html`<ruby>${this.renderNodes(node.children, marks)}</ruby>`;
        case 'rt':
          return html`<rt>${this.renderNodes(node.children, marks)}</rt>`;
        case 'lang':
          return html`<span lang=${node.annotation ?? ''}>${this.renderNodes(node.children, marks)}</span>`;
        case 'c':
        case 'v':
          return html`<span class=${node.type}>${this.renderNodes(node.children, marks)}</span>`;
      }
    });
  }

  /** Where the Highlight API is missing: matches as `<mark>` around text bindings. */
  private renderMarked(text: string, pattern: RegExp): unknown[] {
    const out: unknown[] = [];
    let from = 0;
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      out.push(text.slice(from, m.index), html`<mark>${m[0]}</mark>`);
      from = m.index + m[0].length;
    }
    out.push(text.slice(from));
    return out;
  }

  private renderRow(row: Row, marks: RegExp | undefined): TemplateResult {
    const { cue, index } = row;
    return html`${row.chapters.map(
        (title) =>
          html`<div part="chapter" class="chapter" role="heading" aria-level=${Math.min(6, Math.max(1, this.host.headingLevel || 3))}>${title}</div>`,
      )}<div part="cue" class="cue" role="button" tabindex="-1" data-index=${index} data-start=${cue.start} data-end=${cue.end}
        ><span part="time" class="time">${this.localize.time(cue.start, this.guideTime)}</span
        ><span class="words"
          >${row.speaker ? html`<span part="speaker" class="speaker">${row.speaker}</span>` : nothing}<span part="text" class="text"
            >${this.renderNodes(parseCueText(cue.text), marks)}</span
          ></span
        ></div
      >`;
  }

  private renderList() {
    // A new list element for new rows; its blocks are built and rendered by hand (`resetBlocks`,
    // `renderChunk`), never by this template, so nothing here re-renders per time update.
    return keyed(
      this.rows,
      html`<div
        part="list"
        class="list"
        @click=${this.onListClick}
        @keydown=${this.onListKeyDown}
        @focusin=${this.onListFocusIn}
      ></div>`,
    );
  }

  private renderMessage() {
    const t = this.localize.t;
    if (this.status === 'loading') return html`<p>${t.transcriptLoading}</p>`;
    if (this.status !== 'failed') return nothing;
    const reason = this.failure === 'load' ? t.transcriptLoadFailed : this.failure === 'malformed' ? t.transcriptMalformed : t.transcriptNone;
    return html`<p class="title">${t.transcriptUnavailable}</p>
      <p class="reason">${reason}</p>`;
  }

  render() {
    const t = this.localize.t;
    const ready = this.status === 'ready';
    const headline = this.lookup.player?.getAttribute('headline') ?? '';
    const n = this.hits.length;
    const count = this.query.trim()
      ? this.localize.digits(t.transcriptMatches(n ? this.matchIndex + 1 : 0, n))
      : '';
    return html`<section
      part="base"
      class="base"
      aria-label=${this.host.label || t.transcript(headline)}
      lang=${this.localize.lang}
      dir=${this.localize.dir}
    >
      <div part="toolbar" class="toolbar" ?hidden=${!ready}>
        <input
          part="search"
          class="search"
          type="search"
          autocomplete="off"
          spellcheck="false"
          aria-label=${t.transcriptSearch}
          placeholder=${t.transcriptSearchPlaceholder}
          @input=${this.onSearchInput}
          @keydown=${this.onSearchKeyDown}
        />
        <span part="search-count" class="count" role="status">${count}</span>
        <button part="previous" class="step" type="button" aria-label=${t.transcriptPreviousMatch} ?disabled=${n === 0} @click=${this.onPreviousClick}>
          <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="M12 7l7 8H5z" /></svg>
        </button>
        <button part="next" class="step" type="button" aria-label=${t.transcriptNextMatch} ?disabled=${n === 0} @click=${this.onNextClick}>
          <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="M12 17l-7-8h14z" /></svg>
        </button>
        ${ready && canDownload()
          ? html`<a part="download" class="download" href=${this.downloadUrl ?? '#'} download="transcript.txt" @click=${this.onDownloadClick}
              >${t.transcriptDownload}</a
            >`
          : nothing}
      </div>
      <div part="message" class="message" role="status">${this.renderMessage()}</div>
      <span id=${RANGE_NOTE} hidden>${t.transcriptInRange}</span>
      <div class="frame">
        <div part="body" class="body">${ready ? this.renderList() : nothing}</div>
        <button part="back" class="back" type="button" ?hidden=${!ready || !this.autoScroll.stuck} @click=${this.onBackClick}>
          ${t.transcriptBackToCurrent}
        </button>
      </div>
    </section>`;
  }
}
