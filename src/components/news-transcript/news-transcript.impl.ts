// The lazy half of <news-transcript>, fetched when the element first connects (a chunk of its own
// in the CDN build): cue loading, sync with the player, keyboard, download and auto-scroll, as a
// ReactiveController of the element. The element class, with its public API, attributes and
// documentation, is `NewsTranscript` in news-transcript.component.ts; the two meet only through
// the types of news-transcript.contract.ts. The list of cues is ./cue-list.ts (blocks, every row
// rendered) or, for a very long transcript, ./cue-window.ts (only the rows near the view); search
// is ./transcript-search.ts, where cues come from ./transcript-sources.ts, the download's file
// ./transcript-download.ts.
import { adoptStyles, html, nothing, type ReactiveController } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { completeEnglish, LocalizeController } from '../../i18n/localize.js';
import enTranscript from '../../i18n/en-transcript.js';
import { upgraded, whenUpgraded, type PlayerLookupController } from '../../controllers/player-lookup.js';
import { AutoScrollController } from '../../controllers/auto-scroll.js';
import { NewsTranscriptSeekEvent } from '../../events/news-transcript-seek.js';
import { NewsTranscriptLoadEvent, type TranscriptSource } from '../../events/news-transcript-load.js';
import type { NewsPlayerChaptersChangeEvent } from '../../events/news-player-chapterschange.js';
import type { NewsPlayerRangeChangeEvent } from '../../events/news-player-rangechange.js';
import type { Cue } from '../../media/cues/types.js';
import { mergeRolling } from '../../media/cues/rolling.js';
import type { NewsPlayer } from '../news-player/news-player.component.js';
import type { TranscriptCore, TranscriptHost, TranscriptModule } from './news-transcript.contract.js';
import { CueList, FIRST_ROWS, RANGE_NOTE, type CueListOptions } from './cue-list.js';
import { needsWindow, WindowedCueList } from './cue-window.js';
import { canDownload, TranscriptDownload } from './transcript-download.js';
import { TranscriptSearch } from './transcript-search.js';
import { renderToolbar } from './transcript-toolbar.js';
import { chapterCues, chaptersOf, fetchCues, readInline, streamPending, tracksOf, type Failure } from './transcript-sources.js';
import { fetchTrackCues } from './transcript-stream.js';
import { TranscriptLanguages } from './transcript-languages.js';
import { CueNotice, cueKey, renderMessage } from './transcript-view.js';
import type { NewsPlayerCaptionsChangeEvent } from '../../events/news-player-captionschange.js';
import styles from './news-transcript.styles.js';

type Status = 'loading' | 'ready' | 'failed';

// The transcript's English words join the built-in English (the player's first download lacks them).
completeEnglish(enTranscript);

/** Player events after which the active cue may have changed. */
const PLAYER_EVENTS = ['timeupdate', 'seeking', 'seeked', 'loadedmetadata', 'ratechange', 'news-player-statechange'] as const;

/**
 * Everything `<news-transcript>` does once its lazy half has loaded: one per element, created by
 * the element on its first connect, a controller of the element (it renders the element's shadow
 * content and follows its lifecycle).
 */
class TranscriptController implements ReactiveController, TranscriptCore {
  private readonly localize: LocalizeController;
  private readonly autoScroll: AutoScrollController;
  private list: CueList;
  private readonly listOptions: CueListOptions & { ownScroll(): void };
  private readonly download = new TranscriptDownload(() => this.host.requestUpdate(), () => this.makeDownloadUrl(true), () => this.original);
  private readonly search: TranscriptSearch;
  /** The player's captions tracks, the one read, the reader's choice; `reads`: no `src` or children. */
  private readonly languages = new TranscriptLanguages();
  private readonly notice = new CueNotice(() => this.host.requestUpdate());
  private readsTracks = false;

  private status: Status = 'loading';
  private failure: Failure | undefined;
  /** The cues shown (rolling captions merged), and those the source gave. */
  private _cues: Cue[] = [];
  private original: Cue[] = [];
  private chapters: Cue[] = [];
  private _source: TranscriptSource | undefined;
  /** The rows changed (new cues or chapters): the next update renders a new list. */
  private rowsChanged = false;
  /** New cues were shown: `news-transcript-load` follows their render. */
  private justLoaded = false;
  /** True once the element has rendered the transcript. */
  private rendered = false;
  /** True while headings among the server-rendered children give the chapters, not the player. */
  private ownHeadings = false;
  private generation = 0;
  private abort: AbortController | undefined;
  private loadScheduled = false;
  private loadedWith: { src?: string; type?: string; player?: NewsPlayer } | undefined;
  private children$: MutationObserver | undefined;

  constructor(
    private readonly host: TranscriptHost,
    private readonly lookup: PlayerLookupController,
  ) {
    this.localize = new LocalizeController(host);
    this.autoScroll = new AutoScrollController(host, {
      onResume: () => this.autoScroll.follow(this.list.cueEl(this.list.active[0])),
      gain: () => this.list.gain,
    });
    this.search = new TranscriptSearch({
      texts: () => this.list.unitTexts(),
      renderedEl: (i) => this.list.renderedUnit(i),
      sliced: () => this.list instanceof WindowedCueList,
      changed: () => host.requestUpdate(),
      reveal: (unit) => this.autoScroll.reveal(this.list.unitEl(unit), 'center'),
      searching: (on) => (on ? this.autoScroll.pause('search') : this.autoScroll.resume('search')),
    });
    this.listOptions = {
      host,
      localize: this.localize,
      headingLevel: () => host.headingLevel,
      marks: () => this.search.marks(),
      rendered: (from, to) => this.search.paint(from, to),
      idle: () => {
        if (this.download.url || this.status !== 'ready') return;
        this.makeDownloadUrl();
        host.requestUpdate();
      },
      ownScroll: () => this.autoScroll.ownScroll(),
      tick: () => this.sync(),
    };
    this.list = new CueList(this.listOptions);
    // The element has no static styles: its shadow root gets them with its lazy half.
    adoptStyles(host.renderRoot as ShadowRoot, styles);
    // The player was found on connect, before this half existed.
    if (host.isConnected) this.playerChanged(lookup.player, undefined);
    host.addController(this);
  }

  get cues(): readonly Cue[] {
    return this.original;
  }

  get activeCues(): readonly Cue[] {
    return this.list.active.map((i) => this._cues[i]);
  }

  get source(): TranscriptSource | undefined {
    return this._source;
  }

  get matchCount(): number {
    return this.search.hits.length;
  }

  get autoScrollPaused(): boolean {
    return this.autoScroll.paused;
  }

  private get listEl(): HTMLDivElement | null {
    return this.host.renderRoot.querySelector<HTMLDivElement>('.list');
  }

  hostConnected(): void {
    const host = this.host;
    this.children$ ??= new MutationObserver(() => {
      if (!host.src) this.scheduleLoad();
    });
    this.children$.observe(host, {
      childList: true,
      subtree: true,
      characterData: true,
      attributes: true,
      attributeFilter: ['data-start', 'data-end', 'data-speaker'],
    });
    const last = this.loadedWith;
    if (!last || last.src !== host.src || last.type !== host.type || last.player !== this.lookup.player) {
      this.scheduleLoad();
    } else if (this.rendered) {
      // Moved in the page: the download link and highlights were released on disconnect.
      host.requestUpdate();
      this.search.paint();
      this.sync();
      this.list.renderRest(this.wantsDownload());
    }
    // A printout has every cue: the blocks not rendered yet are rendered before printing.
    window.addEventListener('beforeprint', this.onBeforePrint);
  }

  hostDisconnected(): void {
    this.children$?.disconnect();
    if (this.status === 'loading') {
      // Stop the request; a reconnect loads again instead of showing the aborted fetch as an error.
      this.generation++;
      this.abort?.abort();
      this.loadedWith = undefined;
    }
    this.search.clear();
    this.download.release();
    window.removeEventListener('beforeprint', this.onBeforePrint);
    this.list.stop();
    this.list.words.reset();
  }

  hostUpdate(): void {
    if (this.rowsChanged) {
      // A very long transcript gets the windowed list, any other the list of blocks.
      const windowed = needsWindow(this._cues);
      if (windowed !== this.list instanceof WindowedCueList) {
        this.list.stop();
        const focus = this.list.focusIndex;
        this.list = windowed ? new WindowedCueList(this.listOptions) : new CueList(this.listOptions);
        this.list.focusIndex = focus;
      }
      this.list.build(this._cues, this.chapters);
    }
    // The file behind the download link: at once for a short transcript, else in a later task with
    // the rows not rendered yet (or on a click that comes first), off the first render's path.
    if (this.list.rows.length <= FIRST_ROWS) this.makeDownloadUrl();
  }

  hostUpdated(): void {
    if (!this.rendered) {
      this.rendered = true;
      this.autoScroll.attach(this.host.renderRoot.querySelector<HTMLElement>('.body') ?? undefined);
    }
    const list = this.listEl ?? undefined;
    if (list !== this.list.list || this.rowsChanged) {
      // A new list (new rows are keyed): its blocks start as placeholders, the first ones rendered.
      this.rowsChanged = false;
      this.search.cuesChanged();
      this.list.reset(list);
      this.sync(true);
      if (this.search.query) this.runSearch(false);
      this.list.renderRest(this.wantsDownload());
    } else if (this.list.refresh()) {
      // Heading level, language or the `<mark>` query changed: rendered rows were updated in place.
      this.search.paint();
    }
    if (this.justLoaded && this._source) {
      this.justLoaded = false;
      // Focus on the message ("Load the video", then "Loading"): the cues it was waiting for.
      if (this.host.shadowRoot?.activeElement?.matches('[part="message"]')) this.list.cueEl(this.list.focusIndex)?.focus({ preventScroll: true });
      this.host.dispatchEvent(new NewsTranscriptLoadEvent({ source: this._source, count: this._cues.length }));
    }
  }

  sourceChanged(): void {
    if (this.rendered) this.scheduleLoad();
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
    const host = this.host;
    const generation = ++this.generation;
    this.abort?.abort();
    const abort = new AbortController();
    this.abort = abort;
    const player = this.lookup.player;
    this.loadedWith = { src: host.src, type: host.type, player };

    const inline = host.src ? undefined : readInline(host, player?.duration);
    if (inline) {
      // Headings in the children win; else the player's chapters (and their later changes).
      this.ownHeadings = inline.chapters.length > 0;
      this.show('inline', inline.cues, this.ownHeadings ? inline.chapters : chaptersOf(player));
      return;
    }
    this.ownHeadings = false;
    this.readsTracks = !host.src;
    const track = this.readsTracks ? this.languages.read(tracksOf(player), this.localize.lang) : undefined;
    // No track: a stream may bring its subtitles when it loads (say so, or wait for it).
    const pending = this.readsTracks && !track ? (streamPending(player) ?? 'none') : undefined;
    if (pending) return pending === 'loading' ? this.setStatus('loading') : this.fail(pending);
    const source: TranscriptSource = host.src ? 'src' : track?.src ? 'track' : 'stream';
    if (this.status !== 'ready' || this._source !== source) this.setStatus('loading');
    const result = track ? await fetchTrackCues(track, abort.signal, host.timeout) : await fetchCues(host.src!, host.type, abort.signal, host.timeout);
    if (generation !== this.generation) return;
    // The player reads its chapters track itself: its list, not a second request for the file.
    if (Array.isArray(result)) this.show(source, result, chaptersOf(player));
    else this.fail(result);
  }

  private setStatus(status: Status, failure?: Failure): void {
    this.status = status;
    this.failure = failure;
    this.host.requestUpdate();
  }

  private show(source: TranscriptSource, cues: Cue[], chapters: Cue[]): void {
    if (cues.length === 0) {
      this.fail('none');
      return;
    }
    this._source = source;
    this.justLoaded = true;
    this.setRows(cues, chapters);
    this.setStatus('ready');
  }

  private fail(failure: Failure): void {
    this._source = undefined;
    this.setRows([], []);
    this.setStatus('failed', failure);
  }

  /**
   * New cues or chapters: new rows, built and rendered as a new list in the next update (until
   * then the list, its index and its marks stay those of the cues it shows).
   */
  private setRows(cues: Cue[], chapters: Cue[]): void {
    this.original = cues;
    this._cues = (this.host.rolling !== 'keep' && mergeRolling(cues)) || cues;
    this.chapters = chapters;
    this.rowsChanged = true;
    this.download.release();
    this.host.requestUpdate();
  }

  // ---- the player ------------------------------------------------------------------------------

  playerChanged(player: NewsPlayer | undefined, previous: NewsPlayer | undefined): void {
    this.notice.clear();
    for (const type of PLAYER_EVENTS) {
      previous?.removeEventListener(type, this.onPlayerEvent);
      player?.addEventListener(type, this.onPlayerEvent);
    }
    previous?.removeEventListener('news-player-captionschange', this.onCaptionsChange);
    player?.addEventListener('news-player-captionschange', this.onCaptionsChange);
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

  private onPlayerEvent = (event: Event): void => {
    // Waiting for a stream's subtitles: the player loaded (or failed) without reporting any.
    if (event.type === 'news-player-statechange' && this.readsTracks && !this.languages.current && this.status !== 'ready') this.scheduleLoad();
    if (event.type === 'news-player-statechange' && this.lookup.player?.state !== 'unavailable') this.notice.clear();
    this.sync();
  };

  /** The player's captions tracks changed: a stream's renditions, or the reader's captions language. */
  private onCaptionsChange = (event: NewsPlayerCaptionsChangeEvent): void => {
    if (event.target !== this.lookup.player || !this.readsTracks) return;
    if (this.languages.update(event.detail.tracks, this.localize.lang)) this.scheduleLoad();
    this.host.requestUpdate();
  };

  private onLanguageChange = (event: Event): void => {
    if (this.languages.choose((event.target as HTMLSelectElement).value)) this.scheduleLoad();
  };

  /** "Load the video": the stream's subtitles come with it. */
  private onLoadPlayerClick = (): void => {
    const player = this.lookup.player;
    if (!player) return;
    this.setStatus('loading');
    this.host.renderRoot.querySelector<HTMLElement>('[part="message"]')?.focus({ preventScroll: true });
    whenUpgraded(player, () => void player.load().catch(() => undefined));
  };

  private onBeforePrint = (): void => this.list.renderAll();

  /** Takes the range of `player` (none without one), once its element is upgraded. */
  private readRange(player: NewsPlayer | undefined): void {
    if (!player || !upgraded(player)) this.list.setRange(undefined);
    if (player) whenUpgraded(player, () => this.lookup.player === player && this.list.setRange(player.range));
  }

  private onRangeChange = (event: NewsPlayerRangeChangeEvent): void => {
    if (event.target !== this.lookup.player) return;
    this.list.setRange(event.detail.range ?? undefined);
    // A link sets the range, then the time: follow the player to the range's start.
    queueMicrotask(() => this.sync());
  };

  private onChaptersChange = (event: NewsPlayerChaptersChangeEvent): void => {
    if (event.target !== this.lookup.player || this.ownHeadings || this.status !== 'ready') return;
    this.setRows(this.original, chapterCues(event.detail.chapters));
  };

  // ---- sync ------------------------------------------------------------------------------------

  /** Marks the cues covering the player's current time; `initial` scrolls without animation. */
  private sync(initial = false): void {
    const player = this.lookup.player;
    this.syncTo(player && upgraded(player) ? player.currentTime : NaN, initial);
  }

  /**
   * Marks the cues covering `time` and unmarks the others, touching only the cues whose state
   * changed: O(log n) to find them, then a few attribute writes. The list itself never re-renders.
   */
  syncTo(time: number, initial = false): void {
    const list = this.list;
    const next = list.index.active(time);
    const previous = list.active;
    const same = next.length === previous.length && next.every((v, i) => v === previous[i]);
    if (!same) list.setActive(next);
    list.words.follow(time, this.lookup.player);
    if (same || next.length === 0) return;
    // In a windowed list the cue may be far from the rows in the page: following brings it.
    const el = list.renderedEl(next[0]) ?? (this.autoScroll.paused ? undefined : list.cueEl(next[0]));
    // Tab lands on the cue being spoken, unless the reader is moving through the list.
    if (!this.listEl?.contains(this.host.shadowRoot!.activeElement)) list.moveTabStop(next[0]);
    this.autoScroll.follow(el, initial);
  }

  // ---- seeking and keyboard --------------------------------------------------------------------

  /** Seeks the player to cue `index` (at `time`, a word's, else its start) and plays it, loading the player if it is idle. */
  private activate(index: number, time?: number): void {
    const cue = this._cues[index];
    if (!cue) return;
    const at = time ?? cue.start;
    this.list.moveTabStop(index);
    // Choosing a cue means "follow from here".
    this.autoScroll.resume('reader');
    const event = new NewsTranscriptSeekEvent({ cue, time: at });
    this.host.dispatchEvent(event);
    if (event.defaultPrevented) return;
    const player = this.lookup.player;
    if (!player) return;
    const go = (): void => {
      player.currentTime = at;
      this.syncTo(at);
      // An unavailable player cannot play: say so and why, politely, focus staying on the cue.
      if (player.state === 'unavailable') this.notice.show(player.error?.code);
      // Blocked autoplay or an unavailable player reject; the reader still sees where they are.
      player.play().catch(() => undefined);
    };
    whenUpgraded(player, go);
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
    this.activate(index, this.list.words.timeAt(event.target));
  };

  private onListKeyDown = (event: KeyboardEvent): void => {
    const index = this.cueIndexOf(event.target);
    const to = index < 0 ? undefined : cueKey(event, index, this._cues.length);
    if (to === undefined) return;
    event.preventDefault();
    if (to === 'activate') {
      if (!event.repeat) this.activate(index);
      return;
    }
    // The reader is looking elsewhere in the list: do not pull the view back to the player.
    this.autoScroll.pause('reader');
    this.focusCue(to);
  };

  private onListFocusIn = (event: FocusEvent): void => {
    const index = this.cueIndexOf(event.target);
    if (index >= 0) this.list.moveTabStop(index);
  };

  private focusCue(index: number): void {
    const el = this.list.cueEl(index);
    if (!el) return;
    this.list.moveTabStop(index);
    el.focus({ preventScroll: true });
    this.autoScroll.reveal(el);
  }

  /** True while the download link still waits for its file. */
  private wantsDownload(): boolean {
    return this.status === 'ready' && !this.download.url && canDownload();
  }

  /** Creates the download link's file (plain text), unless it exists; `sync` at once whatever the list. */
  private makeDownloadUrl(sync = false): void {
    if (this.status === 'ready') this.download.make(this.list, sync);
  }

  private onBackClick = (): void => this.backToCurrent();
  private onPreviousClick = (): void => this.previousMatch();
  private onNextClick = (): void => this.nextMatch();

  /** Searches again (a new query, or new cues); `reveal` scrolls to the first match. */
  private runSearch(reveal: boolean): void {
    this.search.update(reveal);
  }

  // ---- public methods --------------------------------------------------------------------------

  nextMatch(): void {
    this.search.go(1);
  }

  previousMatch(): void {
    this.search.go(-1);
  }

  /**
   * Resumes auto-scroll and scrolls back to the cue being spoken. When focus is on the "Back to
   * current" button, which hides now, it moves to that cue (the list's tab stop), not to the page.
   */
  backToCurrent(): void {
    const fromButton = this.host.shadowRoot?.activeElement?.matches('[part~="back"]') ?? false;
    this.autoScroll.resume();
    const index = this.list.active[0] ?? this.list.focusIndex;
    const el = this.list.cueEl(index);
    if (fromButton && el) {
      this.list.moveTabStop(index);
      el.focus({ preventScroll: true });
    }
    this.autoScroll.follow(el);
  }

  reload(): void {
    this.scheduleLoad();
  }

  // ---- render ----------------------------------------------------------------------------------

  private renderList() {
    // A new list element for new rows; its blocks are built and rendered by the cue list, never by
    // this template, so nothing here re-renders per time update.
    return keyed(
      this.list.rows,
      html`<div
        part="list"
        class="list"
        @click=${this.onListClick}
        @keydown=${this.onListKeyDown}
        @focusin=${this.onListFocusIn}
      ></div>`,
    );
  }

  private onRetryClick = (): void => {
    // Retry goes away as loading starts: focus moves to the message, which says what happens.
    const focused = this.host.shadowRoot?.activeElement?.matches('[part~="retry"]') ?? false;
    this.reload();
    if (focused) this.host.renderRoot.querySelector<HTMLElement>('[part="message"]')?.focus({ preventScroll: true });
  };

  render() {
    const t = this.localize.t;
    const ready = this.status === 'ready';
    const headline = this.lookup.player?.getAttribute('headline') ?? '';
    const cues = this.readsTracks ? this.languages.langOf(this.localize.lang, this.localize.dir) : this.localize;
    const languages = this.readsTracks ? this.languages.render(t.transcriptLanguage, this.localize.lang, this.onLanguageChange) : nothing;
    return html`<section
      part="base"
      class="base"
      aria-label=${this.host.label || t.transcript(headline)}
      lang=${this.localize.lang}
      dir=${this.localize.dir}
    >
      ${renderToolbar({
        t,
        ready,
        count: this.localize.digits(this.search.countText(t)),
        matches: this.search.hits.length,
        languages: ready ? languages : nothing,
        downloads: ready ? this.download.render(t) : undefined,
        onInput: this.search.onInput,
        onKeyDown: this.search.onKeyDown,
        previous: this.onPreviousClick,
        next: this.onNextClick,
      })}
      <div part="message" class="message" role="status" tabindex="-1">
        ${renderMessage({ t, status: this.status, failure: this.failure, languages: ready ? nothing : languages,
          retry: this.onRetryClick, loadPlayer: this.onLoadPlayerClick, notice: this.notice.render(t) })}
      </div>
      ${ready && this.list instanceof WindowedCueList ? html`<p part="long-note" class="long-note">${t.transcriptLong}</p>` : nothing}
      <span id=${RANGE_NOTE} hidden>${t.transcriptInRange}</span>
      <div class="frame">
        <div part="body" class="body" lang=${cues.lang} dir=${cues.dir}>${ready ? this.renderList() : nothing}</div>
        <button part="back" class="back" type="button" ?hidden=${!ready || !this.autoScroll.stuck} @click=${this.onBackClick}>
          ${t.transcriptBackToCurrent}
        </button>
      </div>
    </section>`;
  }
}

/** Creates the lazy half of `host`, a controller of it from now on. */
export const createTranscript: TranscriptModule['createTranscript'] = (host, lookup) => new TranscriptController(host, lookup);
