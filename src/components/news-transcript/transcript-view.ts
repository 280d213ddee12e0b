// Small pieces of `<news-transcript>`'s lazy half that need none of its state: the message shown
// instead of the cues (loading, why there are none, what the reader can do), the note said when a
// cue cannot play, and what a key pressed on a cue means.
import { html, nothing } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import type { Translation } from '../../i18n/translation.js';
import type { ErrorCode } from '../../media/errors.js';
import type { Failure } from './transcript-sources.js';

/** What the message shows and offers. */
export interface MessageFacts {
  t: Translation;
  status: 'loading' | 'ready' | 'failed';
  failure: Failure | undefined;
  /** The language choice, where the player has several tracks (another may load). */
  languages: unknown;
  retry(): void;
  /** Loads the player, whose stream brings the subtitles. */
  loadPlayer(): void;
  /** What the message says while the cues are shown: the {@link CueNotice}, if any. */
  notice: unknown;
}

/** The message in place of the cues: loading, or why there are none and what can be done. */
export function renderMessage({ t, status, failure, languages, retry, loadPlayer, notice }: MessageFacts): unknown {
  if (status === 'loading') return html`<p>${t.transcriptLoading}</p>`;
  if (status !== 'failed') return notice;
  if (failure === 'later') {
    return html`<p class="reason">${t.transcriptWhenLoaded}</p>
      <button part="load" class="retry" type="button" @click=${loadPlayer}>${t.transcriptLoadVideo}</button>`;
  }
  const reason =
    failure === 'load'
      ? t.transcriptLoadFailed
      : failure === 'timeout'
        ? t.transcriptTimedOut
        : failure === 'address'
          ? t.transcriptBadAddress
          : failure === 'malformed'
            ? t.transcriptMalformed
            : t.transcriptNone;
  // Loading again may help a failed or stalled download, not a bad address or a malformed file.
  const again = failure === 'load' || failure === 'timeout';
  return html`<p class="title">${t.transcriptUnavailable}</p>
    <p class="reason">${reason}</p>
    ${again ? html`<button part="retry" class="retry" type="button" @click=${retry}>${t.retry}</button>` : nothing}
    ${languages}`;
}

/**
 * The note said in the transcript's status region when the reader presses a cue while the player
 * is `unavailable`: pressing did not play, and why (the player's reason line). Focus stays on the
 * cue; the note goes when the player leaves `unavailable`.
 */
export class CueNotice {
  private code: ErrorCode | undefined;
  private shown = false;
  private times = 0;

  /** `changed` asks the element to render. */
  constructor(private readonly changed: () => void) {}

  /** Says that the player, unavailable for `code`, cannot play. */
  show(code: ErrorCode | undefined): void {
    this.shown = true;
    this.code = code;
    this.times++;
    this.changed();
  }

  /** Takes the note away. */
  clear(): void {
    if (!this.shown) return;
    this.shown = false;
    this.changed();
  }

  render(t: Translation): unknown {
    if (!this.shown) return nothing;
    // A new paragraph on each press, so that a second press is said again.
    return keyed(this.times, html`<p part="notice" class="notice">${t.transcriptCannotPlay} ${this.code ? t.reason[this.code] : ''}</p>`);
  }
}

/**
 * What a key pressed on cue `index` of `count` means: `activate` (Enter, Space), the index of the
 * cue to move to (arrows, Home, End), or `undefined` for a key the list leaves alone.
 */
export function cueKey(event: KeyboardEvent, index: number, count: number): 'activate' | number | undefined {
  if (event.altKey || event.ctrlKey || event.metaKey) return undefined;
  const last = count - 1;
  switch (event.key) {
    case 'Enter':
    case ' ':
      return 'activate';
    case 'ArrowDown':
      return Math.min(last, index + 1);
    case 'ArrowUp':
      return Math.max(0, index - 1);
    case 'Home':
      return 0;
    case 'End':
      return last;
    default:
      return undefined;
  }
}
