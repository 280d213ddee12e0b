import { LitElement } from 'lit';
import { readopt, recordSheets } from './sheets.js';
import { recordTag } from './tags.js';

/** Classes already registered under a tag (a class can be registered once per registry). */
const defined = new WeakSet<object>();

/**
 * Base class of every news-player element: a guarded `define()`, a typed `emit()`, and its
 * styles kept when it is moved into another document and back.
 */
export class NewsElement extends LitElement {
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const root = super.createRenderRoot();
    if (root instanceof ShadowRoot) recordSheets(root);
    return root;
  }

  /**
   * Moved into another document: the browser empties the shadow root's adopted sheets (they belong
   * to the document they were made in), so they are adopted again, as copies made there.
   */
  adoptedCallback(): void {
    if (this.shadowRoot) readopt(this.shadowRoot);
  }

  /** The element's own tag (`news-player`): players, transcripts and timestamps are found under it and every tag it is registered as. */
  static family = '';

  /**
   * Registers the class under `tag` unless that tag is taken; a second copy of the library warns
   * instead of throwing, so two bundles on one page do not break the article. A class already
   * registered under another tag registers a subclass of itself, so one class serves several
   * tags (`NewsPlayer.define('acme-player')` beside `news-player`).
   */
  static define(tag: string): void {
    if (typeof customElements === 'undefined') return;
    const existing = customElements.get(tag);
    if (existing) {
      if (existing !== this && !(existing.prototype instanceof this)) {
        console.warn(`<${tag}> is already defined by another copy of news-player; keeping the first.`);
      }
      return;
    }
    const taken = defined.has(this);
    customElements.define(tag, taken ? class extends this {} : this);
    defined.add(this);
    recordTag(this.family || tag, tag);
  }

  /** Dispatches `event` from the host and returns it, so callers can read `defaultPrevented`. */
  protected emit<E extends Event>(event: E): E {
    this.dispatchEvent(event);
    return event;
  }
}
