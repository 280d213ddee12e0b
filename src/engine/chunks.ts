// What a player fetches once the reader asks for it (each once per page), in one place for the
// click and for the prefetch on hover: video.js (the full build only for HLS/DASH), its styles,
// and the engine with our controls. All of them are requested at once, never one after another.
import type { EngineModule } from './contract.js';
import type { MediaSource } from '../media/sources.js';
import { loadVideojs, loadVideojsStyles, type VideoJs } from '../media/videojs-loader.js';
import { isStreaming } from '../media/sources.js';

/** The chunks a player needs, each a promise. */
export interface EngineChunks {
  videojs: Promise<VideoJs>;
  sheet: Promise<CSSStyleSheet>;
  engine: Promise<EngineModule>;
}

/** True when a source needs video.js's streaming engine (HLS/DASH). */
export const anyStreaming = (sources: readonly MediaSource[]): boolean => sources.some((s) => isStreaming(s.src, s.type));

/** Requests every chunk a player needs; `streaming` takes the full video.js build. */
export function loadEngineChunks(streaming: boolean): EngineChunks {
  return {
    videojs: loadVideojs(streaming),
    sheet: loadVideojsStyles(),
    engine: import('./videojs-engine.js'),
  };
}
