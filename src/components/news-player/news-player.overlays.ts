// The overlays of `<news-player>` besides the poster card: "Please wait", "No media source
// currently available" (with its reason and Retry), and loaded audio's headline line. Rendered by
// the element; each overlay is a named group, so a screen reader landing on it (focus moves there
// when the card or a control goes) hears what it is.
import { html, nothing, type TemplateResult } from 'lit';
import type { LocalizeController } from '../../i18n/localize.js';
import { RETRYABLE, type ErrorCode } from '../../media/errors.js';

/** A frame with a slash: "no media here", drawn where there is no poster to show behind the words. */
const NO_MEDIA_ICON = html`<svg class="no-media" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="M3 7h12v10H3zm12 3 5-3v10l-5-3M2 2l20 20" /></svg>`;

/** Loaded audio keeps the card's headline and length above the control bar (the same box). */
export function renderAudioTitle(headline: string, duration: number, localize: LocalizeController): TemplateResult {
  const time = Number.isFinite(duration) ? localize.time(duration) : '';
  return html`<div part="audio-title" class="audio-title" aria-hidden="true">
    <span class="title">${headline}</span>${time ? html`<span class="time">${time}</span>` : nothing}
  </div>`;
}

/** "Please wait", over the poster. */
export function renderLoading(poster: unknown, localize: LocalizeController): TemplateResult {
  return html`<div part="loading" class="overlay" tabindex="-1" role="group" aria-labelledby="w">
    ${poster}
    <span class="spinner" aria-hidden="true"></span>
    <p class="message" id="w">${localize.t.pleaseWait}</p>
  </div>`;
}

/**
 * "No media source currently available", its reason and Retry (for the codes a retry can cure).
 * Without a poster it is not a bare black box: a "no media" frame and the story's headline say
 * which clip this was.
 */
export function renderUnavailable(
  poster: unknown,
  code: ErrorCode = 'no-source',
  localize: LocalizeController,
  retry: () => void,
  headline = '',
): TemplateResult {
  const t = localize.t;
  const bare = poster === nothing;
  // One line: a template's whitespace is shipped as written.
  return html`<div part="unavailable" class="overlay ${bare ? 'no-poster' : ''}" data-code=${code} tabindex="-1" role="group" aria-labelledby="m" aria-describedby="r">
    ${bare ? NO_MEDIA_ICON : poster}
    ${bare && headline ? html`<p part="unavailable-headline" class="unavailable-headline">${headline}</p>` : nothing}
    <p part="message" class="message" id="m">${t.unavailable}</p>
    <p part="reason" class="reason" id="r">${t.reason[code]}</p>
    ${RETRYABLE.has(code) ? html`<button part="retry" class="retry" type="button" @click=${retry}>${t.retry}</button>` : nothing}
  </div>`;
}
