// Which of its player's captions tracks a `<news-transcript>` reads: the one the player shows (the
// reader's captions choice), else the reader's own transcript choice (remembered for the site),
// else their remembered captions language, else the `default` track, else one in the page's
// language, else the first. With several tracks the reader chooses in a `<select>`; the cue list
// takes the track's `lang` and direction.
import { html, nothing, type TemplateResult } from 'lit';
import type { CaptionTrack } from '../../media/caption-tracks.js';
import { primaryLanguage, readCaptionsChoice, trackKey } from '../../media/captions-choice.js';

/** Where the reader's transcript language is kept, for every transcript of the site. */
export const TRANSCRIPT_LANGUAGE_KEY = 'news-player:transcript-language';

const RTL_LANGUAGES = /^(?:ar|arc|ckb|dv|fa|he|iw|ks|ku|ps|sd|ug|ur|yi)$/;

/** The direction of text in `language` (BCP 47). */
export function directionOf(language: string): 'ltr' | 'rtl' {
  if (!language) return 'ltr';
  try {
    const locale = new Intl.Locale(language) as Intl.Locale & { textInfo?: { direction?: string }; getTextInfo?(): { direction?: string } };
    const direction = (locale.getTextInfo?.() ?? locale.textInfo)?.direction;
    if (direction === 'rtl' || direction === 'ltr') return direction;
  } catch {
    // Not a valid tag: fall through to the list.
  }
  return RTL_LANGUAGES.test(primaryLanguage(language)) ? 'rtl' : 'ltr';
}

function readChoice(): string | undefined {
  try {
    return localStorage.getItem(TRANSCRIPT_LANGUAGE_KEY) || undefined;
  } catch {
    return undefined;
  }
}

function writeChoice(language: string): void {
  try {
    localStorage.setItem(TRANSCRIPT_LANGUAGE_KEY, language);
  } catch {
    // Storage refused (privacy modes, sandboxed frames): the choice holds for this page.
  }
}

/** Where a track's cues are, to tell whether a new report of it means reading it again. */
const sourceOf = (t: CaptionTrack | undefined): string => (t ? `${trackKey(t)}|${t.src ?? ''}|${t.playlist ?? ''}|${t.segments?.join(' ') ?? ''}` : '');

/** The tracks a transcript may read, the one it reads, and the reader's choice among them. */
export class TranscriptLanguages {
  tracks: readonly CaptionTrack[] = [];
  current: CaptionTrack | undefined;
  /** The track the player showed at the last report (a change of it is followed). */
  private showing: string | undefined;

  /**
   * A new list of tracks (the player's report, or its children): follows a new `showing` track,
   * else keeps the current one, else picks one. True when the track to read changed.
   */
  update(tracks: readonly CaptionTrack[], pageLang: string): boolean {
    const before = sourceOf(this.current);
    this.tracks = tracks;
    const showing = tracks.find((t) => t.showing);
    const showingKey = showing && trackKey(showing);
    if (showing && showingKey !== this.showing) {
      this.current = showing;
    } else {
      const key = this.current && trackKey(this.current);
      this.current = tracks.find((t) => trackKey(t) === key) ?? this.pick(pageLang);
    }
    this.showing = showingKey;
    return sourceOf(this.current) !== before;
  }

  /** {@link update}, then the track to read. */
  read(tracks: readonly CaptionTrack[], pageLang: string): CaptionTrack | undefined {
    this.update(tracks, pageLang);
    return this.current;
  }

  /** The reader picked the track with key `key`: remembered; true when it is another track. */
  choose(key: string): boolean {
    const track = this.tracks.find((t) => trackKey(t) === key);
    if (!track || track === this.current) return false;
    this.current = track;
    if (track.language) writeChoice(track.language);
    return true;
  }

  /** `lang` and `dir` of the cues: the track's, or the page's when it names no language. */
  langOf(pageLang: string, pageDir: string): { lang: string; dir: string } {
    const language = this.current?.language;
    return language ? { lang: language, dir: directionOf(language) } : { lang: pageLang, dir: pageDir };
  }

  /** The language choice, when there is one to make; `label` names the control. */
  render(label: string, pageLang: string, onChange: (event: Event) => void): TemplateResult | typeof nothing {
    if (this.tracks.length < 2) return nothing;
    const current = this.current && trackKey(this.current);
    return html`<select part="language" class="language" aria-label=${label} @change=${onChange}>
      ${this.tracks.map(
        (t) => html`<option value=${trackKey(t)} lang=${t.label ? t.language || nothing : nothing} ?selected=${trackKey(t) === current}>
          ${nameOf(t, pageLang)}
        </option>`,
      )}
    </select>`;
  }

  private pick(pageLang: string): CaptionTrack | undefined {
    const tracks = this.tracks;
    const inLanguage = (language: string | undefined) => (language ? tracks.find((t) => primaryLanguage(t.language) === primaryLanguage(language)) : undefined);
    const captions = readCaptionsChoice();
    return (
      inLanguage(readChoice()) ??
      (captions?.on ? inLanguage(captions.language) : undefined) ??
      tracks.find((t) => t.default) ??
      inLanguage(pageLang) ??
      tracks[0]
    );
  }
}

/** What a track is called in the choice: its label, else its language's name in the page's language. */
function nameOf(track: CaptionTrack, pageLang: string): string {
  if (track.label) return track.label;
  if (!track.language) return '—';
  try {
    return new Intl.DisplayNames([pageLang, 'en'], { type: 'language' }).of(track.language) ?? track.language;
  } catch {
    return track.language;
  }
}
