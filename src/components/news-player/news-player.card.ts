// The poster card of `<news-player>`: what an idle player shows (poster, headline, duration or
// LIVE, "Starts at 1:23"), one button whose name is one phrase. Rendered by the element.
import { html, nothing, type TemplateResult } from 'lit';
import type { LocalizeController } from '../../i18n/localize.js';
import { parseTime } from '../../media/time.js';

const PLAY_ICON = html`<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="M6 4l15 8-15 8z" /></svg>`;

/** What the card shows and does. */
export interface CardFacts {
  localize: LocalizeController;
  headline: string;
  live: boolean;
  /** The `duration` attribute. */
  durationHint?: string;
  /** Where playback will start (seconds), when set before loading. */
  pending: number | undefined;
  /** The poster image (or nothing). */
  poster: unknown;
  /** The reader points at or focuses the card: prefetch. */
  intent(): void;
  /** The reader presses it. */
  press(): void;
}

/** The poster card button. */
export function renderCard(card: CardFacts): TemplateResult {
  const { localize, headline, live, pending } = card;
  const t = localize.t;
  const hint = parseTime(card.durationHint);
  const time = hint !== undefined && !live ? localize.time(hint) : '';
  const starts = pending && !live ? localize.time(pending, hint ?? 0) : '';
  // The name comes from one hidden phrase, so the visible pieces need no aria-label of their own.
  const name = [t.playMedia(headline), live ? t.live : time ? t.durationLabel(time) : '', starts ? t.startsAt(starts) : '']
    .filter(Boolean)
    .join(', ');
  return html`<button part="poster-card" class="card" type="button" @click=${card.press} @pointerenter=${card.intent} @focus=${card.intent}>
    ${card.poster}
    <span class="shade"></span>
    <span class="sr-only">${name}</span>
    <span part="play-icon" class="play-icon" aria-hidden="true">${PLAY_ICON}</span>
    ${headline ? html`<span part="headline" class="headline" aria-hidden="true">${headline}</span>` : nothing}
    ${time ? html`<span part="duration" class="badge" aria-hidden="true">${time}</span>` : nothing}
    ${live ? html`<span part="live" class="badge live" aria-hidden="true">${t.live}</span>` : nothing}
    ${starts ? html`<span part="start" class="starts" aria-hidden="true">${t.startsAt(starts)}</span>` : nothing}
  </button>`;
}
