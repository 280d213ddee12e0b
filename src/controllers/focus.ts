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
   * Focus that was on the card (see {@link playing}) goes to the player's controls once they are
   * drawn, for as long as `current()`; while "Please wait" shows over them, to it first, then on
   * to the controls when the state moves on.
   */
  async toControls(focus: () => void, current: () => boolean): Promise<void> {
    for (;;) {
      await this.host.updateComplete;
      // Released meanwhile, or the reader took focus elsewhere on the page: nothing to follow.
      const here = (this.host.getRootNode() as Document | ShadowRoot).activeElement;
      if (!current() || (here && here !== document.body && here !== this.host)) return;
      const waiting = this.part('loading');
      if (!waiting) return focus();
      waiting.focus({ preventScroll: true });
      await new Promise((resolve) => this.host.addEventListener('news-player-statechange', resolve, { once: true }));
    }
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
