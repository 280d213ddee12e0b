import type { MediaSource } from '../media/sources.js';
import { anyStreaming, loadEngineChunks } from '../engine/chunks.js';
import { canStartEarly } from '../engine/early-media.js';
import { usableUrl } from '../media/url.js';

/** Origins already given a `<link rel="preconnect">`, once per page. */
const preconnected = new Set<string>();

/** Opens a connection to the server of `src` ahead of the request, when it is another origin. */
function preconnect(src: string | undefined, crossOrigin: string | undefined): void {
  const url = usableUrl(src);
  if (!url) return;
  const origin = new URL(url).origin;
  // A CORS request (`crossorigin`) uses a different connection pool than a plain media request.
  const key = `${origin} ${crossOrigin ?? ''}`;
  if (origin === 'null' || origin === location.origin || preconnected.has(key)) return;
  preconnected.add(key);
  const link = document.createElement('link');
  link.rel = 'preconnect';
  link.href = origin;
  if (crossOrigin != null) link.crossOrigin = crossOrigin;
  document.head.append(link);
}

/** What prefetching needs of a player. */
export interface PrefetchHost {
  readonly sources: readonly MediaSource[];
  readonly crossOrigin?: string;
}

/**
 * Prefetch on intent: when the reader points at or focuses the poster card, a click is likely to
 * follow, so the connection to the media's server is opened and, for a stream (which needs
 * video.js to start), what the click needs is fetched now (video.js, its styles, the engine). Nothing is created and no media is requested until the
 * click. Once per player.
 */
export class PrefetchController {
  private done = false;

  constructor(private readonly host: PrefetchHost) {}

  /** The reader shows intent to play (an event listener for the poster card). */
  intent = (): void => {
    if (this.done) return;
    this.done = true;
    const sources = this.host.sources;
    preconnect(sources[0]?.src, this.host.crossOrigin);
    // A source that plays first in a bare element gets video.js after its first bytes: fetched
    // and evaluated now, video.js would take the link and the main thread from the media at the click.
    if (canStartEarly(sources[0])) return;
    // A failure here is the click's to report.
    for (const chunk of Object.values(loadEngineChunks(anyStreaming(sources)))) chunk.catch(() => undefined);
  };
}
