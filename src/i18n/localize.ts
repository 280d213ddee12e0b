import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Translation } from './translation.js';
import en from './en.js';

const translations = new Map<string, Translation>([['en', en]]);
const controllers = new Set<LocalizeController>();
let observer: MutationObserver | undefined;

/** Adds translations; a later one with the same `$code` replaces the earlier. */
export function registerTranslation(...list: Translation[]): void {
  for (const t of list) translations.set(t.$code.toLowerCase(), t);
  for (const c of controllers) c.refresh();
}

/**
 * Picks the translation for a BCP 47 tag, falling back one subtag at a time
 * (`zh-Hant-TW` → `zh-hant` → `zh` → `en`).
 */
export function translationFor(lang: string): Translation {
  let tag = lang.toLowerCase();
  while (tag) {
    const found = translations.get(tag);
    if (found) return found;
    const cut = tag.lastIndexOf('-');
    tag = cut > 0 ? tag.slice(0, cut) : '';
  }
  return en;
}

/** The closest value of `attr` above `el`, crossing shadow roots. */
function closestAttr(el: Element, attr: string): string | undefined {
  let node: Element | null = el;
  while (node) {
    const found: Element | null = node.closest(`[${attr}]`);
    const value = found?.getAttribute(attr);
    if (value) return value;
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return undefined;
}

function watchDocument(): void {
  if (observer || typeof MutationObserver === 'undefined') return;
  observer = new MutationObserver(() => {
    for (const c of controllers) c.refresh();
  });
  observer.observe(document.documentElement, {
    attributes: true,
    attributeFilter: ['lang', 'dir'],
    subtree: true,
  });
}

/**
 * Gives an element its language and direction from the closest `lang`/`dir`, and re-renders it
 * when either changes at runtime.
 */
export class LocalizeController implements ReactiveController {
  /** The resolved language tag (`en` when none is set anywhere). */
  lang = 'en';
  /** The resolved direction. */
  dir: 'ltr' | 'rtl' = 'ltr';
  /** The translation for {@link lang}. */
  t: Translation = en;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    controllers.add(this);
    watchDocument();
    this.refresh();
  }

  hostDisconnected(): void {
    controllers.delete(this);
  }

  /** Re-reads `lang`/`dir` and asks the host to render if anything changed. */
  refresh(): void {
    const lang = closestAttr(this.host, 'lang') ?? 'en';
    const t = translationFor(lang);
    const dirAttr = closestAttr(this.host, 'dir');
    const dir = dirAttr === 'rtl' || dirAttr === 'ltr' ? dirAttr : t.$dir;
    if (lang !== this.lang || t !== this.t || dir !== this.dir) {
      this.lang = lang;
      this.t = t;
      this.dir = dir;
      this.host.requestUpdate();
    }
  }

  /** Formats a number with the language's digits. */
  number(value: number, options?: Intl.NumberFormatOptions): string {
    try {
      return new Intl.NumberFormat(this.lang, options).format(value);
    } catch {
      return String(value);
    }
  }
}
