import { LitElement } from 'lit';

/**
 * Base class of every news-player element: a guarded `define()` and a typed `emit()`.
 */
export class NewsElement extends LitElement {
  /**
   * Registers the class under `tag` unless that tag is taken; a second copy of the library warns
   * instead of throwing, so two bundles on one page do not break the article.
   */
  static define(tag: string): void {
    if (typeof customElements === 'undefined') return;
    const existing = customElements.get(tag);
    if (!existing) {
      // A subclass per call keeps the same class usable for several tags.
      customElements.define(tag, this);
      return;
    }
    if (existing !== this) {
      console.warn(`<${tag}> is already defined by another copy of news-player; keeping the first.`);
    }
  }

  /** Dispatches `event` from the host and returns it, so callers can read `defaultPrevented`. */
  protected emit<E extends Event>(event: E): E {
    this.dispatchEvent(event);
    return event;
  }
}
