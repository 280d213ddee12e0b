import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
// Written by `npm run analyze` (run by `npm start` and `npm run build-storybook`).
import manifest from '../custom-elements.json';
// Registers <news-player> and the other elements.
import '../src/index.js';

interface Declaration {
  kind?: string;
  name?: string;
  tagName?: string;
  customElement?: boolean;
}
interface Manifest {
  modules?: { declarations?: Declaration[] }[];
}

/**
 * The analyzer does not see `NewsPlayer.define('news-player')` as a registration, so the class may
 * lack its tag name in the manifest; Storybook looks components up by tag name. Fill the gap here
 * (a `@tagname news-player` JSDoc tag on the class makes this a no-op).
 */
function withTagNames(cem: Manifest, tags: Record<string, string>): Manifest {
  const declarations = (cem.modules ?? []).flatMap((m) => m.declarations ?? []);
  for (const [tag, className] of Object.entries(tags)) {
    if (declarations.some((d) => d.tagName === tag)) continue;
    const klass = declarations.find((d) => d.kind === 'class' && d.name === className);
    if (klass) Object.assign(klass, { tagName: tag, customElement: true });
  }
  return cem;
}

setCustomElementsManifest(withTagNames(manifest as Manifest, { 'news-player': 'NewsPlayer' }));

const preview: Preview = {
  parameters: {
    controls: {
      expanded: true,
      matchers: { color: /(background|color|accent)$/i },
    },
    layout: 'padded',
    a11y: { test: 'todo' },
  },
};

export default preview;
