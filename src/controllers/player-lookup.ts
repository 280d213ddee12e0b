import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { NewsPlayer } from '../components/news-player/news-player.component.js';

import { isOf, tagSelector } from '../internal/tags.js';

/** The family (default tag) of the players the lookup searches for, under any tag they are registered as. */
const PLAYER = 'news-player';

/** Options of {@link PlayerLookupController}. */
export interface PlayerLookupOptions {
  /** Returns the id the host names in its `for` attribute, if any. */
  getFor: () => string | undefined | null;
  /** Called after the resolved player changed (`undefined` when there is none any more). */
  onChange: (player: NewsPlayer | undefined, previous: NewsPlayer | undefined) => void;
}

/** True once `player`'s element is upgraded (before that its properties are not its own yet). */
export const upgraded = (player: NewsPlayer): boolean => typeof player.play === 'function';

/** Runs `then` once `player`'s element is upgraded: at once when it is, else when it is defined. */
export function whenUpgraded(player: NewsPlayer, then: () => void): void {
  if (upgraded(player)) then();
  else void customElements.whenDefined(player.localName).then(then);
}

/** The closest `<news-player>` above `el`, crossing shadow roots (a player may render its host). */
function closestPlayer(el: Element): NewsPlayer | undefined {
  let node: Element | null = el.parentElement ?? (el.parentNode instanceof ShadowRoot ? el.parentNode.host : null);
  while (node) {
    const found = node.closest(tagSelector(PLAYER));
    if (found) return found as NewsPlayer;
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return undefined;
}

/**
 * Finds the `<news-player>` an element follows: the one its `for` attribute names, looked up in
 * the element's own root (document or shadow root, never `document` from inside a shadow tree);
 * without `for`, the closest ancestor player; else the only player in the same root; else none.
 *
 * The reference is kept while the host is connected and released on disconnect. The host calls
 * {@link resolve} when `for` changes; a page still being parsed is looked at again once it is.
 */
export class PlayerLookupController implements ReactiveController {
  private current: NewsPlayer | undefined;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: PlayerLookupOptions,
  ) {
    host.addController(this);
  }

  /** The player found, `undefined` when there is none. */
  get player(): NewsPlayer | undefined {
    return this.current;
  }

  hostConnected(): void {
    this.resolve();
    // A transcript placed before its player in a page that is still loading finds it later.
    if (typeof document !== 'undefined' && document.readyState === 'loading') {
      document.addEventListener('DOMContentLoaded', this.onParsed, { once: true });
    }
  }

  hostDisconnected(): void {
    document.removeEventListener('DOMContentLoaded', this.onParsed);
    this.set(undefined);
  }

  /** Looks the player up again and reports a change through `onChange`. */
  resolve(): void {
    this.set(this.host.isConnected ? this.find() : undefined);
  }

  private onParsed = (): void => this.resolve();

  private find(): NewsPlayer | undefined {
    const root = this.host.getRootNode() as Document | ShadowRoot;
    const id = this.options.getFor();
    if (id) {
      const named = typeof root.getElementById === 'function' ? root.getElementById(id) : null;
      return isOf(PLAYER, named) ? (named as NewsPlayer) : undefined;
    }
    const ancestor = closestPlayer(this.host);
    if (ancestor) return ancestor;
    if (typeof root.querySelectorAll !== 'function') return undefined;
    const all = root.querySelectorAll(tagSelector(PLAYER));
    return all.length === 1 ? (all[0] as NewsPlayer) : undefined;
  }

  private set(player: NewsPlayer | undefined): void {
    const previous = this.current;
    if (player === previous) return;
    this.current = player;
    this.options.onChange(player, previous);
  }
}
