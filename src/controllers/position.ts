import type { EngineNotification } from '../engine/contract.js';

/**
 * Where playback starts the next time media loads: a position set before it loaded (`currentTime`
 * while idle, a deep link), where it stood when it failed mid-play (Retry goes on from there), or
 * where it stood when the element was moved into another document (the browser reloads the media
 * element there from 0:00, paused). Else the `start` attribute.
 */
export class PlaybackPosition {
  /** Set before the media loaded, applied when it does (also shown on the poster card). */
  pending: number | undefined;
  /** Where playback stood when the media failed mid-play. */
  private failedAt: number | undefined;
  /** The position the engine last reported. */
  private last = 0;
  /** Moved while playing: play again once the media has reloaded. */
  private replay = false;

  /** The position to show while no media is loaded; `start` is the element's attribute, parsed. */
  idle(start: number | undefined): number {
    return this.pending ?? this.failedAt ?? start ?? 0;
  }

  /** Takes the position to start from (once metadata arrived). */
  take(start: number | undefined): number | undefined {
    const time = this.pending ?? this.failedAt ?? start;
    this.pending = undefined;
    this.failedAt = undefined;
    return time;
  }

  /** The media failed at `time` (the engine's position just before it is released). */
  failed(time: number): void {
    if (time > 0) this.failedAt = time;
  }

  /** New sources: nothing of the old media's position carries over. */
  sourcesChanged(loaded: boolean): void {
    this.failedAt = undefined;
    if (loaded) this.pending = undefined;
  }

  /** Moved into another document with loaded media: go on from the last position, playing if `playing`. */
  moved(playing: boolean): void {
    this.pending = this.last;
    this.replay = playing;
  }

  /** Follows what the engine reports; true when playback should start again (after a move). */
  notify(n: EngineNotification): boolean {
    if (n.type === 'time' || n.type === 'seeked') this.last = n.time;
    if (n.type !== 'metadata' || !this.replay) return false;
    this.replay = false;
    return true;
  }
}
