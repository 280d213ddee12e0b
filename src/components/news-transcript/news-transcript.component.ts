import { html, type PropertyValues } from 'lit';
import { NewsElement } from '../../internal/news-element.js';
import { PlayerLookupController } from '../../controllers/player-lookup.js';
import type { TranscriptSource } from '../../events/news-transcript-load.js';
import type { Cue } from '../../media/cues/types.js';
import { lazyModule } from '../../internal/lazy.js';
import type { NewsPlayer } from '../news-player/news-player.component.js';
import type { TranscriptCore, TranscriptModule } from './news-transcript.contract.js';

const NONE: readonly Cue[] = Object.freeze([]);

/** The lazy half, fetched once per page: later transcripts start with it at once. */
const lazyHalf = lazyModule<TranscriptModule>(() => import('./news-transcript.impl.js'));

/**
 * An interactive transcript that follows a `<news-player>`: the cue being spoken is marked and
 * kept in view, any cue plays the clip from there, and the words can be searched and downloaded.
 *
 * Cues come from, first match wins: `src` (WebVTT, SubRip or JSON, recognised by content);
 * server-rendered children with `data-start` (seconds or a clock) and optionally `data-end` and
 * `data-speaker`, headings among them becoming chapter titles; else the player's captions or
 * subtitles (`player.captionTracks`): a `<track>` fetched directly without loading video.js, or,
 * once an HLS/DASH stream has loaded, a subtitle rendition of its manifest, every segment read.
 * Before such a stream loads, the transcript says it comes with the video and offers to load it.
 *
 * Languages: the transcript reads the track the player shows (it follows the reader's captions
 * language), else the reader's own transcript language (remembered for the site in
 * `localStorage`, `news-player:transcript-language`), else their captions language, else the
 * `default` track, else one in the page's language, else the first. With several tracks it offers
 * a language choice (`part="language"`, named from the tracks' labels). The cues take the track's
 * `lang` and direction; the controls stay in the page's language. Chapter titles also
 * come from the player's chapters (`player.chapters` and `news-player-chapterschange`, read from
 * its `<track kind="chapters">` by the player, so the file is fetched once), unless headings
 * among server-rendered children give them.
 *
 * A range the player plays (`player.range`, from a `#t=83,95` link or a `<news-timestamp end>`)
 * is highlighted: the cues that overlap it get `part="cue in-range"` (`cue active in-range` when
 * also active), `data-in-range` and a description ("Part of the linked passage"), until the range
 * clears.
 *
 * Server-rendered children stay in the light DOM, untouched: without JavaScript they are the
 * transcript, readable and indexable. Once the element runs, it reads them into cues and renders
 * those in its shadow root like any other source (same parts, keyboard and search), and the
 * children are no longer displayed; it reads them again when they change.
 *
 * Rolling captions are read once: captions made for the screen that repeat each line in the next
 * cue (YouTube's automatic captions, broadcast roll-up converted to WebVTT, paint-on lines that grow
 * word by word) are recognised and merged, every phrase once, each with its own time range, so
 * sync, seeking and search follow the phrases. `rolling="keep"` shows the cues as the file has
 * them. Either way `cues` holds the file's cues as parsed, and a second link downloads them as
 * WebVTT.
 *
 * Word timing: where cues carry WebVTT inline timestamps (`we<00:00:00.320><c> are</c>`), each
 * timed word is an element with `part="word"`, and the word being spoken `part="word active"`,
 * moving word by word while the clip plays; clicking a word plays from it.
 *
 * Cue text is text: only WebVTT's `b i u c lang ruby rt` become (inert) formatting, through text
 * bindings; any other markup is dropped, its words kept. Search matches are painted with the CSS
 * Custom Highlight API (`::highlight(news-transcript-match)` and `news-transcript-current`),
 * where a browser lacks it with `<mark>` elements.
 *
 * A file that makes no progress for `timeout` seconds (no answer, or no new bytes) fails with a
 * message and a Retry button, as does a file that cannot be loaded; an address that cannot be used
 * (`usableUrl`) fails at once. Over 20,000 cues or 3 million characters, only the rows near the view
 * are in the page (a window that moves with the scroll box; a cue over 2,000 characters is shown as
 * several rows): keyboard, sync, search and Back to current still reach every cue, a note says to
 * download the transcript to print or search all of it, and files over 256 KB are parsed in slices
 * that yield to the page. Search is literal, at most 200 characters, and stops at 1,000 matches
 * ("1 of 1000+").
 *
 * @summary A synchronized, searchable transcript for `<news-player>`.
 *
 * @slot - Server-rendered cues: elements with `data-start` (and `data-end`, `data-speaker`), and
 * headings for chapters. Read, not displayed, once the element runs.
 *
 * @event {NewsTranscriptSeekEvent} news-transcript-seek - A cue was activated; cancel it to keep the player where it is. `detail: { cue, time }`.
 * @event {NewsTranscriptLoadEvent} news-transcript-load - New cues were rendered. `detail: { source, count }`.
 *
 * @csspart base - The region around everything.
 * @csspart toolbar - The search box, match count and previous/next, then the language choice with the downloads; its rows follow its own width (on a narrow one the search box has a row of its own).
 * @csspart language - The language choice, when the player has several captions/subtitles tracks.
 * @csspart search - The search box.
 * @csspart search-count - The "n of m" match count (a polite live region).
 * @csspart previous - The previous-match button.
 * @csspart next - The next-match button.
 * @csspart download - The "Download transcript" link (plain text).
 * @csspart download-captions - The "Download captions" link: the cues as the file gave them, as WebVTT.
 * @csspart body - The scroll box holding the cues.
 * @csspart list - The list of cues and chapter headings inside the scroll box.
 * @csspart chapter - A chapter heading.
 * @csspart cue - One cue; also `active` while it covers the player's current time.
 * @csspart active - The cue or cues covering the current time (with `aria-current="true"`).
 * @csspart in-range - The cues overlapping the player's range (with `data-in-range`), e.g. from a `#t=83,95` link.
 * @csspart time - A cue's start time, `m:ss`.
 * @csspart speaker - A speaker label, shown when the speaker changes.
 * @csspart text - A cue's words.
 * @csspart word - A timed word of a cue with inline timestamps; also `active` while it is being spoken.
 * @csspart back - The "Back to current" button shown while auto-scroll is paused; pressed from the keyboard, focus moves to the current cue.
 * @csspart message - Loading and error messages (a status live region).
 * @csspart notice - In the message: said when a cue is pressed while the player is `unavailable` (the cue cannot play, and why).
 * @csspart load - The "Load the video" button of a transcript that comes with the player's stream.
 * @csspart retry - The Retry button shown when the file could not be loaded or stalled (`timeout`).
 * @csspart long-note - The note above a very long transcript, of which only the lines near the view are in the page.
 *
 * @cssproperty [--news-transcript-max-height=24rem] - Height of the scroll box before it scrolls.
 * @cssproperty [--news-transcript-color=inherit] - Text colour.
 * @cssproperty [--news-transcript-font=inherit] - Font.
 * @cssproperty [--news-transcript-muted=#595959] - Colour of times and the match count.
 * @cssproperty [--news-transcript-accent=#c8102e] - Bar beside the active cue (falls back to `--news-player-accent`).
 * @cssproperty [--news-transcript-active-background=#e7f0fb] - Background of the active cue.
 * @cssproperty [--news-transcript-active-color=inherit] - Text colour of the active cue.
 * @cssproperty [--news-transcript-range-background=#fdf3d0] - Background of the cues in the player's range.
 * @cssproperty [--news-transcript-range-accent=#8a6100] - Bar beside the cues in the player's range.
 * @cssproperty [--news-transcript-hover-background=#f2f2f2] - Background of a hovered cue.
 * @cssproperty [--news-transcript-word-active-background=#c4dbf5] - Background of the timed word being spoken.
 * @cssproperty [--news-transcript-word-active-color=inherit] - Text colour of the timed word being spoken.
 * @cssproperty [--news-transcript-match=#fff0a0] - Background of search matches.
 * @cssproperty [--news-transcript-match-current=#ffc14d] - Background of the current search match.
 * @cssproperty [--news-transcript-focus=#1a5fb4] - Focus ring colour (falls back to `--news-focus`).
 * @cssproperty [--news-transcript-border=#767676] - Border of the search box and buttons.
 * @cssproperty [--news-transcript-border-color=#d0d0d0] - Border of the scroll box.
 * @cssproperty [--news-transcript-radius=4px] - Corner radius (falls back to `--news-radius`).
 */
export class NewsTranscript extends NewsElement {
  static override family = 'news-transcript';
  /** The reactive properties, each documented where it is declared below (a table, not decorators: see `NewsPlayer.properties`). */
  static override properties = {
    htmlFor: { attribute: 'for' },
    src: {},
    type: {},
    label: {},
    headingLevel: { type: Number, attribute: 'heading-level' },
    rolling: {},
    timeout: { type: Number },
  };

  // What the element does lives in its lazy half (./news-transcript.impl.ts, through the types of
  // ./news-transcript.contract.ts), fetched on first connect (in the CDN build a chunk of its own,
  // with its styles, the auto-scroll controller and the cue index; the cue parsers are fetched only
  // for a file). Pages without a transcript never fetch it; until it arrives the element shows its
  // light DOM children, a server-rendered transcript, as they are.

  private readonly lookup = new PlayerLookupController(this, {
    getFor: () => this.htmlFor,
    onChange: (player, previous) => this.core?.playerChanged(player, previous),
  });

  /** The lazy half, once fetched: a controller of this element. */
  private core: TranscriptCore | undefined;
  private coreLoad: Promise<void> | undefined;

  /** Id of the `<news-player>` to follow; without it, the closest ancestor player, else the only one in the same root. */
  declare htmlFor?: string;

  /** URL of a WebVTT, SubRip or JSON transcript, recognised by content. */
  declare src?: string;

  /** MIME type of `src`, a hint used only when the content does not tell the format. */
  declare type?: string;

  /** Accessible name of the transcript region; by default "Transcript", with the player's headline. */
  declare label?: string;

  /** Heading level (1–6) of chapter titles, to fit the page's outline. */
  headingLevel = 3;

  /** Rolling captions: `auto` merges them (every phrase once) when the file has them, `keep` shows the cues as they are. */
  rolling: 'auto' | 'keep' = 'auto';

  /** Seconds a transcript file may make no progress (no answer, no new bytes) before it fails with Retry. */
  timeout = 20;

  /** The cues as the source gave them (rolling captions before they are merged), sorted by start time. */
  get cues(): readonly Cue[] {
    return this.core?.cues ?? NONE;
  }

  /** The cues shown (rolling captions merged) that cover the player's current time. */
  get activeCues(): readonly Cue[] {
    return this.core?.activeCues ?? NONE;
  }

  /** The `<news-player>` followed, `undefined` when there is none. */
  get player(): NewsPlayer | undefined {
    return this.lookup.player;
  }

  /** Where the cues came from (`src`, `inline`, `track` or `stream`), `undefined` while there are none. */
  get source(): TranscriptSource | undefined {
    return this.core?.source;
  }

  /** Number of search matches for the current query. */
  get matchCount(): number {
    return this.core?.matchCount ?? 0;
  }

  /** True while auto-scroll does not follow the player (the reader scrolled, hovers or searches). */
  get autoScrollPaused(): boolean {
    return this.core?.autoScrollPaused ?? false;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.core) return;
    const module = lazyHalf.loaded;
    if (module) this.core = module.createTranscript(this, this.lookup);
    else this.coreLoad ??= this.loadCore();
  }

  private async loadCore(): Promise<void> {
    try {
      const module = await lazyHalf.load();
      this.core ??= module.createTranscript(this, this.lookup);
    } catch (error) {
      // The children stay shown; the next connect tries again.
      this.coreLoad = undefined;
      console.warn('news-transcript: could not load its implementation', error);
    }
  }

  /** Also waits for the lazy half, so that `await el.updateComplete` sees the transcript rendered. */
  protected override async getUpdateComplete(): Promise<boolean> {
    await this.coreLoad;
    return super.getUpdateComplete();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('htmlFor') && this.hasUpdated) this.lookup.resolve();
    if (changed.has('src') || changed.has('type') || changed.has('rolling')) this.core?.sourceChanged();
  }

  // ---- public methods --------------------------------------------------------------------------

  /** Moves to the next search match (after the last, the first). */
  nextMatch(): void {
    this.core?.nextMatch();
  }

  /** Moves to the previous search match (before the first, the last). */
  previousMatch(): void {
    this.core?.previousMatch();
  }

  /** Resumes auto-scroll and scrolls back to the cue being spoken. */
  backToCurrent(): void {
    this.core?.backToCurrent();
  }

  /** Reads the sources again (the `src` file, the children or the player's tracks). */
  reload(): void {
    this.core?.reload();
  }

  override render() {
    // Until the lazy half arrives: the children, as the page has them.
    return this.core ? this.core.render() : html`<slot></slot>`;
  }
}
