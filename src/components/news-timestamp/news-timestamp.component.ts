import { html } from 'lit';
import { NewsElement } from '../../internal/news-element.js';
import { LocalizeController } from '../../i18n/localize.js';
import { AnnounceController, unavailableWords } from '../../controllers/announcer.js';
import { whenUpgraded } from '../../controllers/player-lookup.js';
import { NewsTimestampSeekEvent } from '../../events/news-timestamp-seek.js';
import { deepLinkUrl, formatDeepLink } from '../../media/deep-link.js';
import { parseTime } from '../../media/time.js';
import { isOf, tagSelector } from '../../internal/tags.js';
import type { NewsPlayer } from '../news-player/news-player.component.js';
import styles from './news-timestamp.styles.js';

// A text glyph, not an <svg>: an atomic inline is a line-break opportunity, so "(▸0:12)" could
// break after "(". U+FE0E asks for the text (not emoji) presentation.
const PLAY_ICON = html`<span part="icon" class="icon" aria-hidden="true">\u25B6\uFE0E</span>`;

/** How long a notice stays in the live region (it is read at once; afterwards it would be stale). */
const NOTICE_MS = 10_000;

const prefersReducedMotion = (): boolean =>
  typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;

/**
 * A moment of a clip in the article's text: "at <news-timestamp for="clip" time="1:23">1:23</news-timestamp>
 * the minister says…". It is a real link to the deep link of that moment (`#t=83`, or
 * `#t=<player id>:83` when `for` names the player), so it opens in a new tab and copies like any
 * link; activating it (click, or Enter) seeks the player and plays, loading the player if it is
 * still a poster card. Clicks with a modifier key, and middle clicks, keep the link's own behaviour.
 *
 * With no text content it shows the formatted time and its accessible name is "Play from 1:23";
 * with words of its own ("five seconds in") the name starts with them: "five seconds in, Play from 1:23".
 * For pages served without JavaScript, put a link inside (`<news-timestamp time="1:23"><a href="#t=83">1:23</a></news-timestamp>`):
 * it is used as is, and activating it seeks once the element runs. With `end`, the timestamp plays
 * that range and pauses at its end.
 *
 * Activating it also brings the player into view when it is off screen (the smallest scroll that
 * shows it whole, smooth unless the reader prefers reduced motion); focus stays on the timestamp.
 * When the player is `unavailable`, activation does not pretend to play: the player is brought
 * into view, where its message and Retry button are, the same message and reason
 * ("No media source currently available. …", in the timestamp's language) are announced politely
 * from the timestamp's own status region, and the time (and range) is kept so Retry plays from
 * that moment. The link itself stays, for new tabs and pages without JavaScript.
 *
 * @summary A link that plays a `<news-player>` from a moment.
 *
 * @slot - The words of the link; without any, the formatted time.
 *
 * @event {NewsTimestampSeekEvent} news-timestamp-seek - The reader activated the timestamp; cancel it to keep the player where it is. `detail: { player, time, end? }`.
 *
 * @csspart base - The link.
 * @csspart icon - The small play triangle before the words (a text glyph).
 * @csspart time - The formatted time shown when there is no text content.
 * @csspart notice - A visually hidden polite status region: why the player cannot play, when it is `unavailable`.
 *
 * @cssproperty [--news-timestamp-color=inherit] - Colour of the link.
 * @cssproperty [--news-timestamp-icon-color=currentColor] - Colour of the play triangle.
 * @cssproperty [--news-timestamp-focus=#1a5fb4] - Focus ring colour (falls back to `--news-focus`).
 */
export class NewsTimestamp extends NewsElement {
  static override styles = styles;
  static override family = 'news-timestamp';
  /** The reactive properties, each documented where it is declared below (a table, not decorators: see `NewsPlayer.properties`). */
  static override properties = {
    hasText: { state: true, attribute: false },
    hasLink: { state: true, attribute: false },
    htmlFor: { attribute: 'for' },
    time: {},
    end: {},
  };

  private readonly localize = new LocalizeController(this);

  private hasText = false;
  private hasLink = false;
  /** The polite status region: why the player cannot play. */
  private readonly notice = new AnnounceController(this, this.localize, NOTICE_MS);

  /** Id of the `<news-player>` to play; without it, the first player in the same document or shadow root. */
  declare htmlFor?: string;

  /** Where to start: seconds (`83`), a clock (`1:23`, `0:02:44`) or units (`1m23s`). */
  time = '';

  /** Optional end of a range to play (same forms): the player pauses there. */
  declare end?: string;

  /** `time` in seconds, `undefined` while it is not a time. */
  get seconds(): number | undefined {
    return parseTime(this.time);
  }

  /** The player this timestamp plays: `for`'s, else the first in the same root; `undefined` when none. */
  get player(): NewsPlayer | undefined {
    const root = this.getRootNode() as Document | ShadowRoot;
    if (typeof root.querySelector !== 'function') return undefined;
    if (this.htmlFor) {
      const named = root.getElementById(this.htmlFor);
      return isOf('news-player', named) ? (named as NewsPlayer) : undefined;
    }
    return root.querySelector<NewsPlayer>(tagSelector('news-player')) ?? undefined;
  }

  /**
   * The deep link to the moment: this page with `#t=<for>:83` when `for` is set, else the form
   * the player's own links use (`#t=83` for the page's first player).
   */
  get href(): string {
    const time = this.seconds ?? 0;
    const end = parseTime(this.end);
    const player = this.htmlFor ? undefined : this.player;
    if (typeof player?.linkAt === 'function') return player.linkAt(time, end);
    const options = { id: this.htmlFor || undefined, end };
    if (typeof location === 'undefined') return `#t=${formatDeepLink(time, options)}`;
    return deepLinkUrl(location.href, time, options);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.addEventListener('click', this.onClick);
    this.readChildren();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener('click', this.onClick);
  }

  private readChildren(): void {
    this.hasLink = this.querySelector(':scope > a[href]') !== null;
    this.hasText = [...this.childNodes].some(
      (n) => n.nodeType === Node.ELEMENT_NODE || (n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim() !== ''),
    );
  }

  private onSlotChange = (): void => this.readChildren();

  private onClick = (event: MouseEvent): void => {
    // New tab, new window, download, context: the link's own behaviour.
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    if (!event.composedPath().some((n) => n instanceof HTMLAnchorElement)) return;
    // Without a player or a time the link just goes where it points.
    if (!this.player || this.seconds === undefined) return;
    event.preventDefault();
    this.activate();
  };

  /**
   * Seeks the player to `time` (and sets its `range` when `end` is given) and plays, loading it if
   * it is idle; brings the player into view when it is off screen. Fires the cancelable
   * `news-timestamp-seek` first. A player that is `unavailable` keeps the time for its Retry and
   * the timestamp announces why it cannot play. Blocked autoplay leaves the player where it is,
   * without an unhandled rejection.
   */
  activate(): void {
    const player = this.player;
    const time = this.seconds;
    if (!player || time === undefined) return;
    const end = parseTime(this.end);
    const range = end !== undefined && end > time ? { start: time, end } : undefined;
    const event = this.emit(new NewsTimestampSeekEvent({ player, time, ...(range ? { end: range.end } : {}) }));
    if (event.defaultPrevented) return;
    // The reader asked for the video: show it. Focus stays here, the reader's place in the text.
    player.scrollIntoView({ block: 'nearest', inline: 'nearest', behavior: prefersReducedMotion() ? 'instant' : 'smooth' });
    const go = (): void => {
      player.range = range;
      player.currentTime = time;
      if (player.state === 'unavailable') {
        void this.notice.say(unavailableWords(player.error?.code ?? 'no-source'));
        return;
      }
      player.play().catch(() => undefined);
    };
    whenUpgraded(player, go);
  }

  override render() {
    const time = this.seconds;
    const slot = html`<slot @slotchange=${this.onSlotChange}></slot>`;
    // Not a time: just the words.
    if (time === undefined) return slot;
    // Outside the link, so it is never part of the link's name; there before it speaks, so it is heard.
    const notice = html`<span part="notice" class="sr-only" role="status">${this.notice.text}</span>`;
    // A server-rendered link inside: that link is the control.
    if (this.hasLink) return html`${slot}${notice}`;
    const label = this.localize.time(time);
    const name = this.localize.t.playFrom(label);
    // Own words are the start of the name (what speech users say), then "Play from 1:23".
    return this.hasText
      ? html`<a part="base" href=${this.href}>${PLAY_ICON}<span class="words">${slot}</span><span class="sr-only">, ${name}</span></a>${notice}`
      : html`<a part="base" href=${this.href} aria-label=${name}>${PLAY_ICON}${slot}<span part="time" class="words time">${label}</span></a>${notice}`;
  }
}
