// Where an engine pauses by itself (the end of a linked range): a timer for the moment, and time
// updates as the safety net. Shared by the bare element that starts at the click and video.js's engine.

/** What a stop time reads of the playback it watches. */
export interface StopClock {
  readonly currentTime: number;
  readonly paused: boolean;
  readonly playbackRate: number;
}

/** A stop time: `reached` runs once when playback gets there (a jump well past it is a seek, not reaching it). */
export class StopAt {
  /** Seconds where playback pauses, `undefined` for none. */
  time: number | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly clock: StopClock,
    private readonly reached: () => void,
    time?: number,
  ) {
    this.time = time;
  }

  /** Sets (or clears, with `undefined`) the stop time. */
  set(time: number | undefined): void {
    this.time = time;
    this.arm();
  }

  /** A timer for the moment playback reaches the stop time (after playing, a seek, a rate change). */
  arm(): void {
    this.cancel();
    const end = this.time;
    if (end === undefined || this.clock.paused) return;
    const left = (end - this.clock.currentTime) / this.clock.playbackRate;
    if (left > 0) this.timer = setTimeout(() => this.check(), left * 1000);
  }

  /** Pauses at the stop time if playback is there (a timer fired, or a time update came). */
  check(): void {
    const end = this.time;
    if (end === undefined || this.clock.paused) return;
    const time = this.clock.currentTime;
    if (time >= end - 0.05 && time <= end + 1) {
      this.time = undefined;
      this.reached();
    }
  }

  /** Stops the timer (paused, released). */
  cancel(): void {
    clearTimeout(this.timer);
  }
}
