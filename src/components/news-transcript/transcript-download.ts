// The file behind a `<news-transcript>`'s download link: the transcript as plain text lines, made
// once per list of cues (at once for a short transcript, in slices for a windowed one).
import type { CueList } from './cue-list.js';
import { WindowedCueList } from './cue-window.js';

/** Whether the download link can be offered (a Blob URL for its file). */
export const canDownload = (): boolean => typeof URL.createObjectURL === 'function';

const TYPE = { type: 'text/plain;charset=utf-8' };

/** The download's Blob URL, made on demand and released with its cues. */
export class TranscriptDownload {
  /** The file's URL, once made. */
  url: string | undefined;
  private making = false;
  private token = 0;

  /** `made` is called when a file made in slices is ready. */
  constructor(private readonly made: () => void) {}

  /** Forgets the file (new cues, or the element left the page). */
  release(): void {
    if (this.url) URL.revokeObjectURL(this.url);
    this.url = undefined;
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
      this.release();
      this.url = URL.createObjectURL(new Blob([list.plainText()], TYPE));
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
}
