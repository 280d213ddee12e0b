// The contract between `<news-transcript>` (the element: attributes, public API, documentation)
// and its lazy half (`TranscriptController` in ./news-transcript.impl.ts, fetched when a
// transcript first connects). Types only: both sides import this module, not each other.
import type { ReactiveControllerHost, TemplateResult } from 'lit';
import type { PlayerLookupController } from '../../controllers/player-lookup.js';
import type { TranscriptSource } from '../../events/news-transcript-load.js';
import type { Cue } from '../../media/cues/types.js';
import type { NewsPlayer } from '../news-player/news-player.component.js';

/** What the lazy half reads of its element: the attributes, and the element itself. */
export interface TranscriptHost extends ReactiveControllerHost, HTMLElement {
  readonly src?: string;
  readonly type?: string;
  readonly label?: string;
  readonly headingLevel: number;
  /** `keep` shows rolling captions as they are; anything else merges them. */
  readonly rolling: string;
  /** Seconds without progress before a file download gives up (invalid values mean 20). */
  readonly timeout: number;
  readonly renderRoot: HTMLElement | DocumentFragment;
}

/** What the element asks of its lazy half once it has arrived. */
export interface TranscriptCore {
  readonly cues: readonly Cue[];
  readonly activeCues: readonly Cue[];
  readonly source: TranscriptSource | undefined;
  readonly matchCount: number;
  readonly autoScrollPaused: boolean;
  /** `src`, `type` or `rolling` changed: read the sources again. */
  sourceChanged(): void;
  /** The player followed changed (the element's player lookup reports it). */
  playerChanged(player: NewsPlayer | undefined, previous: NewsPlayer | undefined): void;
  nextMatch(): void;
  previousMatch(): void;
  backToCurrent(): void;
  reload(): void;
  /** The element's shadow content. */
  render(): TemplateResult;
}

/** What the lazy module exports: the factory of the lazy half, a controller added to `host`. */
export interface TranscriptModule {
  createTranscript(host: TranscriptHost, lookup: PlayerLookupController): TranscriptCore;
}
