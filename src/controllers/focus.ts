import type { PlayerState } from '../media/state.js';

/**
 * Where keyboard focus goes when the control holding it vanishes with a state change: from the
 * poster card (or Retry) to "Please wait", then to the player; from the player's controls, when
 * video.js is released because the media failed, to Retry (or the message). Never to `<body>`.
 */
export class FocusKeeper {
  /** Retry was pressed: focus follows as from the card. */
  private fromRetry = false;
  /** Focus was inside when video.js was released. */
  private inside = false;

  constructor(private readonly host: HTMLElement & { readonly updateComplete: Promise<boolean> }) {}

  private part(name: string): HTMLElement | null | undefined {
    return this.host.shadowRoot?.querySelector<HTMLElement>(`[part="${name}"]`);
  }

  /** Retry is being pressed. */
  retrying(): void {
    this.fromRetry = true;
  }

  /** video.js is about to be released: note whether focus is inside. */
  releasing(): void {
    this.inside = this.host.matches(':focus-within');
  }

  /** The state changed: focus that was inside a released player goes to Retry, or the message. */
  stateChanged(state: PlayerState): void {
    const refocus = state === 'unavailable' && this.inside;
    this.inside = false;
    if (refocus) void this.host.updateComplete.then(() => (this.part('retry') ?? this.part('unavailable'))?.focus({ preventScroll: true }));
  }

  /**
   * Play was asked for: when the card or Retry had focus, it moves to "Please wait" now. Returns
   * whether it had, so the player takes focus once it exists.
   */
  playing(loaded: () => boolean): boolean {
    const had = this.fromRetry || (this.host.shadowRoot?.activeElement?.classList.contains('card') ?? false);
    this.fromRetry = false;
    if (had) {
      void this.host.updateComplete.then(() => {
        if (!loaded()) this.part('loading')?.focus({ preventScroll: true });
      });
    }
    return had;
  }
}
