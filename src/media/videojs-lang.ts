// video.js's own language packs, fetched for the reader's language when a player loads: one
// small JSON module each (a chunk of its own in the CDN build), never before play. Imported by
// the lazy video.js glue only.
import { languageCandidates } from '../i18n/localize.js';
import type { Translation } from '../i18n/translation.js';

/** A video.js dictionary: its English strings to the language's. */
export type VideojsStrings = Readonly<Record<string, string>>;
type Pack = () => Promise<VideojsStrings>;

const json = (m: { default: unknown }): VideojsStrings => m.default as VideojsStrings;

/**
 * Every pack video.js 8 ships, by the lowercase tag pages use. `pt` is Brazilian (the complete
 * pack); `pt-pt` lays the European pack over it; `ne` is video.js's `np`.
 */
const PACKS: Readonly<Record<string, Pack>> = {
  ar: () => import('video.js/dist/lang/ar.json').then(json),
  az: () => import('video.js/dist/lang/az.json').then(json),
  ba: () => import('video.js/dist/lang/ba.json').then(json),
  bg: () => import('video.js/dist/lang/bg.json').then(json),
  bn: () => import('video.js/dist/lang/bn.json').then(json),
  ca: () => import('video.js/dist/lang/ca.json').then(json),
  cs: () => import('video.js/dist/lang/cs.json').then(json),
  cy: () => import('video.js/dist/lang/cy.json').then(json),
  da: () => import('video.js/dist/lang/da.json').then(json),
  de: () => import('video.js/dist/lang/de.json').then(json),
  el: () => import('video.js/dist/lang/el.json').then(json),
  es: () => import('video.js/dist/lang/es.json').then(json),
  et: () => import('video.js/dist/lang/et.json').then(json),
  eu: () => import('video.js/dist/lang/eu.json').then(json),
  fa: () => import('video.js/dist/lang/fa.json').then(json),
  fi: () => import('video.js/dist/lang/fi.json').then(json),
  fr: () => import('video.js/dist/lang/fr.json').then(json),
  gd: () => import('video.js/dist/lang/gd.json').then(json),
  gl: () => import('video.js/dist/lang/gl.json').then(json),
  he: () => import('video.js/dist/lang/he.json').then(json),
  hi: () => import('video.js/dist/lang/hi.json').then(json),
  hr: () => import('video.js/dist/lang/hr.json').then(json),
  hu: () => import('video.js/dist/lang/hu.json').then(json),
  it: () => import('video.js/dist/lang/it.json').then(json),
  ja: () => import('video.js/dist/lang/ja.json').then(json),
  ko: () => import('video.js/dist/lang/ko.json').then(json),
  lv: () => import('video.js/dist/lang/lv.json').then(json),
  mr: () => import('video.js/dist/lang/mr.json').then(json),
  nb: () => import('video.js/dist/lang/nb.json').then(json),
  ne: () => import('video.js/dist/lang/np.json').then(json),
  nl: () => import('video.js/dist/lang/nl.json').then(json),
  nn: () => import('video.js/dist/lang/nn.json').then(json),
  oc: () => import('video.js/dist/lang/oc.json').then(json),
  pl: () => import('video.js/dist/lang/pl.json').then(json),
  pt: () => import('video.js/dist/lang/pt-BR.json').then(json),
  'pt-pt': () =>
    Promise.all([PACKS.pt(), import('video.js/dist/lang/pt-PT.json').then(json)]).then(([br, pt]) => ({ ...br, ...pt })),
  ro: () => import('video.js/dist/lang/ro.json').then(json),
  ru: () => import('video.js/dist/lang/ru.json').then(json),
  sk: () => import('video.js/dist/lang/sk.json').then(json),
  sl: () => import('video.js/dist/lang/sl.json').then(json),
  sr: () => import('video.js/dist/lang/sr.json').then(json),
  sv: () => import('video.js/dist/lang/sv.json').then(json),
  te: () => import('video.js/dist/lang/te.json').then(json),
  th: () => import('video.js/dist/lang/th.json').then(json),
  tr: () => import('video.js/dist/lang/tr.json').then(json),
  uk: () => import('video.js/dist/lang/uk.json').then(json),
  vi: () => import('video.js/dist/lang/vi.json').then(json),
  'zh-hans': () => import('video.js/dist/lang/zh-Hans.json').then(json),
  'zh-hant': () => import('video.js/dist/lang/zh-Hant.json').then(json),
};

const fetched = new Map<string, Promise<VideojsStrings>>();

/**
 * The video.js language for a page in `lang`, with `t` (its translation here): the code to give
 * video.js and the dictionary to add under it, `undefined` for English (video.js's own words).
 * The dictionary is video.js's pack for the closest language that has one, over the words the
 * translation brings for packs video.js lacks (Urdu, Swahili, Hausa…) or their gaps. A pack that
 * cannot be fetched leaves the translation's words, or English.
 */
export async function videojsLanguage(lang: string, t: Translation): Promise<{ code: string; strings: VideojsStrings } | undefined> {
  const candidates = languageCandidates(lang);
  const code = candidates.find((c) => PACKS[c] || (c === t.$code && t.$videojs));
  if (!code || code === 'en') return undefined;
  let pack = fetched.get(code);
  if (!pack && PACKS[code]) {
    pack = PACKS[code]().catch(() => {
      fetched.delete(code);
      return {};
    });
    fetched.set(code, pack);
  }
  const own = candidates.includes(t.$code) ? (t.$videojs ?? {}) : {};
  return { code, strings: { ...own, ...(await (pack ?? Promise.resolve({}))) } };
}
