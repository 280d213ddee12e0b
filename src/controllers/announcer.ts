import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { LocalizeController } from '../i18n/localize.js';
import type { Translation } from '../i18n/translation.js';
import type { ErrorCode } from '../media/errors.js';
import type { PlayerState } from '../media/state.js';

/** Words to say, in whichever language is current when they are first shown. */
export type Words = (t: Translation) => string;

/** "No media source currently available", with the reason line for `code` when there is one. */
export const unavailableWords =
  (code: ErrorCode | undefined): Words =>
  (t) =>
    code ? `${t.unavailable}. ${t.reason[code]}` : t.unavailable;

/** The word each spoken state says (the others show for themselves); `unavailable` adds its reason. */
const STATE_WORDS: Partial<Record<PlayerState, 'pleaseWait' | 'playing' | 'paused' | 'ended'>> = {
  loading: 'pleaseWait',
  playing: 'playing',
  paused: 'paused',
  ended: 'ended',
};

/** What a player's status region says on entering `state` (`undefined`: nothing new to say). */
export function stateWords(state: PlayerState, code: ErrorCode | undefined): Words | undefined {
  if (state === 'unavailable') return unavailableWords(code);
  const key = STATE_WORDS[state];
  return key && ((t) => t[key]);
}

/**
 * What an element's polite status region (`role="status"`) says: {@link say} puts words there,
 * the element renders {@link text}. The words are chosen in the reader's language when first
 * shown, so they are spoken once, in that language: none while the language's strings are on their
 * way, and none after a language change (nothing new happened). With `clearAfter` (ms) the region
 * empties again after a while.
 */
export class AnnounceController implements ReactiveController {
  private current: { say: Words; t?: Translation } | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly localize: LocalizeController,
    private readonly clearAfter = 0,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
    // Words that expire are stale once the element has left.
    if (this.clearAfter) this.current = undefined;
  }

  /** Says `say`; `again` empties the region first, so words already there are heard once more. */
  async say(say: Words, again = true): Promise<void> {
    clearTimeout(this.timer);
    if (again) {
      this.current = undefined;
      this.host.requestUpdate();
      await this.host.updateComplete;
    }
    this.current = { say };
    this.host.requestUpdate();
    if (this.clearAfter) {
      this.timer = setTimeout(() => {
        this.current = undefined;
        this.host.requestUpdate();
      }, this.clearAfter);
    }
  }

  /** The status region's words now. */
  get text(): string {
    const current = this.current;
    const t = this.localize.t;
    if (!current || this.localize.loading) return '';
    current.t ??= t;
    return current.t === t ? current.say(t) : '';
  }
}
