import type { Decorator, Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
// Written by `npm run analyze` (run by `npm start` and `npm run build-storybook`).
import manifest from '../custom-elements.json';
import { NewsPlayer } from '../src/index.js';

interface Item {
  name: string;
  kind?: string;
  privacy?: string;
  static?: boolean;
  fieldName?: string;
}
interface Declaration {
  tagName?: string;
  members?: Item[];
  attributes?: Item[];
  cssParts?: Item[];
}
interface Manifest {
  modules?: { declarations?: Declaration[] }[];
}

/**
 * Storybook turns every manifest entry into one arg type keyed by its bare name, so it needs a
 * little help: private and static members are implementation, a property backed by an attribute
 * is already listed as that attribute, and the `poster`, `headline` and `duration` parts would
 * overwrite the attributes of the same name (parts are listed as `::part(name)` instead).
 */
function forStorybook(cem: Manifest): Manifest {
  const copy = structuredClone(cem);
  for (const decl of (copy.modules ?? []).flatMap((m) => m.declarations ?? [])) {
    if (!decl.tagName) continue;
    const backed = new Set((decl.attributes ?? []).map((a) => a.fieldName ?? a.name));
    decl.members = decl.members?.filter(
      (m) => !m.static && m.privacy !== 'private' && m.privacy !== 'protected' && !backed.has(m.name),
    );
    decl.cssParts = decl.cssParts?.map((p) => ({ ...p, name: `::part(${p.name})` }));
  }
  return copy;
}

setCustomElementsManifest(forStorybook(manifest as Manifest));

// package.json's "sideEffects" names only dist/ files, so a bare `import '../src/index.js'` is
// dropped from the production build and <news-player> is never defined. Registering through a
// used import keeps it (define() ignores a second registration of the same class).
NewsPlayer.define('news-player');

const ORDER = ['attributes', 'properties', 'events', 'slots', 'css custom properties', 'css shadow parts'];
const rank = (category: unknown) => {
  const i = ORDER.indexOf(String(category));
  return i === -1 ? ORDER.length : i;
};

type ArgTypesEnhancer = NonNullable<Preview['argTypesEnhancers']>[number];

/**
 * Attributes first; and a control only where the story sets that attribute from its args
 * (properties, events, parts, CSS properties and attributes a story ignores are listed, inert).
 */
const attributesFirst: ArgTypesEnhancer = ({ argTypes, initialArgs }) =>
  Object.fromEntries(
    Object.entries(argTypes)
      .sort(([, a], [, b]) => rank(a.table?.category) - rank(b.table?.category))
      .map(([name, argType]) => {
        const category = argType.table?.category;
        const rendered = category === 'attributes' ? name in initialArgs : !category;
        return [name, rendered ? argType : { ...argType, control: false }];
      }),
  );

/** The toolbar's Language menu: the languages news-player ships (and one that falls back). */
const LOCALES: { value: string; title: string; right?: string }[] = [
  { value: 'en', title: 'English' },
  { value: 'es', title: 'Español' },
  { value: 'fr', title: 'Français' },
  { value: 'pt', title: 'Português' },
  { value: 'de', title: 'Deutsch' },
  { value: 'it', title: 'Italiano' },
  { value: 'ru', title: 'Русский' },
  { value: 'uk', title: 'Українська' },
  { value: 'tr', title: 'Türkçe' },
  { value: 'ar', title: 'العربية', right: 'RTL' },
  { value: 'ar-EG', title: 'العربية (مصر)', right: 'RTL' },
  { value: 'fa', title: 'فارسی', right: 'RTL' },
  { value: 'ur', title: 'اردو', right: 'RTL' },
  { value: 'hi', title: 'हिन्दी' },
  { value: 'zh-Hans', title: '简体中文' },
  { value: 'zh-Hant', title: '繁體中文' },
  { value: 'id', title: 'Bahasa Indonesia' },
  { value: 'sw', title: 'Kiswahili' },
  { value: 'ha', title: 'Hausa' },
  { value: 'ja', title: '日本語 (video.js only)' },
];

/** Sets `<html lang dir>` from the Language menu; the elements follow it at runtime. */
const pageLanguage: Decorator = (story, { globals }) => {
  const locale = typeof globals.locale === 'string' && globals.locale ? globals.locale : 'en';
  const root = document.documentElement;
  if (root.lang !== locale) root.lang = locale;
  const dir = LOCALES.find((l) => l.value === locale)?.right === 'RTL' ? 'rtl' : 'ltr';
  if (root.dir !== dir) root.dir = dir;
  return story();
};

const preview: Preview = {
  // A docs page per component, built from its JSDoc through custom-elements.json.
  tags: ['autodocs'],
  argTypesEnhancers: [attributesFirst],
  decorators: [pageLanguage],
  globalTypes: {
    locale: {
      description: 'Language of the page: sets <html lang dir>',
      toolbar: { title: 'Language', icon: 'globe', items: LOCALES, dynamicTitle: true },
    },
  },
  initialGlobals: { locale: 'en' },
  parameters: {
    controls: { expanded: true },
    layout: 'padded',
    a11y: { test: 'todo' },
  },
};

export default preview;
