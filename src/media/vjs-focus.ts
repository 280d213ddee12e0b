// Focus that stays with the reader in video.js's menus and dialogs. Part of the engine's lazy chunk.
//
// video.js's focus code reads `document.activeElement`, which is our shadow host while focus is
// inside the player, so its menus and dialogs lose focus to `<body>` in a shadow root. Fixed here,
// in our layer: a capture-phase keydown listener on the player's element and per-instance
// overrides. video.js's prototypes are never patched: a page may share its own video.js with us.
//
// Upstream bugs worked around (video.js 8.24.1, src/js/…):
// - menu/menu-button.js `handleSubmenuKeyDown` and `handleKeyDown`: `!event.key === 'Tab'` is
//   never true, so Escape closes the menu without returning focus to its button (focus falls to
//   `<body>`, the focused item being hidden); `handleKeyDown` tests `event.key === 'Up'`/`'Down'`,
//   names no browser sends, so the arrows never open a menu. (videojs/video.js#8916, for #8915, fixed
//   `'Esc'` → `'Escape'` in 8.x but left both tests.)
// - modal-dialog.js `conditionalFocus_`: `playerEl.contains(document.activeElement)` is false in
//   a shadow root, so an opened dialog never takes focus and `conditionalBlur_` has nowhere to
//   return it; `handleKeyDown` compares `document.activeElement` with the dialog and
//   `focusableEls_` counts `tabindex="-1"` and hidden elements (`getAttribute(…) !== -1`), so Tab
//   can leave the dialog. (The focus move and trap came with videojs/video.js#4025 and #4075, written
//   for a light-DOM player.)
import type { Player } from './videojs-loader.js';
import { adoptCss } from '../internal/css-sheet.js';

/**
 * Dialogs (the captions settings, the shortcuts) fit the player's box and scroll inside it, so no
 * control is outside it; the captions settings go to one column on a narrow player.
 */
const CSS = `
.stage .video-js .vjs-modal-dialog {
  inset: 0;
  height: auto;
  overflow: auto;
  overscroll-behavior: contain;
}
.stage .video-js .vjs-modal-dialog .vjs-modal-dialog-content {
  position: relative;
  height: auto;
  min-height: 100%;
}
.stage .video-js .vjs-text-track-settings .vjs-modal-dialog-content {
  padding-bottom: 12px;
}
.stage .video-js .vjs-text-track-settings fieldset span > select {
  max-width: 100%;
}
@container (max-width: 560px) {
  .stage .video-js .vjs-text-track-settings .vjs-modal-dialog-content {
    grid-template-columns: 1fr;
    padding: 12px 12px 8px;
  }
  .stage .video-js .vjs-text-track-settings fieldset {
    margin: 4px 0;
    padding: 0;
  }
  .stage .video-js .vjs-text-track-settings .vjs-track-settings-controls {
    text-align: start;
  }
}
`;

/** The parts of video.js's Component API used here. */
interface Comp {
  el(): HTMLElement;
  children(): Comp[];
}
interface MenuButtonLike extends Comp {
  menu: Comp;
  menuButton_: Comp & { focus(): void };
  buttonPressed_?: boolean;
  pressButton(): void;
  unpressButton(): void;
}
export interface DialogLike extends Comp {
  opened(): boolean;
  close(): void;
  closeable(): boolean;
  focus(): void;
  conditionalFocus_(): void;
  conditionalBlur_(): void;
  previouslyActiveEl_: HTMLElement | null;
}

const isMenuButton = (c: Comp): c is MenuButtonLike =>
  typeof (c as MenuButtonLike).unpressButton === 'function' && Boolean((c as MenuButtonLike).menu && (c as MenuButtonLike).menuButton_);
const isDialog = (c: Comp): c is DialogLike => typeof (c as DialogLike).opened === 'function' && typeof (c as DialogLike).close === 'function';

/** The deepest component under `root` that passes `test` and holds `node`. */
function deepest<T extends Comp>(root: Comp, node: Node, test: (c: Comp) => c is T): T | undefined {
  for (const child of root.children?.() ?? []) {
    const el = child?.el?.();
    if (!el || !el.contains(node)) continue;
    return deepest(child, node, test) ?? (test(child) ? child : undefined);
  }
  return undefined;
}

/** The focused element in `el`'s root, looking inside shadow roots (`document.activeElement` is our host). */
export function activeIn(el: Element): Element | null {
  let active = (el.getRootNode() as Document | ShadowRoot).activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

const shown = (el: HTMLElement): boolean => (el.checkVisibility ? el.checkVisibility({ visibilityProperty: true } as CheckVisibilityOptions) : el.getClientRects().length > 0);

/** The controls Tab reaches inside `dialog`, in order. */
function focusables(dialog: HTMLElement): HTMLElement[] {
  return [...dialog.querySelectorAll<HTMLElement>('button, [href], input, select, textarea, [tabindex]')].filter(
    (el) => !(el as HTMLButtonElement).disabled && el.getAttribute('tabindex') !== '-1' && shown(el),
  );
}

/** Where focus goes back to from what had it: a menu's item is hidden with its menu, so its button. */
function opener(active: Element): HTMLElement {
  const menu = active.closest('.vjs-menu');
  return (menu?.parentElement?.querySelector<HTMLElement>(':scope > button') ?? active) as HTMLElement;
}

const returned = new WeakSet<DialogLike>();

/**
 * Makes `dialog` (a video.js ModalDialog) take focus when it opens from inside the player and give
 * it back to what opened it (a menu item's button) when it closes. Per instance, not per class.
 */
export function keepDialogFocus(dialog: DialogLike | undefined, player: Player): void {
  if (!dialog || returned.has(dialog)) return;
  returned.add(dialog);
  const playerEl = player.el() as HTMLElement;
  dialog.conditionalFocus_ = () => {
    const active = activeIn(playerEl);
    dialog.previouslyActiveEl_ = null;
    if (active && playerEl.contains(active)) {
      dialog.previouslyActiveEl_ = opener(active);
      dialog.el().focus({ preventScroll: true });
    }
  };
  dialog.conditionalBlur_ = () => {
    const back = dialog.previouslyActiveEl_;
    dialog.previouslyActiveEl_ = null;
    if (!back) return;
    (back.isConnected && shown(back) ? back : playerEl).focus({ preventScroll: true });
  };
}

/**
 * Keyboard in the player's menus and dialogs: Escape closes a menu and focuses its button, the
 * arrows open a menu from its button, Tab and Shift+Tab go round an open dialog's controls, Escape
 * closes the dialog (focus returns where {@link keepDialogFocus} says, else to the player).
 * Returns a function that removes the listener.
 */
export function installFocus(player: Player): () => void {
  const playerEl = player.el() as HTMLElement;
  const root = player as unknown as Comp;
  adoptCss(playerEl.getRootNode(), CSS);
  const onKeyDown = (event: KeyboardEvent): void => {
    if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
    const target = event.composedPath()[0];
    if (!(target instanceof HTMLElement)) return;
    const dialogEl = target.closest<HTMLElement>('.vjs-modal-dialog');
    if (dialogEl && !dialogEl.classList.contains('vjs-hidden')) {
      if (event.key === 'Tab') {
        const list = focusables(dialogEl);
        const i = list.indexOf(target);
        const next = event.shiftKey ? (i <= 0 ? list.at(-1) : list[i - 1]) : i < 0 || i === list.length - 1 ? list[0] : list[i + 1];
        (next ?? dialogEl).focus();
      } else if (event.key === 'Escape') {
        const dialog = deepest(root, target, isDialog);
        if (!dialog?.opened() || !dialog.closeable()) return;
        dialog.close();
        // A dialog whose opener nobody noted: focus would stay hidden in it, then fall to <body>.
        const now = activeIn(document.documentElement);
        if (!now || now === document.body || dialogEl.contains(now)) playerEl.focus({ preventScroll: true });
      } else return;
      event.preventDefault();
      event.stopPropagation();
      return;
    }
    if (event.key === 'Escape' && target.closest('.vjs-menu')) {
      const button = deepest(root, target, isMenuButton);
      if (!button) return;
      button.unpressButton();
      button.menuButton_.focus();
    } else if ((event.key === 'ArrowDown' || event.key === 'ArrowUp') && !event.shiftKey) {
      const button = deepest(root, target, isMenuButton);
      if (!button || button.menuButton_.el() !== target || button.buttonPressed_) return;
      button.pressButton();
    } else return;
    event.preventDefault();
    event.stopPropagation();
  };
  playerEl.addEventListener('keydown', onKeyDown, true);
  return () => playerEl.removeEventListener('keydown', onKeyDown, true);
}
