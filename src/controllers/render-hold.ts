/**
 * Play first, dress after (issue 12): after a click that started a bare media element, the
 * element's next render waits until the media plays, the state leaves `loading`, or
 * {@link HOLD_MS} pass, whichever comes first. Until then the poster card stays as it is (no
 * style, layout and paint of "Please wait" and the stage in the click's frame), so the main
 * thread is free for the media's first bytes: in Chromium the media element's loading runs its
 * steps on the main thread, and the render of the click's frame delayed `loadedmetadata` by about
 * as long as it took. Measured on localhost (scripts/click-to-playing.mjs): click → `playing`
 * 62 → 45 ms, against 40 ms for a native `<video preload="none">`.
 *
 * The `state` property changes at once (its events too); the reflected attribute and the shadow
 * DOM follow with the held render. Lit's `scheduleUpdate` is the hook for this (see
 * {@link RenderHold.take}).
 */
export const HOLD_MS = 100;

export class RenderHold {
  private gate: Promise<void> | undefined;
  private open: (() => void) | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;

  /** Holds the next render, for {@link HOLD_MS} at most. */
  hold(): void {
    this.release();
    this.gate = new Promise((resolve) => (this.open = resolve));
    this.timer = setTimeout(() => this.release(), HOLD_MS);
  }

  /** Lets the held render run now (the media plays, the state moved on, the element left). */
  release(): void {
    clearTimeout(this.timer);
    this.open?.();
    this.open = undefined;
  }

  /** For the element's `scheduleUpdate`: what the next render waits for, once; `undefined` when nothing holds it. */
  take(): Promise<void> | undefined {
    const gate = this.gate;
    this.gate = undefined;
    return gate;
  }
}
