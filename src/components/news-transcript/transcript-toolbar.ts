// The toolbar of `<news-transcript>`: the search box, its match count, previous/next, and the
// downloads with the language choice. Its rows are laid out by container queries on the toolbar's
// own width (news-transcript.styles.ts), so the partners are grouped here: previous with next, the
// language choice with the downloads.
import { html, nothing, type TemplateResult } from 'lit';
import type { Translation } from '../../i18n/translation.js';
import { MAX_QUERY } from './transcript-search.js';

/** What the toolbar shows and does. */
export interface ToolbarFacts {
  t: Translation;
  /** False hides the toolbar (no cues to search or download). */
  ready: boolean;
  /** The match count's text, in the language's digits (empty before a search). */
  count: string;
  /** The number of matches: previous and next are disabled without any. */
  matches: number;
  /** The language choice, where the player has several tracks. */
  languages: unknown;
  /** The download links (none where Blob URLs are missing). */
  downloads: TemplateResult | undefined;
  onInput(event: Event): void;
  onKeyDown(event: KeyboardEvent): void;
  previous(): void;
  next(): void;
}

/** The toolbar, in a box whose width its container queries read. */
export function renderToolbar(f: ToolbarFacts): TemplateResult {
  const { t, ready } = f;
  return html`<div class="tools" ?hidden=${!ready}>
    <div part="toolbar" class="toolbar" ?hidden=${!ready}>
      <input
        part="search"
        class="search"
        type="search"
        autocomplete="off"
        spellcheck="false"
        maxlength=${MAX_QUERY}
        aria-label=${t.transcriptSearch}
        placeholder=${t.transcriptSearchPlaceholder}
        @input=${f.onInput}
        @keydown=${f.onKeyDown}
      />
      <span part="search-count" class="count" role="status">${f.count}</span>
      <span class="steps">
        <button part="previous" class="step" type="button" aria-label=${t.transcriptPreviousMatch} ?disabled=${f.matches === 0} @click=${f.previous}>
          <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="M12 7l7 8H5z" /></svg>
        </button>
        <button part="next" class="step" type="button" aria-label=${t.transcriptNextMatch} ?disabled=${f.matches === 0} @click=${f.next}>
          <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="M12 17l-7-8h14z" /></svg>
        </button>
      </span>
      ${ready ? html`<span class="downloads">${f.languages}${f.downloads ?? nothing}</span>` : nothing}
    </div>
  </div>`;
}
