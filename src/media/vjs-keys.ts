// Keyboard shortcuts as readers know them from YouTube, the shortcuts help dialog, and Replay when
// a clip ends. Part of the engine's lazy chunk: nothing of it weighs before play.
//
// Where keys act: in the focused player (a capture-phase listener on its element, before video.js's
// controls, which stop every key they see); on `<body>`, in the last used player, the keys that
// have no meaning of their own there (letters, digits, `<`, `>`, `?`: the arrows, Space, Home and
// End keep scrolling the article); on a transcript's cue or a timestamp tied to a player, that
// player's letter keys (`k` plays and pauses; Space and Enter keep their native meaning). Never in
// a field, with Ctrl/Meta/Alt, or when the page has handled the key already (`defaultPrevented`).
//
// video.js's own hotkeys are off (`userActions.hotkeys: false`): in video.js 8.24.1, player.js
// `handleKeyDown` tells a form field by `this.el_.ownerDocument.activeElement` (our host, inside a
// shadow root), and component.js `handleKeyDown` stops every key a focused control does not use,
// so a page-level listener never sees keys pressed in the player: hence the capture phase here.
import type { Player, VideoJs } from './videojs-loader.js';
import type { Translation } from '../i18n/translation.js';
import { spokenTime } from '../i18n/spoken.js';
import { isOf } from '../internal/tags.js';
import { adoptCss } from '../internal/css-sheet.js';
import { writeCaptionsChoice } from './captions-choice.js';
import { activeIn, installFocus, keepDialogFocus, type DialogLike } from './vjs-focus.js';

/** What a `<news-player>` lends its shortcuts. */
export interface KeysHost {
  /** The `<news-player>` element (transcripts and timestamps name it as their player). */
  element: HTMLElement;
  /** The reader's language (BCP 47) and its translation. */
  i18n(): { lang: string; t: Translation };
  /** Says `text` in the player's polite status region. */
  announce(text: string): void;
  /** Where a replay starts (the linked range's start), else 0. */
  start(): number;
  /** False when the page brings its own `userActions.hotkeys` (then only menus and dialogs are ours). */
  shortcuts: boolean;
}

/** Handle on one player's keyboard. */
export interface Keys {
  /** The captions settings dialog was built after the player (a handover): keep its focus too. */
  dressed(): void;
}

/** The rates `<` and `>` step through when video.js has none. */
const RATES = [0.5, 0.75, 1, 1.25, 1.5, 1.75, 2];
/** Keys that act on a transcript's cue or a timestamp, and on `<body>`. */
const AWAY = new Set(['k', 'j', 'l', 'm', 'c', 'f', '<', '>', '?']);
const DIGIT = /^[0-9]$/;

const players = new Map<Element, Shortcuts>();
let last: Shortcuts | undefined;

/** A key the page's own (or the browser's) handling owns. */
function pageOwns(event: KeyboardEvent): boolean {
  if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || event.isComposing) return true;
  const target = event.composedPath()[0];
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || target.matches('input, textarea, select');
}

/** The one document listener: keys on `<body>` and on the elements tied to a player. */
function onDocumentKeyDown(event: KeyboardEvent): void {
  if (pageOwns(event)) return;
  const path = event.composedPath();
  if (path.some((node) => players.has(node as Element))) return;
  const key = event.key.length === 1 ? event.key.toLowerCase() : event.key;
  for (const node of path) {
    if (node instanceof Element && (isOf('news-transcript', node) || isOf('news-timestamp', node))) {
      const player = (node as Element & { player?: Element }).player;
      const shortcuts = player && players.get(player);
      if (shortcuts && AWAY.has(key)) shortcuts.run(event, key);
      return;
    }
  }
  const target = path[0];
  if ((target === document.body || target === document.documentElement || target === document) && (AWAY.has(key) || DIGIT.test(key))) last?.run(event, key);
}

const registered = new WeakSet<VideoJs>();

/** Defines the shortcuts dialog on one videojs function, once (a function of its own: see registerControls). */
export function registerKeys(videojs: VideoJs): void {
  if (registered.has(videojs)) return;
  registered.add(videojs);
  const ModalDialog = videojs.getComponent('ModalDialog') as unknown as new (player: Player, options: object) => object;
  /** The shortcuts help: a modal dialog named by its title, its keys in the reader's language. */
  class NewsShortcutsDialog extends ModalDialog {
    buildCSSClass(): string {
      return `news-shortcuts ${(ModalDialog.prototype as { buildCSSClass(): string }).buildCSSClass.call(this)}`;
    }
  }
  videojs.registerComponent('NewsShortcutsDialog', NewsShortcutsDialog as never);
}

/** Styles of the shortcuts dialog and of Replay. */
const CSS = `
.stage .video-js .news-shortcuts {
  background: rgb(0 0 0 / 0.88);
  color: #fff;
}
.stage .video-js .news-shortcuts h2 {
  margin: 0 2.5em 0.5em 0;
  font-size: 1.2em;
}
.stage .video-js .news-shortcuts dl {
  display: grid;
  grid-template-columns: max-content 1fr;
  gap: 0.3em 1em;
  margin: 0;
}
.stage .video-js .news-shortcuts dd {
  margin: 0;
}
.stage .video-js .news-shortcuts kbd {
  display: inline-block;
  min-width: 1.6em;
  padding: 0 0.3em;
  border: 1px solid currentColor;
  border-radius: 3px;
  font: inherit;
  text-align: center;
}
@container (max-width: 400px) {
  .stage .video-js .news-shortcuts dl {
    grid-template-columns: 1fr;
    gap: 0;
  }
  .stage .video-js .news-shortcuts dd {
    margin-bottom: 0.4em;
  }
}
/* Replay: the big button comes back when the clip ends, with video.js's replay icon. */
.stage .video-js.vjs-ended .vjs-big-play-button {
  display: block;
}
.stage .video-js.vjs-ended .vjs-big-play-button .vjs-icon-placeholder::before {
  content: "\\f11b";
}
`;

interface Track {
  kind: string;
  language: string;
  mode: string;
}
interface Comp {
  el(): HTMLElement;
  getChild(name: string): Comp | undefined;
  addChild(name: string, options?: object): Comp;
  controlText(text?: string): string;
  focus(): void;
}

/** One player's shortcuts. */
class Shortcuts {
  private help: (Comp & DialogLike & { open(): void; fill(): void }) | undefined;

  constructor(
    private readonly player: Player,
    private readonly host: KeysHost,
  ) {}

  private get t(): Translation {
    return this.host.i18n().t;
  }

  private spoken(seconds: number): string {
    const { lang, t } = this.host.i18n();
    return spokenTime(seconds, lang, t);
  }

  /** Acts on `key` for this player; true when it did (the event is then the player's). */
  run(event: KeyboardEvent, key: string): boolean {
    const act = this.action(key);
    if (!act) return false;
    event.preventDefault();
    event.stopPropagation();
    last = this;
    act();
    (this.player as unknown as { reportUserActivity?(e?: unknown): void }).reportUserActivity?.();
    return true;
  }

  private action(key: string): (() => void) | undefined {
    const p = this.player;
    const t = this.t;
    const seek = (by: number) => () => {
      const duration = Number(p.duration());
      const now = Number(p.currentTime()) || 0;
      p.currentTime(Math.max(0, Math.min(Number.isFinite(duration) && duration > 0 ? duration : Infinity, now + by)));
      this.host.announce((by > 0 ? t.controlsForward : t.controlsBack)(this.spoken(Math.abs(by))));
    };
    const to = (fraction: number) => () => {
      const duration = Number(p.duration());
      if (!(duration > 0) || !Number.isFinite(duration)) return;
      p.currentTime(duration * fraction);
      this.host.announce(t.controlsPosition(this.spoken(duration * fraction)));
    };
    if (DIGIT.test(key)) return to(Number(key) / 10);
    switch (key) {
      case ' ':
      case 'k':
        return () => {
          if (p.paused()) void p.play()?.catch(() => undefined);
          else p.pause();
        };
      case 'ArrowLeft':
        return seek(-5);
      case 'ArrowRight':
        return seek(5);
      case 'j':
        return seek(-10);
      case 'l':
        return seek(10);
      case 'Home':
        return to(0);
      case 'End':
        return to(1);
      case 'ArrowUp':
      case 'ArrowDown':
        return () => {
          const was = p.volume() ?? 1;
          const volume = Math.round(Math.max(0, Math.min(1, was + (key === 'ArrowUp' ? 0.05 : -0.05))) * 100) / 100;
          p.volume(volume);
          if (key === 'ArrowUp' && p.muted()) p.muted(false);
          this.host.announce(t.controlsVolume(this.format(volume, { style: 'percent' })));
        };
      case 'm':
        return () => {
          p.muted(!p.muted());
          this.host.announce(p.muted() ? t.controlsMuted : t.controlsUnmuted);
        };
      case '<':
      case '>':
        return () => {
          const listed = (p as unknown as { playbackRates?(): number[] }).playbackRates?.() ?? [];
          const rates = [...(listed.length ? listed : RATES)].sort((a, b) => a - b);
          const now = Number(p.playbackRate()) || 1;
          const next = key === '>' ? rates.find((r) => r > now + 1e-6) : [...rates].reverse().find((r) => r < now - 1e-6);
          const rate = next ?? now;
          if (next !== undefined) p.playbackRate(next);
          this.host.announce(t.controlsSpeedIs(`${this.format(rate, { maximumFractionDigits: 2 })}×`));
        };
      case 'f':
        return () => {
          if (p.isFullscreen()) void p.exitFullscreen();
          else void p.requestFullscreen();
        };
      case 'c':
        return () => this.toggleCaptions();
      case '?':
        return () => this.openHelp();
      default:
        return undefined;
    }
  }

  private format(n: number, options: Intl.NumberFormatOptions): string {
    try {
      return new Intl.NumberFormat(this.host.i18n().lang, options).format(n);
    } catch {
      return String(n);
    }
  }

  /** Captions off when some show, else on in the reader's language (else the first); remembered. */
  private toggleCaptions(): void {
    const list = this.player.textTracks() as unknown as ArrayLike<Track>;
    const tracks = Array.from({ length: list.length }, (_, i) => list[i]).filter((x) => x.kind === 'captions' || x.kind === 'subtitles');
    const t = this.t;
    if (tracks.length === 0) return this.host.announce(t.controlsNoCaptions);
    const showing = tracks.some((x) => x.mode === 'showing');
    const lang = this.host.i18n().lang.split('-')[0];
    const pick = showing ? undefined : (tracks.find((x) => x.language.split('-')[0] === lang) ?? tracks[0]);
    for (const track of tracks) track.mode = track === pick ? 'showing' : 'disabled';
    writeCaptionsChoice(pick ? { on: true, ...(pick.language ? { language: pick.language } : {}) } : { on: false });
    this.host.announce(pick ? t.controlsCaptionsOn : t.controlsCaptionsOff);
  }

  /** The shortcuts dialog, made at the first `?`, filled in the reader's language at each opening. */
  openHelp(): void {
    const player = this.player;
    if (!this.help) {
      this.help = (player as unknown as Comp).addChild('NewsShortcutsDialog', {
        temporary: false,
        pauseOnOpen: false,
        fillAlways: true,
        content: () => this.helpContent(),
      }) as never;
      keepDialogFocus(this.help, player);
    }
    const help = this.help!;
    const el = help.el();
    el.setAttribute('aria-label', this.t.controlsShortcuts);
    // Focus is in the player, on an element tied to it or on <body>: the dialog takes it from any.
    const active = activeIn(document.documentElement);
    help.open();
    if (!active || !(player.el() as HTMLElement).contains(active)) {
      help.previouslyActiveEl_ = active instanceof HTMLElement && active !== document.body ? active : (player.el() as HTMLElement);
      el.focus({ preventScroll: true });
    }
  }

  private helpContent(): HTMLElement[] {
    const t = this.t;
    const rows: [string[], string][] = [
      [['k', t.controlsKeySpace], t.controlsKeyPlay],
      [['←', '→'], t.controlsKeySeek(this.spoken(5))],
      [['j', 'l'], t.controlsKeySeek(this.spoken(10))],
      [['↑', '↓'], t.controlsKeyVolume],
      [[t.controlsKeyHome, t.controlsKeyEnd], t.controlsKeyStartEnd],
      [['0', '…', '9'], t.controlsKeyPercent],
      [['<', '>'], t.controlsKeySpeed],
      [['m'], t.controlsKeyMute],
      [['c'], t.controlsKeyCaptions],
      [['f'], t.controlsKeyFullscreen],
      [['?'], t.controlsShortcuts],
    ];
    const title = document.createElement('h2');
    title.textContent = t.controlsShortcuts;
    const list = document.createElement('dl');
    for (const [keys, words] of rows) {
      const dt = document.createElement('dt');
      keys.forEach((k, i) => {
        if (i) dt.append(' ');
        if (k === '…') return dt.append(k);
        const kbd = document.createElement('kbd');
        kbd.textContent = k;
        dt.append(kbd);
      });
      const dd = document.createElement('dd');
      dd.textContent = words;
      list.append(dt, dd);
    }
    return [title, list];
  }

  /** The player's own keys: those its focused control does not own. */
  onKeyDown = (event: KeyboardEvent): void => {
    if (pageOwns(event)) return;
    const target = event.composedPath()[0];
    if (!(target instanceof HTMLElement)) return;
    const playerEl = this.player.el() as HTMLElement;
    if (target.closest('.vjs-modal-dialog:not(.vjs-hidden)')) return;
    const key = event.key.length === 1 ? event.key.toLowerCase() : event.key;
    const control = target !== playerEl && target.matches('button, a[href], [role="button"], [role="slider"], [role^="menuitem"], [role="checkbox"]');
    // Space and Enter press the focused control; sliders and menus own their arrows, Home/End, digits.
    if ((key === ' ' || key === 'Enter') && control) return;
    const steering = /^(Arrow|Home|End|Page)/.test(key) || DIGIT.test(key);
    if (steering && (target.matches('[role="slider"]') || target.closest('.vjs-menu'))) return;
    this.run(event, key);
  };
}

/**
 * Turns on one player's keyboard: menus and dialogs that keep focus (./vjs-focus.ts), the
 * shortcuts, the help dialog, and the big button as Replay once the clip has ended.
 */
export function installKeys(videojs: VideoJs, player: Player, host: KeysHost): Keys {
  registerKeys(videojs);
  const playerEl = player.el() as HTMLElement;
  adoptCss(playerEl.getRootNode(), CSS);
  const removeFocus = installFocus(player);
  const settings = () => (player as unknown as Comp).getChild('textTrackSettings') as (Comp & DialogLike) | undefined;
  keepDialogFocus(settings(), player);

  const shortcuts = new Shortcuts(player, host);
  const onUse = () => (last = shortcuts);
  if (host.shortcuts) {
    players.set(host.element, shortcuts);
    if (players.size === 1) document.addEventListener('keydown', onDocumentKeyDown);
    playerEl.addEventListener('keydown', shortcuts.onKeyDown, true);
    playerEl.addEventListener('pointerdown', onUse, true);
    playerEl.addEventListener('focusin', onUse);
    player.on('play', onUse);
  }

  // Replay: the big button names itself so when the clip has ended, and plays from the start.
  // Looked up each time: after a handover the button is built a task after the player.
  const big = () => (player as unknown as Comp).getChild('BigPlayButton');
  let ended = false;
  player.on('ended', () => {
    ended = true;
    big()?.controlText(host.i18n().t.controlsReplay);
  });
  player.on('play', () => {
    if (!ended) return;
    ended = false;
    big()?.controlText(player.localize('Play Video'));
    const start = host.start();
    if (start > 0) player.currentTime(start);
  });

  player.on('dispose', () => {
    removeFocus();
    playerEl.removeEventListener('keydown', shortcuts.onKeyDown, true);
    playerEl.removeEventListener('pointerdown', onUse, true);
    playerEl.removeEventListener('focusin', onUse);
    if (players.get(host.element) === shortcuts) players.delete(host.element);
    if (last === shortcuts) last = undefined;
    if (players.size === 0) document.removeEventListener('keydown', onDocumentKeyDown);
  });
  return { dressed: () => keepDialogFocus(settings(), player) };
}
