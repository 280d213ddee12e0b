// news-player's additions to video.js's control bar. Part of the engine's lazy chunk
// (src/engine/videojs-engine.ts), fetched with video.js, so none of it weighs on the poster
// card. Components are registered on the videojs function each player was made with: the core
// and full builds are separate copies with separate component registries.
// Imports are types only: anything shared with the poster card comes through the host, so this
// lazy chunk never reaches back into the entry file.
import type { Chapter } from './chapters.js';
import type { Player, VideoJs } from './videojs-loader.js';
import type { Translation } from '../i18n/translation.js';
import { spokenTime } from '../i18n/spoken.js';
import { videojsLanguage } from './videojs-lang.js';
import { adoptCss } from '../internal/css-sheet.js';
import { primaryLanguage, readCaptionsChoice, writeCaptionsChoice } from './captions-choice.js';
import { localDigits } from './digits.js';
import { formatTime } from './time.js';
import { installLayout } from './vjs-layout.js';
import { registerSettings } from './vjs-settings.js';

export { videojsLanguage };

/** What a `<news-player>` lends its video.js controls. */
export interface NewsControlsHost {
  /** The chapter at `time`, `undefined` outside every chapter. */
  chapterAt(time: number): Chapter | undefined;
  /** The clip's chapters now (may change, then {@link NewsControls.refresh} is called). */
  chapters(): readonly Chapter[];
  /** The clip's length for placing markers: the media's, else the `duration` hint, else NaN. */
  duration(): number;
  /** Copies a link to the current moment and confirms it (the control only asks). */
  copyLink(): void;
  /** The reader's language (BCP 47) and its translation, for the controls' words. */
  i18n(): { lang: string; t: Translation };
  /** The page's wish for captions (`captions` attribute): `on`, `off`, or none (the tracks' `default`). */
  captions(): 'on' | 'off' | undefined;
  /** An audio player: one row of controls, no captions band. */
  audio: boolean;
}

/** Handle on the controls added to one player. */
export interface NewsControls {
  /** Re-reads chapters and duration: markers, current chapter, tooltips. */
  refresh(): void;
  /** Re-reads the labels after a language change (video.js's own, its pack fetched first). */
  relabel(): Promise<void>;
  /** The menus were built after the player (a handover): name the chapter menu. */
  dressed(): void;
}

/** The parts of video.js's Component API used here. */
interface VjsComponent {
  el(): HTMLElement;
  addChild(child: string, options?: object, index?: number): VjsComponent;
  getChild(name: string): VjsComponent | undefined;
  children(): VjsComponent[];
  name(): string;
  addClass(name: string): void;
  removeClass(name: string): void;
  controlText(text?: string): string;
  buildCSSClass(): string;
}
type VjsComponentClass = new (player: Player, options?: object) => VjsComponent;
interface Tooltip extends VjsComponent {
  updateTime(rect: unknown, point: number, time: number, cb?: () => void): void;
  write(content: string): void;
}

const SVG = 'http://www.w3.org/2000/svg';
/** A chain link: "copy link", not a share sheet. */
const LINK_ICON =
  'M10.6 13.4a1 1 0 0 1 0-1.4l3.5-3.5a1 1 0 1 1 1.4 1.4L12 13.4a1 1 0 0 1-1.4 0zM8.5 19.8a4.3 4.3 0 0 1-3-7.3l2.2-2.2a1 1 0 1 1 1.4 1.4l-2.2 2.2a2.3 2.3 0 0 0 3.3 3.3l2.2-2.2a1 1 0 1 1 1.4 1.4l-2.2 2.2a4.3 4.3 0 0 1-3.1 1.2zm8.7-6.7a1 1 0 0 1-.7-1.7l2.2-2.2a2.3 2.3 0 0 0-3.3-3.3l-2.2 2.2a1 1 0 1 1-1.4-1.4L14 4.5a4.3 4.3 0 0 1 6.1 6.1l-2.2 2.2a1 1 0 0 1-.7.3z';

function icon(path: string): SVGSVGElement {
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  svg.setAttribute('class', 'news-icon');
  const p = document.createElementNS(SVG, 'path');
  p.setAttribute('d', path);
  svg.append(p);
  return svg;
}

/**
 * Styles of the additions and of the player options they go with (`time-format`, live). Here
 * rather than in the component's styles so that none of it loads before a player does.
 */
const CSS = `
/* time-format: elapsed / duration only, or the remaining time only. */
.base.time-elapsed .video-js .vjs-remaining-time,
.base.time-remaining .video-js .vjs-current-time,
.base.time-remaining .video-js .vjs-time-divider,
.base.time-remaining .video-js .vjs-duration {
  display: none;
}
/* Live: no clock (video.js shows LIVE and, with a DVR window, back-to-live) and no time links. */
.stage .video-js.vjs-live .vjs-time-control,
.stage .video-js.vjs-live .vjs-time-divider,
.stage .video-js.vjs-live .news-copy-link,
.stage .video-js.vjs-live .news-current-chapter {
  display: none;
}
.stage .video-js .vjs-seek-to-live-control {
  min-width: 4.5em;
}

/* Copy link at current time. */
.stage .video-js .news-copy-link .vjs-icon-placeholder {
  display: flex;
  align-items: center;
  justify-content: center;
  height: 100%;
}
.stage .video-js .news-icon {
  width: 1.7em;
  height: 1.7em;
  fill: currentColor;
}

/* Chapters: ticks on the progress bar, the current one beside the time, titles in tooltips. */
.stage .video-js .news-chapter-markers {
  position: absolute;
  inset: 0;
  pointer-events: none;
  z-index: 1;
}
.stage .video-js .news-chapter-marker {
  position: absolute;
  top: 0;
  bottom: 0;
  width: 3px;
  margin-left: -1.5px;
  background: var(--news-player-chapter-marker, rgb(0 0 0 / 0.75));
}
/* Whole or not at all: hidden (its box kept) when it does not fit (vjs-layout.ts, fit()). */
/* Its basis is 0, so the bar's row never wraps for it (a wrapping row breaks lines on the
   items' content widths, before any shrinks): it grows into the free room, ahead of the spacer,
   up to its title's width; when the room is smaller, the title overflows and fit() hides it. */
.stage .video-js .news-current-chapter {
  flex: 1000 1 0;
  width: auto;
  max-width: max-content;
  min-width: 0;
  padding-inline: 0.2em 0.6em;
  line-height: 3em;
  overflow: hidden;
  white-space: nowrap;
}
.stage .video-js .news-current-chapter.news-clipped {
  visibility: hidden;
}
.stage .video-js .news-current-chapter.vjs-hidden {
  display: none;
}
.stage .video-js .vjs-time-tooltip {
  white-space: nowrap;
}
/* Hovering shows the time under the pointer only (the play position's would overlap it)... */
.stage .video-js .vjs-progress-control:hover .vjs-play-progress .vjs-time-tooltip {
  visibility: hidden;
}
/* ...and keyboard users see the play position's time and chapter while the slider has focus. */
.stage .video-js .vjs-progress-holder:focus-visible .vjs-play-progress .vjs-time-tooltip {
  display: block;
  visibility: visible;
}
`;


/** Adopts the controls' stylesheet (one shared constructable sheet) into the player's shadow root. */
function adoptStyles(player: Player): void {
  adoptCss(player.el()?.getRootNode(), CSS);
}

/**
 * Gives one player the words of a language, without `videojs.addLanguage()` (which changes every
 * player of that `videojs`, the page's own among them). The player must be created with a
 * `languages` option of its own (video.js otherwise shares its global dictionary).
 */
export function addPlayerLanguage(player: Player, language: { code: string; strings: Record<string, string> }): void {
  const own = (player as unknown as { languages_?: Record<string, Record<string, string>> }).languages_;
  if (own) own[language.code.toLowerCase()] = { ...own[language.code.toLowerCase()], ...language.strings };
}

const registered = new WeakSet<VideoJs>();

/**
 * Defines and registers the components on one videojs function, once. It must stay a function of
 * its own, never inlined into `installControls`: classes defined inside a function that also holds
 * a player's host share its closure and keep the first player alive for the page's life. Exported
 * and called by the player's engine first for that reason: a minifier inlines a function used once
 * (terser turned it into an IIFE inside `installControls`), not one used from another module.
 */
export function registerControls(videojs: VideoJs): void {
  if (registered.has(videojs)) return;
  registered.add(videojs);
  registerSettings(videojs);
  const Button = videojs.getComponent('Button') as unknown as VjsComponentClass;
  const Component = videojs.getComponent('Component') as unknown as VjsComponentClass;

  /** "Copy link at current time": asks the host, which copies and announces. */
  class NewsCopyLinkButton extends Button {
    declare options_: { host: NewsControlsHost };
    constructor(player: Player, options: { host: NewsControlsHost }) {
      super(player, options);
      this.controlText(options.host.i18n().t.copyLink);
      this.el().querySelector('.vjs-icon-placeholder')?.append(icon(LINK_ICON));
    }
    override buildCSSClass(): string {
      return `news-copy-link ${super.buildCSSClass()}`;
    }
    handleClick(): void {
      this.options_.host.copyLink();
    }
  }

  /** Ticks on the progress bar where each chapter after the first begins. */
  class NewsChapterMarkers extends Component {
    constructor(player: Player, options: { host: NewsControlsHost }) {
      super(player, options);
      const el = this.el();
      el.className = 'news-chapter-markers';
      el.setAttribute('aria-hidden', 'true');
    }
  }

  /** The current chapter's title, beside the time. */
  class NewsCurrentChapter extends Component {
    constructor(player: Player, options: { host: NewsControlsHost }) {
      super(player, options);
      const el = this.el();
      el.className = 'vjs-control news-current-chapter vjs-hidden';
    }
  }

  videojs.registerComponent('NewsCopyLinkButton', NewsCopyLinkButton as never);
  videojs.registerComponent('NewsChapterMarkers', NewsChapterMarkers as never);
  videojs.registerComponent('NewsCurrentChapter', NewsCurrentChapter as never);
}

/** Index of the first child of `bar` named one of `names`, else the end. */
function indexOf(bar: VjsComponent, names: string[]): number {
  const children = bar.children();
  const i = children.findIndex((c) => names.includes(c.name?.() ?? ''));
  return i < 0 ? children.length : i;
}

/**
 * Adds to a player's control bar: the "Copy link at current time" button (before picture-in-picture
 * and fullscreen), chapter markers on the progress bar, the current chapter beside the time, and
 * the chapter's title in the progress bar's time tooltips and in its `aria-valuetext`.
 * video.js's own ChaptersButton is the chapter menu: it reads the chapters `<track>` once loaded.
 */
export function installControls(videojs: VideoJs, player: Player, host: NewsControlsHost): NewsControls {
  registerControls(videojs);
  adoptStyles(player);
  const root = player as unknown as VjsComponent;
  const bar = root.getChild('ControlBar');
  const noop: NewsControls = { refresh: () => undefined, relabel: () => Promise.resolve(), dressed: () => undefined };
  if (!bar) return noop;

  const share = bar.addChild('NewsCopyLinkButton', { host }, indexOf(bar, ['PictureInPictureToggle', 'FullscreenToggle']));
  const current = bar.addChild('NewsCurrentChapter', { host }, indexOf(bar, ['DurationDisplay']) + 1);
  const currentText = document.createElement('span');
  currentText.setAttribute('aria-hidden', 'true');
  const currentLabel = document.createElement('span');
  currentLabel.className = 'vjs-control-text';
  current.el().append(currentText, currentLabel);

  // video.js's chapter menu puts its title in a plain <li> among the menu items, which is not a
  // menu item: name the menu with it instead and take it out of the accessibility tree.
  const tidyChapters = (): void => {
    const chaptersButton = bar.getChild('ChaptersButton') as (VjsComponent & { menu?: VjsComponent; createMenu(): VjsComponent }) | undefined;
    if (!chaptersButton) return;
    const tidy = (menu: VjsComponent | undefined): void => {
      // Each chapter with its start, in the reader's digits.
      const { lang } = host.i18n();
      for (const item of (chaptersButton as unknown as { items?: (VjsComponent & { cue?: { startTime: number } })[] }).items ?? []) {
        if (!item.cue || item.el().querySelector('.news-menu-value')) continue;
        const time = document.createElement('span');
        time.className = 'news-menu-value';
        time.textContent = localDigits(formatTime(item.cue.startTime), lang);
        item.el().querySelector('.vjs-menu-item-text')?.after(time);
      }
      const list = menu?.el().querySelector('[role="menu"]');
      const title = list?.querySelector(':scope > .vjs-menu-title');
      if (!list || !title) return;
      title.setAttribute('role', 'none');
      title.setAttribute('aria-hidden', 'true');
      list.setAttribute('aria-label', title.textContent ?? '');
    };
    const createMenu = chaptersButton.createMenu.bind(chaptersButton);
    chaptersButton.createMenu = () => {
      const menu = createMenu();
      tidy(menu);
      return menu;
    };
    tidy(chaptersButton.menu);
  };
  tidyChapters();

  const layout = installLayout(videojs, player, bar, host, host.audio);
  const seekBar = bar.getChild('ProgressControl')?.getChild('SeekBar');
  const markers = seekBar?.addChild('NewsChapterMarkers', { host });
  const isLive = () => Boolean((player as unknown as { liveTracker?: { isLive(): boolean } }).liveTracker?.isLive());
  const currentTime = () => Number(player.currentTime()) || 0;

  let shownTitle: string | undefined;
  const showCurrent = (): void => {
    const chapter = isLive() ? undefined : host.chapterAt(currentTime());
    const title = chapter?.title ?? '';
    if (title === shownTitle) return;
    shownTitle = title;
    currentText.textContent = title;
    currentLabel.textContent = title ? host.i18n().t.currentChapter(title) : '';
    if (title) current.removeClass('vjs-hidden');
    else current.addClass('vjs-hidden');
    layout.fit();
  };

  let markedFor = '';
  const drawMarkers = (): void => {
    if (!markers) return;
    const duration = host.duration();
    const chapters = host.chapters();
    const key = `${duration}|${isLive()}|${chapters.map((c) => `${c.start}:${c.title}`).join('|')}`;
    if (key === markedFor) return;
    markedFor = key;
    const ticks =
      duration > 0 && Number.isFinite(duration) && !isLive()
        ? chapters
            .filter((c) => c.start > 0 && c.start < duration)
            .map((c) => {
              const tick = document.createElement('div');
              tick.className = 'news-chapter-marker';
              tick.style.left = `${(c.start / duration) * 100}%`;
              tick.dataset.start = String(c.start);
              tick.dataset.title = c.title;
              return tick;
            })
        : [];
    markers.el().replaceChildren(...ticks);
  };

  // Time tooltips: "0:03 · Middle", over the pointer and (on focus) over the play position.
  const tooltips = [
    seekBar?.getChild('MouseTimeDisplay')?.getChild('TimeTooltip'),
    seekBar?.getChild('PlayProgressBar')?.getChild('TimeTooltip'),
  ].filter(Boolean) as Tooltip[];
  for (const tooltip of tooltips) {
    const updateTime = tooltip.updateTime.bind(tooltip);
    const write = tooltip.write.bind(tooltip);
    let time = NaN;
    tooltip.updateTime = (rect, point, t, cb) => {
      time = t;
      updateTime(rect, point, t, cb);
    };
    tooltip.write = (content) => {
      const chapter = isLive() ? undefined : host.chapterAt(time);
      const clock = localDigits(content, host.i18n().lang);
      write(chapter ? `${clock} · ${chapter.title}` : clock);
    };
  }

  // The slider's spoken value, in words and in the reader's language, with the chapter:
  // "1 minute, 23 seconds of 2 minutes, 44 seconds, Middle" rather than video.js's "1:23 of 2:44".
  const slider = seekBar?.el();
  let written = '';
  const valueText = (force = false): void => {
    if (!slider) return;
    const value = slider.getAttribute('aria-valuetext') ?? '';
    if (!value || (value === written && !force)) return;
    const live = isLive();
    const time = currentTime();
    const duration = Number(player.duration());
    const { lang, t } = host.i18n();
    const spoken = !live && duration > 0 && Number.isFinite(duration) ? t.timeOf(spokenTime(time, lang, t), spokenTime(duration, lang, t)) : value;
    const chapter = live ? undefined : host.chapterAt(time);
    written = chapter ? `${spoken}, ${chapter.title}` : spoken;
    if (written !== value) slider.setAttribute('aria-valuetext', written);
  };
  if (slider && typeof MutationObserver !== 'undefined') {
    const observer = new MutationObserver(() => valueText());
    observer.observe(slider, { attributes: true, attributeFilter: ['aria-valuetext'] });
    player.on('dispose', () => observer.disconnect());
    // video.js throttles the bar's update without a trailing call, so a seek made while paused
    // just after another update left the bar (and its spoken value) where it was: redo both.
    const update = (seekBar as unknown as { update_?: () => void }).update_;
    player.on('seeked', () => {
      if (typeof update === 'function') update();
      valueText(true);
    });
  }

  player.on(['timeupdate', 'seeked', 'loadedmetadata', 'durationchange'], showCurrent);
  player.on(['durationchange', 'loadedmetadata'], drawMarkers);
  rememberCaptions(player, host);

  const refresh = (): void => {
    drawMarkers();
    shownTitle = undefined;
    showCurrent();
  };
  refresh();
  return {
    refresh,
    dressed: tidyChapters,
    relabel: async () => {
      const { lang, t } = host.i18n();
      share.controlText(t.copyLink);
      layout.relabel();
      shownTitle = undefined;
      showCurrent();
      const language = await videojsLanguage(lang, t).catch(() => undefined);
      if (player.isDisposed()) return;
      if (language) addPlayerLanguage(player, language);
      // Buttons relabel themselves on `languagechange`; names video.js sets once are redone here.
      player.language(language?.code ?? 'en');
      relabelVideojs(player);
      valueText(true);
    },
  };
}

/** video.js names it writes only when a control is made, written again in the player's language. */
function relabelVideojs(player: Player): void {
  const root = player.el() as HTMLElement;
  const say = (text: string) => player.localize(text);
  root.querySelector('.vjs-progress-holder')?.setAttribute('aria-label', say('Progress Bar'));
  root.querySelector('.vjs-volume-bar')?.setAttribute('aria-label', say('Volume Level'));
  const displays: [string, string][] = [
    ['.vjs-current-time', 'Current Time'],
    ['.vjs-duration', 'Duration'],
    ['.vjs-remaining-time', 'Remaining Time'],
  ];
  for (const [selector, text] of displays) {
    const label = root.querySelector(`${selector} .vjs-control-text`);
    if (label) label.textContent = `${say(text)}\u00a0`;
  }
  for (const [button, text] of [
    ['.vjs-chapters-button', 'Chapters'],
    ['.vjs-playback-rate', 'Playback Rate'],
  ]) {
    const title = root.querySelector(`${button} .vjs-menu-title`);
    if (title) title.textContent = say(text);
    root.querySelector(`${button} [role="menu"][aria-label]`)?.setAttribute('aria-label', say(text));
  }
}

// ---- captions: on by default where the page asks, and the reader's choice remembered ----------

export { CAPTIONS_KEY, readCaptionsChoice, type CaptionsChoice } from './captions-choice.js';

interface TextTrackLike {
  kind: string;
  language: string;
  label: string;
  mode: string;
}
interface TextTrackListLike {
  length: number;
  [index: number]: TextTrackLike;
  addEventListener(type: 'change', listener: () => void): void;
  removeEventListener(type: 'change', listener: () => void): void;
}

const primary = primaryLanguage;

/**
 * Shows captions from the start when the reader chose them before (remembered in
 * `localStorage[CAPTIONS_KEY]`), else when the page asks with `captions="on"`; hides them when the
 * reader turned them off before, else with `captions="off"`; else leaves the tracks' `default`.
 * The track shown is the one in the reader's chosen language, else the page's, else the
 * `default` one, else the first. Remembers what the reader picks in the captions menu.
 */
function rememberCaptions(player: Player, host: NewsControlsHost): void {
  const tracks = player.textTracks() as unknown as TextTrackListLike;
  const textTracks = (): TextTrackLike[] =>
    Array.from({ length: tracks.length }, (_, i) => tracks[i]).filter((t) => t.kind === 'captions' || t.kind === 'subtitles');
  const state = (): string => {
    const showing = textTracks().find((t) => t.mode === 'showing');
    return showing ? `on:${showing.language}:${showing.label}` : 'off';
  };
  let applied = '';
  let lastInput = -Infinity;

  const apply = (): void => {
    const list = textTracks();
    const attribute = host.captions();
    const choice = readCaptionsChoice() ?? (attribute ? { on: attribute === 'on' } : undefined);
    if (!choice || list.length === 0) return;
    let pick: TextTrackLike | undefined;
    if (choice.on) {
      const page = host.i18n().lang;
      pick =
        list.find((t) => choice.language && primary(t.language) === primary(choice.language)) ??
        list.find((t) => primary(t.language) === primary(page)) ??
        list.find((t) => t.mode === 'showing') ??
        list[0];
    }
    for (const t of list) {
      const mode = t === pick ? 'showing' : 'disabled';
      if (t.mode !== mode) t.mode = mode;
    }
    applied = state();
  };

  // Only changes that follow the reader's own input in the player are their choice: not ours
  // above, not the browser's automatic track selection.
  const onInput = (): void => {
    lastInput = performance.now();
  };
  const onChange = (): void => {
    const now = state();
    if (now === applied || performance.now() - lastInput > 1500) return;
    applied = now;
    const showing = textTracks().find((t) => t.mode === 'showing');
    writeCaptionsChoice(showing ? { on: true, ...(showing.language ? { language: showing.language } : {}) } : { on: false });
  };
  const el = player.el() as HTMLElement;
  el.addEventListener('pointerup', onInput, true);
  el.addEventListener('keydown', onInput, true);
  tracks.addEventListener('change', onChange);
  apply();
  // Tracks load with the media; the browser may select a `default` one then: apply again once.
  player.one('loadedmetadata', apply);
  player.on('dispose', () => {
    el.removeEventListener('pointerup', onInput, true);
    el.removeEventListener('keydown', onInput, true);
    tracks.removeEventListener('change', onChange);
  });
}
