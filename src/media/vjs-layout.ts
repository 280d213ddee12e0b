// The control bar's layout, what CSS alone cannot do (the rules are in ./videojs-styles.ts): the
// settings menu in its place, times in the reader's digits, the current chapter shown only when it
// fits, captions moved when the bar shows or hides, menus no taller than the room above the bar.
// Part of the engine's lazy chunk, with ./vjs-components.ts, which installs it.
import type { Player, VideoJs } from './videojs-loader.js';
import { localDigits } from './digits.js';
import { BELOW_CLASS, SettingsModel, captionsBelowRemembered, rememberSpeed, type SettingsHost } from './vjs-settings.js';

/** video.js's Component API, as far as the layout uses it. */
interface VjsComponent {
  el(): HTMLElement;
  getChild(name: string): VjsComponent | undefined;
  children(): VjsComponent[];
  name(): string;
  addChild(child: string, options?: object, index?: number): VjsComponent;
  controlText(text?: string): string;
  updateDisplay?(): void;
}
/** video.js's TimeDisplay, whose text we write (`updateTextNode_`, 8.x). */
interface TimeDisplay extends VjsComponent {
  formattedTime_?: string;
  contentEl_?: HTMLElement;
  textNode_?: Text;
  updateTextNode_(time?: number): void;
  updateContent(event?: unknown): void;
  requestNamedAnimationFrame(name: string, fn: () => void): void;
}

/** What the layout adds to one player. */
export interface Layout {
  /** Shows the current chapter's title only when it fits whole (else the tooltip and menus carry it). */
  fit(): void;
  /** The words and digits of a new language. */
  relabel(): void;
}

/** Index of the first child of `bar` named one of `names`, else the end. */
function indexOf(bar: VjsComponent, names: string[]): number {
  const i = bar.children().findIndex((c) => names.includes(c.name?.() ?? ''));
  return i < 0 ? bar.children().length : i;
}

export function installLayout(videojs: VideoJs, player: Player, bar: VjsComponent, host: SettingsHost, audio: boolean): Layout {
  const root = player as unknown as VjsComponent & { on(types: string | string[], fn: () => void): void };
  const el = root.el();
  const model = new SettingsModel(player, host, audio);
  const settings = bar.addChild('NewsSettingsButton', { model }, indexOf(bar, ['NewsCopyLinkButton', 'PictureInPictureToggle', 'FullscreenToggle']));
  rememberSpeed(player);
  if (!audio && captionsBelowRemembered()) el.classList.add(BELOW_CLASS);

  // Times in the reader's digits, per player: video.js's `setFormatTime` would change every
  // player of the page. The same steps as video.js 8's TimeDisplay#updateTextNode_.
  const format = (videojs as unknown as { time: { formatTime(seconds: number): string } }).time.formatTime;
  const displays = ['CurrentTimeDisplay', 'DurationDisplay', 'RemainingTimeDisplay']
    .map((name) => bar.getChild(name) as TimeDisplay | undefined)
    .filter((d): d is TimeDisplay => Boolean(d));
  for (const display of displays) {
    display.updateTextNode_ = function (this: TimeDisplay, time = 0) {
      const text = localDigits(format(time), host.i18n().lang);
      if (this.formattedTime_ === text) return;
      this.formattedTime_ = text;
      this.requestNamedAnimationFrame('TimeDisplay#updateTextNode_', () => {
        const content = this.contentEl_;
        if (!content) return;
        const node = document.createTextNode(this.formattedTime_ ?? '');
        if (this.textNode_ && this.textNode_.parentNode === content) content.replaceChild(node, this.textNode_);
        else content.append(node);
        this.textNode_ = node;
      });
    };
  }

  // video.js wrote the first "0:00" itself, in Latin digits.
  for (const display of displays) display.updateContent();

  // The current chapter: whole or not at all ("Kerr…" tells nothing). Hidden, it keeps its box,
  // so hiding it cannot make room that would show it again.
  const current = bar.getChild('NewsCurrentChapter')?.el();
  const fit = (): void => {
    if (!current) return;
    current.classList.remove('news-clipped');
    // Its text overflows its box (the box shrank with the bar): the title would be cut.
    if (current.scrollWidth > current.clientWidth + 1) current.classList.add('news-clipped');
  };

  // Menus scroll inside the player's box: no taller than the room above the bar.
  const base = (el.closest('.base') as HTMLElement | null) ?? el;
  const sizeMenus = (): void => {
    const top = base.getBoundingClientRect().top;
    const room = audio ? base.getBoundingClientRect().bottom - top - 4 : bar.el().getBoundingClientRect().top - top - 8;
    el.style.setProperty('--news-menu-max', `${Math.max(room, 40)}px`);
  };
  const observer = typeof ResizeObserver === 'function' ? new ResizeObserver(() => (fit(), sizeMenus())) : undefined;
  observer?.observe(bar.el());
  observer?.observe(base);
  // Its own box shrinks when controls join the bar (the menus built after a handover).
  if (current) observer?.observe(current);
  bar.el().addEventListener('pointerover', sizeMenus);
  bar.el().addEventListener('focusin', sizeMenus);

  // Captions sit above the bar while it shows (see the styles): video.js places cues again on
  // useractive/userinactive only, not when pausing or playing shows or hides the bar.
  const display = root.getChild('TextTrackDisplay');
  root.on(['play', 'pause', 'ended', 'playing'], () => display?.updateDisplay?.());
  root.on('dispose', () => {
    observer?.disconnect();
    bar.el().removeEventListener('pointerover', sizeMenus);
    bar.el().removeEventListener('focusin', sizeMenus);
  });

  return {
    fit,
    relabel: () => {
      settings.controlText(model.title('main'));
      for (const d of displays) {
        d.formattedTime_ = undefined;
        d.updateContent();
      }
      fit();
    },
  };
}
