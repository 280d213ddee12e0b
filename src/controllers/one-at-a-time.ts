import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** What "one at a time" needs of a player. */
export interface PagePlayer extends ReactiveControllerHost, HTMLElement {
  /** Neither pauses others nor is paused by them. */
  readonly independent: boolean;
  readonly paused: boolean;
  pause(): void;
}

/** Every connected player of the page, shadow trees included. */
const connected = new Set<PagePlayer>();

/** `el` and the shadow hosts above it, outermost first. */
function hostChain(el: Element): Element[] {
  const chain = [el];
  for (let root = el.getRootNode(); root instanceof ShadowRoot; root = root.host.getRootNode()) chain.unshift(root.host);
  return chain;
}

/** Negative when `a` comes before `b` in the page, reading shadow trees where their hosts are. */
function pageOrder(a: Element, b: Element): number {
  const ca = hostChain(a);
  const cb = hostChain(b);
  let i = 0;
  while (i < ca.length && i < cb.length && ca[i] === cb[i]) i++;
  if (i === ca.length || i === cb.length) return ca.length - cb.length; // a host comes before its shadow tree
  return ca[i].compareDocumentPosition(cb[i]) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
}

/**
 * A player among the page's players: one plays at a time (a player that starts pauses the
 * others, unless either is `independent`), and the page's first player is the one an unnamed
 * deep link (`#t=83`) opens.
 */
export class OneAtATimeController implements ReactiveController {
  constructor(private readonly host: PagePlayer) {
    host.addController(this);
  }

  hostConnected(): void {
    connected.add(this.host);
  }

  hostDisconnected(): void {
    connected.delete(this.host);
  }

  /** The host started playing: every other player that plays along pauses. */
  started(): void {
    const host = this.host;
    if (host.independent) return;
    for (const other of connected) {
      if (other !== host && !other.independent && !other.paused) other.pause();
    }
  }

  /** True when no connected player comes before the host on the page (shadow trees included). */
  get first(): boolean {
    for (const other of connected) if (other !== this.host && pageOrder(other, this.host) < 0) return false;
    return true;
  }
}
