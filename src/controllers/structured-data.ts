import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { deepLinkUrl } from '../media/deep-link.js';
import type { DescribedPlayer } from '../media/json-ld.js';

/** Marks the `<script type="application/ld+json">` child a player writes. */
const MARKER = 'data-news-player';

/** True for a mutation that only adds or removes a player's own JSON-LD script. */
export const ownScriptOnly = (record: MutationRecord): boolean =>
  [...record.addedNodes, ...record.removedNodes].every((n) => n instanceof HTMLScriptElement && n.hasAttribute(MARKER));

/** What structured data needs of a player. */
export interface StructuredDataHost extends ReactiveControllerHost, DescribedPlayer {
  /** Opt-in: write the JSON-LD. */
  readonly structuredData: boolean;
}

/**
 * A player's schema.org `VideoObject` JSON-LD, in a `<script type="application/ld+json">` child,
 * rewritten once per task however many facts changed ({@link queue}), and when a transcript of
 * the page loads new words. Its code (`media/json-ld.ts`) loads only for players that opt in.
 */
export class StructuredDataController implements ReactiveController {
  private queued = false;
  private root: Node | undefined;

  constructor(
    private readonly host: StructuredDataHost,
    private readonly linkId: () => string | undefined,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    const root = this.host.getRootNode();
    if (root !== this.root) {
      this.root?.removeEventListener('news-transcript-load', this.queue);
      root.addEventListener('news-transcript-load', this.queue);
      this.root = root;
    }
    this.queue();
  }

  hostDisconnected(): void {
    this.root?.removeEventListener('news-transcript-load', this.queue);
    this.root = undefined;
  }

  /** Rewrites the JSON-LD once in this task, however many things changed. */
  queue = (): void => {
    if (this.queued) return;
    this.queued = true;
    queueMicrotask(() => {
      this.queued = false;
      void this.write();
    });
  };

  private async write(): Promise<void> {
    const host = this.host;
    if (!host.isConnected) return;
    if (!host.structuredData) {
      host.querySelector(`:scope > script[${MARKER}]`)?.remove();
      return;
    }
    try {
      const { describePlayer, writeJsonLd } = await import('../media/json-ld.js');
      if (!host.structuredData || !host.isConnected) return;
      writeJsonLd(host, describePlayer(host, { id: this.linkId(), deepLinkUrl }));
    } catch (error) {
      // Structured data is for crawlers: whatever goes wrong, the reader's player goes on.
      console.warn('news-player: could not write structured data', error);
    }
  }
}
