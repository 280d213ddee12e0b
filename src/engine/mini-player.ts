// The mini-player (issue 13): when a playing video player scrolls out of view, its stage (video.js,
// with the media element in it) floats in the bottom inline-end corner, in the top layer, until the
// reader scrolls back, closes it or goes back to it. Part of the engine's lazy chunk.
//
// The stage floats as a manual popover: nothing moves in the DOM (the media element plays on, the
// tab order stays), the top layer escapes the host's `contain: paint`, and the frame (`.base`) keeps
// its box in the article, so nothing shifts. Choices (see README "Mini-player"):
// - it starts floating only while playing; once floating, a pause keeps it there (as YouTube's),
//   so the reader can resume it; the end of the clip, another player starting, Close (which
//   pauses, as YouTube and the BBC do), Escape inside it and "Back to the video" end it;
// - after Close or Back it floats again only once the player has been back in view;
// - never for audio, in fullscreen or picture-in-picture, for a hidden or removed host, after a
//   failure (the engine goes then), or with `mini-player="off"`.
import type { Player } from '../media/videojs-loader.js';
import type { EngineElement } from './contract.js';
import type { Translation } from '../i18n/translation.js';
import { adoptCss } from '../internal/css-sheet.js';
import { isOf } from '../internal/tags.js';

/** Below this share of the host in view, a playing player floats; from it up, it is back in place. */
const THRESHOLD = 0.3;

/** What may start or end a float (a time update also notices `mini-player="off"` set meanwhile, or a host hidden). */
const EVENTS = ['play', 'playing', 'pause', 'ended', 'error', 'fullscreenchange', 'enterpictureinpicture', 'leavepictureinpicture', 'timeupdate'];

const CSS = `
.stage[popover] {
  position: fixed;
  inset: auto;
  bottom: calc(16px + env(safe-area-inset-bottom, 0px));
  right: calc(16px + env(safe-area-inset-right, 0px));
  width: min(320px, 60vw);
  height: auto;
  aspect-ratio: var(--news-player-aspect-ratio, 16 / 9);
  margin: 0;
  padding: 0;
  border: 0;
  overflow: hidden;
  color: inherit;
  background: var(--news-player-background, #000);
  border-radius: var(--news-player-radius, var(--news-radius, 0));
  box-shadow: 0 4px 24px rgb(0 0 0 / 0.45);
  container-type: inline-size;
}
.mini-away {
  background: var(--news-player-card-background, #111) center / cover no-repeat;
  font-size: 0.9em;
}
.base[dir='rtl'] .stage[popover] {
  right: auto;
  left: calc(16px + env(safe-area-inset-left, 0px));
}
.mini-bar {
  position: absolute;
  inset: 0 0 auto;
  z-index: 3;
  display: flex;
  gap: 4px;
  padding: 4px;
  background: linear-gradient(rgb(0 0 0 / 0.75), rgb(0 0 0 / 0));
}
.mini-bar[hidden] {
  display: none;
}
.mini-bar button {
  display: inline-flex;
  align-items: center;
  gap: 4px;
  min-width: 32px;
  min-height: 32px;
  margin: 0;
  padding: 0 8px;
  border: 0;
  border-radius: 4px;
  color: #fff;
  background: rgb(0 0 0 / 0.6);
  font: 600 13px/1.2 var(--news-player-font, system-ui, sans-serif);
  cursor: pointer;
}
.mini-bar .mini-back {
  min-width: 0;
  margin-inline-end: auto;
}
.mini-back span {
  overflow: hidden;
  white-space: nowrap;
  text-overflow: ellipsis;
}
.mini-bar .mini-close {
  flex: none;
  justify-content: center;
  padding: 0;
}
.mini-bar svg {
  flex: none;
  width: 16px;
  height: 16px;
  fill: currentColor;
}
.mini-bar button:focus-visible {
  outline: 3px solid var(--news-player-focus, #ffbf47);
  outline-offset: -3px;
  box-shadow: inset 0 0 0 6px #0b0c0c;
}
@media (prefers-reduced-motion: no-preference) {
  .stage[popover]:popover-open {
    animation: news-mini-in 0.2s ease-out;
  }
}
@keyframes news-mini-in {
  from {
    opacity: 0;
    translate: 0 16px;
  }
}
@media (forced-colors: active) {
  .stage[popover] {
    border: 2px solid CanvasText;
  }
  .mini-bar button {
    border: 1px solid ButtonText;
  }
}
`;

const ICONS = {
  back: 'M12 5 5 12l1.4 1.4 4.6-4.6V19h2V8.8l4.6 4.6L19 12z',
  close: 'M19 6.4 17.6 5 12 10.6 6.4 5 5 6.4 10.6 12 5 17.6 6.4 19 12 13.4 17.6 19 19 17.6 13.4 12z',
};

/** The page's mini-players: one floats at a time. */
const all = new Set<MiniPlayer>();
/** "The video continues in the corner" is said once per page. */
let announced = false;

/** What the mini-player is made with: the player, its element and where the stage is. */
export interface MiniPlayerSetup {
  player: Player;
  element: EngineElement;
  root: ShadowRoot;
  stage: HTMLElement;
  i18n(): { t: Translation };
}

function button(name: string, icon: string): HTMLButtonElement {
  const b = document.createElement('button');
  b.type = 'button';
  b.className = name;
  // Built node by node: no markup parsed (pages with Trusted Types).
  const ns = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(ns, 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('aria-hidden', 'true');
  const path = document.createElementNS(ns, 'path');
  path.setAttribute('d', icon);
  svg.append(path);
  b.append(svg);
  return b;
}

/** A video player's floating frame: watches where its host is and floats its stage when playing out of view. */
export class MiniPlayer {
  private readonly player: Player;
  private readonly element: EngineElement;
  private readonly stage: HTMLElement;
  private readonly i18n: () => { t: Translation };
  private readonly bar = document.createElement('div');
  private readonly back = button('mini-back', ICONS.back);
  private readonly close = button('mini-close', ICONS.close);
  private readonly status = document.createElement('div');
  /**
   * In the article's box while the frame floats: the poster, and where the video went (the status
   * says it to screen readers). One of the element's overlays (its shade and layout come from there).
   */
  private readonly away = document.createElement('div');
  private readonly observer: IntersectionObserver | undefined;
  /** The share of the host in view, as last observed. */
  private ratio = 1;
  /** Closed or sent back: no float until the host has been in view again. */
  private dismissed = false;
  private floating = false;
  /** The Escape being handled is the mini-player's: not one for an open menu or dialog of the player (video.js closes those without `preventDefault`). */
  private escapeOwn = false;

  constructor(setup: MiniPlayerSetup) {
    ({ player: this.player, element: this.element, stage: this.stage, i18n: this.i18n } = setup);
    const { element, stage, player } = this;
    const supported = typeof IntersectionObserver !== 'undefined' && typeof stage.showPopover === 'function';
    if (element.audio || !supported) return;
    adoptCss(setup.root, CSS);
    this.bar.className = 'mini-bar';
    this.bar.hidden = true;
    this.back.append(document.createElement('span'));
    this.bar.append(this.back, this.close);
    this.away.className = 'overlay mini-away';
    this.away.setAttribute('aria-hidden', 'true');
    this.away.append(document.createElement('span'));
    this.status.className = 'sr-only';
    this.status.setAttribute('role', 'status');
    stage.append(this.bar);
    // After the element's own status region (which stays the first), outside Lit's parts.
    (stage.parentElement ?? stage).append(this.status);
    this.relabel();
    this.back.addEventListener('click', this.onBack);
    this.close.addEventListener('click', () => this.dismiss(true));
    stage.addEventListener('keydown', this.onKeyCapture, true);
    stage.addEventListener('keydown', this.onKey);
    stage.addEventListener('toggle', this.onToggle);
    document.addEventListener('play', this.onPagePlay, true);
    player.on(EVENTS, this.update);
    this.observer = new IntersectionObserver(this.onIntersect, { threshold: [0, THRESHOLD] });
    this.observer.observe(element);
    all.add(this);
  }

  /** The words, in the reader's language now. */
  relabel(): void {
    const { t } = this.i18n();
    this.back.lastElementChild!.textContent = t.controlsMiniBack;
    this.close.setAttribute('aria-label', t.controlsMiniClose);
    this.close.title = t.controlsMiniClose;
    this.away.firstElementChild!.textContent = t.controlsMiniAnnounce;
  }

  dispose(): void {
    all.delete(this);
    this.observer?.disconnect();
    document.removeEventListener('play', this.onPagePlay, true);
    if (!this.player.isDisposed()) this.player.off(EVENTS, this.update);
    this.unfloat();
    this.bar.remove();
    this.status.remove();
    this.away.remove();
  }

  private onIntersect = (entries: IntersectionObserverEntry[]): void => {
    const entry = entries[entries.length - 1];
    this.ratio = entry.isIntersecting ? entry.intersectionRatio : 0;
    if (this.ratio >= THRESHOLD) this.dismissed = false;
    this.update();
  };

  /** Floats or returns the stage, as the player and its host are now. */
  private update = (): void => {
    const wanted = this.wanted();
    if (wanted && !this.floating) this.float();
    else if (!wanted && this.floating) this.unfloat();
  };

  private wanted(): boolean {
    const { element, player } = this;
    if (element.miniPlayer === 'off' || !element.isConnected || this.dismissed || this.ratio >= THRESHOLD) return false;
    if (player.isFullscreen() || player.isInPictureInPicture() || player.error() || player.ended()) return false;
    // Hidden (`display: none` on it or around it): nothing to bring back to.
    if (element.checkVisibility ? !element.checkVisibility() : element.getClientRects().length === 0) return false;
    return this.floating || !player.paused();
  }

  private float(): void {
    const stage = this.stage;
    stage.setAttribute('popover', 'manual');
    try {
      stage.showPopover();
    } catch {
      stage.removeAttribute('popover');
      return;
    }
    this.floating = true;
    this.bar.hidden = false;
    this.relabel();
    const poster = this.element.poster;
    this.away.style.backgroundImage = poster ? `url(${JSON.stringify(poster)})` : '';
    stage.before(this.away);
    for (const other of all) if (other !== this) other.unfloat();
    if (!announced) {
      announced = true;
      this.status.textContent = this.i18n().t.controlsMiniAnnounce;
    }
  }

  private unfloat(): void {
    if (!this.floating) return;
    this.floating = false;
    const stage = this.stage;
    // Focus on a button about to hide goes to the player, where the reader can go on from.
    const focused = this.bar.contains((stage.getRootNode() as ShadowRoot).activeElement);
    if (stage.matches(':popover-open')) stage.hidePopover();
    stage.removeAttribute('popover');
    this.bar.hidden = true;
    this.away.remove();
    this.status.textContent = '';
    if (focused) (this.player.el() as HTMLElement).focus({ preventScroll: true });
  }

  /** Close (and Escape): the float ends, playback pauses, and no float until the player was back in view. */
  private dismiss(pause: boolean): void {
    this.dismissed = true;
    if (pause) this.player.pause();
    this.unfloat();
  }

  private onBack = (): void => {
    this.dismiss(false);
    const reduce = matchMedia('(prefers-reduced-motion: reduce)').matches;
    this.element.scrollIntoView({ block: 'center', behavior: reduce ? 'instant' : 'smooth' });
  };

  private onKeyCapture = (e: KeyboardEvent): void => {
    const target = e.composedPath()[0];
    const busy = this.stage.querySelector('[aria-expanded="true"]') || (target instanceof Element && target.closest('[role="menu"], [role="dialog"], .vjs-menu'));
    this.escapeOwn = e.key === 'Escape' && this.floating && !busy;
  };

  private onKey = (e: KeyboardEvent): void => {
    if (!this.escapeOwn || e.defaultPrevented) return;
    e.preventDefault();
    this.dismiss(true);
  };

  /** The browser closed the popover itself (the host left the page, say). */
  private onToggle = (e: Event): void => {
    if ((e as ToggleEvent).newState === 'closed' && this.floating) this.unfloat();
  };

  /** Another player of the page starts: it is the one that may float now. */
  private onPagePlay = (e: Event): void => {
    const target = e.target as Element | null;
    if (this.floating && target !== this.element && isOf('news-player', target)) this.unfloat();
  };
}
