// The downloads of a `<news-transcript>`: the transcript as plain text lines, made once per list of
// cues (at once for a short transcript, in slices for a windowed one), and the cues as the file gave
// them, as WebVTT (for rolling captions, the originals before they were merged), made on click.
import { html, type TemplateResult } from 'lit';
import type { Translation } from '../../i18n/translation.js';
import type { Cue } from '../../media/cues/types.js';
import { writeWebVTT } from '../../media/cues/write-webvtt.js';
import type { CueList } from './cue-list.js';
import { WindowedCueList } from './cue-window.js';

/** Whether the download link can be offered (a Blob URL for its file). */
export const canDownload = (): boolean => typeof URL.createObjectURL === 'function';

const TYPE = { type: 'text/plain;charset=utf-8' };
const VTT_TYPE = { type: 'text/vtt;charset=utf-8' };

/** The downloads' Blob URLs, made on demand and released with their cues. */
export class TranscriptDownload {
  /** The text file's URL, once made. */
  url: string | undefined;
  /** The WebVTT file's URL, once made. */
  private vttUrl: string | undefined;
  private making = false;
  private token = 0;

  /**
   * `made` is called when a file made in slices is ready; `makeNow` makes the text file at once
   * (a click that comes before it); `originals` are the cues the WebVTT file holds.
   */
  constructor(
    private readonly made: () => void,
    private readonly makeNow: () => void,
    private readonly originals: () => readonly Cue[],
  ) {}

  /** Forgets the files (new cues, or the element left the page). */
  release(): void {
    if (this.url) URL.revokeObjectURL(this.url);
    if (this.vttUrl) URL.revokeObjectURL(this.vttUrl);
    this.url = this.vttUrl = undefined;
    this.making = false;
    this.token++;
  }

  /**
   * Makes the file of `list` unless it exists: at once, or for a windowed list in slices that
   * yield to the page (`sync` forces it at once, for a click that comes first).
   */
  make(list: CueList, sync = false): void {
    if (this.url || !canDownload()) return;
    if (sync || !(list instanceof WindowedCueList)) {
      // A file still being made in slices is dropped.
      this.making = false;
      this.token++;
      this.url = URL.createObjectURL(new Blob([list.plainText()], TYPE));
      // The WebVTT file too, while it is as cheap; a windowed list's is made on its click.
      if (!(list instanceof WindowedCueList)) this.makeVtt();
      return;
    }
    if (this.making) return;
    this.making = true;
    const token = this.token;
    void list.plainTextInSlices().then((parts) => {
      if (token !== this.token) return;
      this.making = false;
      this.url = URL.createObjectURL(new Blob(parts, TYPE));
      this.made();
    });
  }

  /** The download links, for the toolbar's group of downloads (nothing where Blob URLs are missing). */
  render(t: Translation): TemplateResult | undefined {
    if (!canDownload()) return undefined;
    return html`<a part="download" class="download" href=${this.url ?? '#'} download="transcript.txt" @click=${this.onTextClick}>${t.transcriptDownload}</a
      ><a part="download-captions" class="download" href=${this.vttUrl ?? '#'} download="captions.vtt" @click=${this.onVttClick}
        >${t.transcriptDownloadCaptions}</a
      >`;
  }

  private onTextClick = (event: MouseEvent): void => {
    // Clicked before the background task made the file: make it now, before the link follows its href.
    if (this.url) return;
    this.makeNow();
    if (this.url) (event.currentTarget as HTMLAnchorElement).href = this.url;
  };

  private makeVtt(): string {
    return (this.vttUrl ??= URL.createObjectURL(new Blob([writeWebVTT(this.originals())], VTT_TYPE)));
  }

  private onVttClick = (event: MouseEvent): void => {
    (event.currentTarget as HTMLAnchorElement).href = this.makeVtt();
  };
}
