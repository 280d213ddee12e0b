// The control bar's settings menu (the gear): speed, captions, chapters, a stream's quality,
// captions below the video, and, on narrow players, the controls the bar has no room for. Part of
// the engine's lazy chunk, like ./vjs-components.ts. The speed and the captions' place are the
// reader's and are remembered across players and visits.
import type { Chapter } from './chapters.js';
import type { Player, VideoJs } from './videojs-loader.js';
import type { Translation } from '../i18n/translation.js';
import { formatTime } from './time.js';
import { localDigits } from './digits.js';

/** The speeds offered (video.js's `playbackRates` option). */
export const SPEEDS = [0.5, 0.75, 1, 1.25, 1.5, 1.75, 2];
/** Where the reader's speed is remembered. */
export const SPEED_KEY = 'news-player:speed';
/** Where the reader's place for captions is remembered: `below` the video, else over it. */
export const CAPTIONS_POSITION_KEY = 'news-player:captions-position';
/** The class of the player element while captions sit in a band below the video. */
export const BELOW_CLASS = 'news-captions-below';

/** What the settings menu reads of its `<news-player>`. */
export interface SettingsHost {
  chapters(): readonly Chapter[];
  chapterAt(time: number): Chapter | undefined;
  copyLink(): void;
  i18n(): { lang: string; t: Translation };
}

type Panel = 'main' | 'speed' | 'captions' | 'chapters' | 'quality';

/** One line of the menu. */
interface Item {
  label: string;
  /** Shown at the end of an entry that opens a submenu (the value chosen there). */
  value?: string;
  /** A choice: radio (one of a submenu) or checkbox; `undefined`: an entry or an action. */
  checked?: boolean;
  checkbox?: boolean;
  /** Class of the line (the ones only shown on narrow players, the back line). */
  className?: string;
  /** Accessible name, when the text alone would not say it. */
  ariaLabel?: string;
  /** The submenu this line opens. */
  opens?: Panel;
  run?(): void;
}

interface TrackLike {
  kind: string;
  label: string;
  language: string;
  mode: string;
}
interface Representation {
  id: string;
  height?: number;
  bandwidth?: number;
  enabled(on?: boolean): boolean;
}

function readStorage(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}
function writeStorage(key: string, value: string): void {
  try {
    localStorage.setItem(key, value);
  } catch {
    // Storage refused (private mode, a sandbox): the choice lasts as long as the page.
  }
}

/** The remembered speed, when it is one of the speeds offered. */
export function rememberedSpeed(): number | undefined {
  const speed = Number(readStorage(SPEED_KEY));
  return speed >= SPEEDS[0] && speed <= SPEEDS[SPEEDS.length - 1] ? speed : undefined;
}

/** The menu's model for one player: what each panel lists, and what choosing does. */
export class SettingsModel {
  constructor(
    private readonly player: Player,
    private readonly host: SettingsHost,
    private readonly audio: boolean,
  ) {}

  private get vjs() {
    return this.player as unknown as {
      playbackRate(rate?: number): number;
      playbackRates?(): number[];
      textTracks(): { length: number; [i: number]: TrackLike };
      tech(safe: true): { vhs?: { representations?(): Representation[] } } | undefined;
      currentTime(time?: number): number;
      el(): HTMLElement;
      isInPictureInPicture(): boolean;
      requestPictureInPicture(): Promise<unknown>;
      exitPictureInPicture(): Promise<unknown>;
      getChild(name: string): { updateDisplay?(): void } | undefined;
    };
  }

  /** The title of a panel (the menu's accessible name). */
  title(panel: Panel): string {
    const { t } = this.host.i18n();
    return { main: t.controlsSettings, speed: t.controlsSpeed, captions: t.controlsCaptions, chapters: t.controlsChapters, quality: t.controlsQuality }[panel];
  }

  /** The lines of `panel`. */
  items(panel: Panel): Item[] {
    if (panel === 'main') return this.main();
    const back: Item = {
      label: this.title(panel),
      ariaLabel: `${this.host.i18n().t.controlsMenuBack}: ${this.title(panel)}`,
      className: 'news-settings-back',
      opens: 'main',
    };
    const lines = panel === 'speed' ? this.speeds() : panel === 'captions' ? this.captions() : panel === 'chapters' ? this.chapters() : this.qualities();
    return [back, ...lines];
  }

  private main(): Item[] {
    const { t } = this.host.i18n();
    const items: Item[] = [{ label: t.controlsSpeed, value: this.speedLabel(this.vjs.playbackRate() || 1), opens: 'speed' }];
    const tracks = this.tracks();
    if (tracks.length) {
      const showing = tracks.find((track) => track.mode === 'showing');
      items.push({ label: t.controlsCaptions, value: showing ? showing.label || showing.language : t.controlsCaptionsNone, opens: 'captions' });
    }
    if (this.host.chapters().length) {
      const current = this.host.chapterAt(this.vjs.currentTime() || 0);
      items.push({ label: t.controlsChapters, ...(current ? { value: current.title } : {}), opens: 'chapters' });
    }
    const reps = this.representations();
    if (reps.length > 1) {
      const on = reps.filter((r) => r.enabled());
      items.push({ label: t.controlsQuality, value: on.length === 1 ? this.qualityLabel(on[0]) : t.controlsAuto, opens: 'quality' });
    }
    if (!this.audio) {
      items.push({ label: t.controlsCaptionsBelow, checkbox: true, checked: this.below, run: () => (this.below = !this.below) });
      // On narrow players these leave the bar (see the container queries) and are here instead.
      items.push({ label: t.copyLink, className: 'news-settings-narrow news-settings-copy', run: () => this.host.copyLink() });
      if (document.pictureInPictureEnabled) {
        const pip = this.player.localize('Picture-in-Picture');
        items.push({
          label: pip,
          className: 'news-settings-narrow news-settings-pip',
          run: () => void (this.vjs.isInPictureInPicture() ? this.vjs.exitPictureInPicture() : this.vjs.requestPictureInPicture()).catch(() => undefined),
        });
      }
    }
    return items;
  }

  private speeds(): Item[] {
    const rate = this.vjs.playbackRate() || 1;
    // The page's `playbackRates` option, when it gives one, else ours.
    const offered = this.vjs.playbackRates?.() ?? [];
    return (offered.length ? offered : SPEEDS).map((speed) => ({ label: this.speedLabel(speed), checked: speed === rate, run: () => this.vjs.playbackRate(speed) }));
  }

  private captions(): Item[] {
    const tracks = this.tracks();
    const { t } = this.host.i18n();
    const set = (pick: TrackLike | undefined) => {
      for (const track of tracks) track.mode = track === pick ? 'showing' : 'disabled';
    };
    return [
      { label: t.controlsCaptionsNone, checked: !tracks.some((track) => track.mode === 'showing'), run: () => set(undefined) },
      ...tracks.map((track) => ({ label: track.label || track.language, checked: track.mode === 'showing', run: () => set(track) })),
    ];
  }

  private chapters(): Item[] {
    const { lang } = this.host.i18n();
    const current = this.host.chapterAt(this.vjs.currentTime() || 0);
    const chapters = this.host.chapters();
    const guide = chapters.at(-1)?.start ?? 0;
    return chapters.map((chapter) => ({
      label: chapter.title,
      value: localDigits(formatTime(chapter.start, guide), lang),
      checked: chapter === current || (current !== undefined && chapter.start === current.start && chapter.title === current.title),
      run: () => void this.vjs.currentTime(chapter.start),
    }));
  }

  private qualities(): Item[] {
    const reps = this.representations();
    const on = reps.filter((r) => r.enabled());
    const all = on.length === reps.length;
    const only = (pick: Representation | undefined) => {
      for (const rep of reps) rep.enabled(!pick || rep === pick);
    };
    const sorted = [...reps].sort((a, b) => (b.height ?? 0) - (a.height ?? 0) || (b.bandwidth ?? 0) - (a.bandwidth ?? 0));
    return [
      { label: this.host.i18n().t.controlsAuto, checked: all, run: () => only(undefined) },
      ...sorted.map((rep) => ({ label: this.qualityLabel(rep), checked: !all && on.length === 1 && on[0] === rep, run: () => only(rep) })),
    ];
  }

  /** "Normal" for 1, else "1.5×" in the reader's digits. */
  private speedLabel(speed: number): string {
    const { lang, t } = this.host.i18n();
    if (speed === 1) return t.controlsNormalSpeed;
    let number = String(speed);
    try {
      number = new Intl.NumberFormat(lang).format(speed);
    } catch {
      // An invalid tag: as written.
    }
    return `${number}×`;
  }

  private qualityLabel(rep: Representation): string {
    const { lang } = this.host.i18n();
    return rep.height ? localDigits(`${rep.height}p`, lang) : localDigits(`${Math.round((rep.bandwidth ?? 0) / 1000)} kbps`, lang);
  }

  private tracks(): TrackLike[] {
    const list = this.vjs.textTracks();
    return Array.from({ length: list.length }, (_, i) => list[i]).filter((track) => track.kind === 'captions' || track.kind === 'subtitles');
  }

  private representations(): Representation[] {
    try {
      return this.vjs.tech(true)?.vhs?.representations?.() ?? [];
    } catch {
      return [];
    }
  }

  /** Captions sit in a band below the video (the player's box keeps its size). */
  get below(): boolean {
    return this.vjs.el().classList.contains(BELOW_CLASS);
  }

  set below(on: boolean) {
    this.vjs.el().classList.toggle(BELOW_CLASS, on);
    writeStorage(CAPTIONS_POSITION_KEY, on ? 'below' : 'over');
    this.vjs.getChild('TextTrackDisplay')?.updateDisplay?.();
  }
}

/** video.js's Component API, as far as the menu uses it. */
interface VjsComponent {
  el(): HTMLElement;
  contentEl(): HTMLElement;
  controlText(text?: string): string;
  buildCSSClass(): string;
  update(): void;
  pressButton(): void;
  handleClick(event?: Event): void;
  createMenu(): VjsComponent;
  options_: Record<string, unknown>;
}
type VjsComponentClass = new (player: Player, options?: object) => VjsComponent;

const registered = new WeakSet<VideoJs>();

/**
 * Defines and registers the settings menu on one videojs function, once (a function of its own for
 * the reason `registerControls` gives: classes made beside a player's host would keep it alive).
 */
export function registerSettings(videojs: VideoJs): void {
  if (registered.has(videojs)) return;
  registered.add(videojs);
  const MenuButton = videojs.getComponent('MenuButton') as unknown as VjsComponentClass;
  const MenuItem = videojs.getComponent('MenuItem') as unknown as VjsComponentClass;

  /** A line of the settings menu: an entry (opens a submenu), a choice, or an action. */
  class NewsSettingsItem extends MenuItem {
    declare options_: { item: Item; open(panel: Panel): void };
    constructor(player: Player, options: { item: Item; open(panel: Panel): void }) {
      const { item } = options;
      super(player, { ...options, label: item.label, selectable: item.checked !== undefined, multiSelectable: item.checkbox, selected: item.checked });
      const el = this.el();
      if (item.className) el.className += ` ${item.className}`;
      if (item.ariaLabel) el.setAttribute('aria-label', item.ariaLabel);
      if (item.opens && item.opens !== 'main') el.setAttribute('aria-haspopup', 'true');
      if (item.value !== undefined) {
        const value = document.createElement('span');
        value.className = 'news-menu-value';
        value.textContent = item.value;
        el.querySelector('.vjs-menu-item-text')?.after(value);
      }
    }
    override handleClick(): void {
      const { item, open } = this.options_;
      item.run?.();
      // After video.js's menu has closed itself for this click (Menu#handleTapClick).
      if (item.opens) setTimeout(() => open(item.opens!));
    }
  }

  /** The gear: a menu of panels, the main one first every time it opens. */
  class NewsSettingsButton extends MenuButton {
    declare options_: { model: SettingsModel; panel?: Panel };
    constructor(player: Player, options: { model: SettingsModel }) {
      super(player, { ...options, panel: 'main' });
      this.controlText(options.model.title('main'));
    }
    override buildCSSClass(): string {
      return `news-settings-button ${super.buildCSSClass()}`;
    }
    buildWrapperCSSClass(): string {
      return `news-settings-button ${(MenuButton.prototype as unknown as { buildWrapperCSSClass(): string }).buildWrapperCSSClass.call(this)}`;
    }
    createItems(): VjsComponent[] {
      const { model, panel = 'main' } = this.options_;
      const open = (next: Panel) => {
        this.options_.panel = next;
        this.update();
        this.pressButton();
      };
      const player = (this as unknown as { player_: Player }).player_;
      return model.items(panel).map((item) => new NewsSettingsItem(player, { item, open }));
    }
    override createMenu(): VjsComponent {
      const menu = super.createMenu();
      menu.contentEl().setAttribute('aria-label', this.options_.model.title(this.options_.panel ?? 'main'));
      return menu;
    }
    /**
     * Escape closes the menu and gives focus back to the gear. video.js 8.x's
     * MenuButton#handleSubmenuKeyDown means to but tests `!event.key === 'Tab'` (always false), so
     * focus stayed on a menu item that is no longer shown.
     */
    handleSubmenuKeyDown(event: KeyboardEvent): void {
      (MenuButton.prototype as unknown as { handleSubmenuKeyDown(e: KeyboardEvent): void }).handleSubmenuKeyDown.call(this, event);
      if (event.key === 'Escape') {
        event.preventDefault();
        (this as unknown as { focus(): void }).focus();
      }
    }
    override handleClick(event?: Event): void {
      // Opening: the main panel, with today's values.
      if (!(this as unknown as { buttonPressed_: boolean }).buttonPressed_) {
        this.options_.panel = 'main';
        this.update();
      }
      super.handleClick(event);
    }
  }

  videojs.registerComponent('NewsSettingsItem', NewsSettingsItem as never);
  videojs.registerComponent('NewsSettingsButton', NewsSettingsButton as never);
}

/** Remembers the speed from every `ratechange` (whoever changed it) and restores the reader's. */
export function rememberSpeed(player: Player): void {
  const p = player as unknown as { playbackRate(r?: number): number; defaultPlaybackRate(r?: number): number; on(t: string, f: () => void): void };
  const speed = rememberedSpeed();
  if (speed !== undefined && speed !== 1) {
    // The default too: loading a source resets the media element's rate to its default.
    p.defaultPlaybackRate(speed);
    p.playbackRate(speed);
  }
  p.on('ratechange', () => {
    const rate = Number(p.playbackRate());
    // Only the speeds a reader can choose here: a stall test's 4× or a paused 0 is not a choice.
    if (rate >= SPEEDS[0] && rate <= SPEEDS[SPEEDS.length - 1]) {
      writeStorage(SPEED_KEY, String(rate));
      if (p.defaultPlaybackRate() !== rate) p.defaultPlaybackRate(rate);
    }
  });
}

/** Whether the reader chose captions below the video. */
export function captionsBelowRemembered(): boolean {
  return readStorage(CAPTIONS_POSITION_KEY) === 'below';
}
