import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { NewsPlayerChaptersChangeEvent } from '../events/news-player-chapterschange.js';
import { fetchChapters, sameChapters, type Chapter } from '../media/chapters.js';

/**
 * The chapters of a player's child `<track kind="chapters">`, read without video.js: fetched on
 * connect and again when the track changes (`read()`); a change fires
 * `news-player-chapterschange` and calls `changed` (markers, menus, structured data).
 */
export class ChaptersController implements ReactiveController {
  /** The chapters, sorted; empty until fetched and for a clip without chapters. */
  list: readonly Chapter[] = [];
  private url: string | undefined;
  private abort: AbortController | undefined;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly changed: () => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.read();
  }

  /** Reads the child `<track kind="chapters">` (again, when it changed). */
  read(): void {
    const track = this.host.querySelector<HTMLTrackElement>(':scope > track[kind="chapters" i]');
    const url = track?.src || undefined;
    if (url === this.url) return;
    this.url = url;
    this.abort?.abort();
    if (!url) {
      this.set([]);
      return;
    }
    const abort = new AbortController();
    this.abort = abort;
    void fetchChapters(url, abort.signal).then((list) => {
      if (!abort.signal.aborted) this.set(list);
    });
  }

  private set(list: Chapter[]): void {
    if (sameChapters(list, this.list)) return;
    this.list = list;
    this.changed();
    this.host.dispatchEvent(new NewsPlayerChaptersChangeEvent({ chapters: list }));
  }
}
