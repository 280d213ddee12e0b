import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Translation } from './translation.js';
import { formatTime } from '../media/time.js';
import { localDigits } from '../media/digits.js';
import enCore from './en-core.js';

// The built-in English until a transcript's lazy half completes it with its words (`completeEnglish`).
const en = enCore as Translation;

type Loader = () => Promise<{ default: Translation }>;

/**
 * The languages that ship besides English. Each is its own module, fetched the first time an
 * element resolves to it (a chunk of its own in the CDN build), so none weighs on pages in other
 * languages. English is built in: it is the fallback of every other.
 */
const BUILT_IN: Readonly<Record<string, Loader>> = {
  ar: () => import('./ar.js'),
  de: () => import('./de.js'),
  es: () => import('./es.js'),
  fa: () => import('./fa.js'),
  fr: () => import('./fr.js'),
  ha: () => import('./ha.js'),
  hi: () => import('./hi.js'),
  id: () => import('./id.js'),
  it: () => import('./it.js'),
  pt: () => import('./pt.js'),
  ru: () => import('./ru.js'),
  sw: () => import('./sw.js'),
  tr: () => import('./tr.js'),
  uk: () => import('./uk.js'),
  ur: () => import('./ur.js'),
  'zh-hans': () => import('./zh-hans.js'),
  'zh-hant': () => import('./zh-hant.js'),
};

/** Built-in languages written right to left, known before their module arrives. */
const RTL = /^(?:ar|fa|ur)$/;

/**
 * Tags that fall back to another tag before their parent: Chinese by region to its script
 * (`zh` alone means Simplified).
 */
const ALIASES: Readonly<Record<string, string>> = {
  zh: 'zh-hans',
  'zh-cn': 'zh-hans',
  'zh-sg': 'zh-hans',
  'zh-tw': 'zh-hant',
  'zh-hk': 'zh-hant',
  'zh-mo': 'zh-hant',
};

const translations = new Map<string, Translation>([['en', en]]);
const fetching = new Map<string, Promise<void>>();
/** Built-in languages whose module could not be fetched: elements do not retry on their own. */
const failed = new Set<string>();
const controllers = new Set<LocalizeController>();
let observer: MutationObserver | undefined;

function refreshAll(): void {
  for (const c of controllers) c.refresh();
}

/**
 * Adds the rest of English to the built-in English: the transcript's words, which its lazy half
 * brings (the player's first download does not carry them).
 */
export function completeEnglish(words: Partial<Translation>): void {
  Object.assign(en, words);
}

/** Adds translations; a later one with the same `$code` replaces the earlier (built-in ones too). */
export function registerTranslation(...list: Translation[]): void {
  for (const t of list) translations.set(t.$code.toLowerCase(), t);
  refreshAll();
}

/**
 * The tags to try for a BCP 47 tag, most specific first: `zh-Hant-TW` → `zh-hant-tw`, `zh-hant`,
 * `zh`, `zh-hans`. Extensions (`ar-u-nu-latn`) are ignored here; `Intl` still reads them.
 */
export function languageCandidates(lang: string): string[] {
  const out: string[] = [];
  let tag = lang.toLowerCase().replace(/_/g, '-').replace(/-[\da-z]-.*$/, '');
  while (tag) {
    for (const t of [tag, ALIASES[tag]]) if (t && !out.includes(t)) out.push(t);
    const cut = tag.lastIndexOf('-');
    tag = cut > 0 ? tag.slice(0, cut) : '';
  }
  return out;
}

/** The best translation already here for `lang`, and the better built-in one still to fetch. */
function resolve(lang: string): { t: Translation; missing?: string } {
  let missing: string | undefined;
  for (const tag of languageCandidates(lang)) {
    const t = translations.get(tag);
    if (t) return { t, missing };
    missing ??= BUILT_IN[tag] ? tag : undefined;
  }
  return { t: en, missing };
}

function fetchTranslation(tag: string): Promise<void> {
  let pending = fetching.get(tag);
  if (!pending) {
    failed.delete(tag);
    pending = BUILT_IN[tag]().then(
      (m) => {
        fetching.delete(tag);
        // A translation registered meanwhile under the same code is the page's choice: keep it.
        if (translations.has(tag)) refreshAll();
        else registerTranslation(m.default);
      },
      () => {
        // Offline, say: stay on the fallback.
        fetching.delete(tag);
        failed.add(tag);
        refreshAll();
      },
    );
    fetching.set(tag, pending);
  }
  return pending;
}

/**
 * Picks the translation here for a BCP 47 tag, falling back one subtag at a time
 * (`zh-Hant-TW` → `zh-hant` → `zh` → `en`). Built-in languages not fetched yet fall back too:
 * see {@link loadTranslation}.
 */
export function translationFor(lang: string): Translation {
  return resolve(lang).t;
}

/**
 * Fetches the built-in translation for `lang` if it is not here yet (elements do this by
 * themselves; call it to have it before they render, or to try again after a failed fetch), and
 * resolves with the best translation for `lang` then. Never rejects: it falls back instead.
 */
export function loadTranslation(lang: string): Promise<Translation> {
  const { missing } = resolve(lang);
  const pending = missing ? fetchTranslation(missing) : Promise.resolve();
  return pending.then(() => translationFor(lang));
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
 * Gives an element its language and direction from the closest `lang`/`dir`, fetches the
 * language's translation when it is built in but not here yet, and re-renders the element when
 * any of them changes at runtime.
 */
export class LocalizeController implements ReactiveController {
  /** The resolved language tag (`en` when none is set anywhere). */
  lang = 'en';
  /** The resolved direction. */
  dir: 'ltr' | 'rtl' = 'ltr';
  /** The translation for {@link lang}. */
  t: Translation = en;
  /** True while the translation for {@link lang} is being fetched (a fallback shows meanwhile). */
  loading = false;

  private pending: Promise<unknown> = Promise.resolve();

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  /** Settles once the translation for {@link lang} is here, or could not be fetched. */
  get ready(): Promise<void> {
    return this.pending.then(() => undefined);
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
    const { t, missing } = resolve(lang);
    const fetch = missing !== undefined && !failed.has(missing) ? missing : undefined;
    if (fetch) this.pending = fetchTranslation(fetch);
    const loading = fetch !== undefined;
    const dirAttr = closestAttr(this.host, 'dir');
    // While a right-to-left language is on its way, lay out for it already: no flip on arrival.
    const dir = dirAttr === 'rtl' || dirAttr === 'ltr' ? dirAttr : fetch && RTL.test(fetch) ? 'rtl' : t.$dir;
    if (lang !== this.lang || t !== this.t || dir !== this.dir || loading !== this.loading) {
      this.lang = lang;
      this.t = t;
      this.dir = dir;
      this.loading = loading;
      this.host.requestUpdate();
    }
  }

  /**
   * `text` with its digits 0–9 written the way {@link lang} writes numbers (`Intl`, so CLDR):
   * Persian digits for `fa`, Arabic-Indic for `ar-EG`, Latin for `ar` and most others.
   */
  digits(text: string): string {
    return localDigits(text, this.lang);
  }

  /** `m:ss` (or `h:mm:ss`, see `formatTime`) in the language's digits. */
  time(seconds: number, guide = 0): string {
    return this.digits(formatTime(seconds, guide));
  }
}
