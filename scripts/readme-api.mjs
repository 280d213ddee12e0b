// The README's lists of parts and CSS custom properties, made from custom-elements.json (the
// manifest, which the JSDoc of each element makes): between `<!-- manifest:<tag>:parts -->` and
// `<!-- /manifest -->` (and `:css-properties`). `npm run docs:api`
// rewrites them; `--check` (the test) fails when the README differs from the manifest.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** The manifest's custom element declarations, by tag. */
export function elements(manifest = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8'))) {
  const byTag = new Map();
  for (const mod of manifest.modules) {
    for (const d of mod.declarations ?? []) if (d.customElement && d.tagName) byTag.set(d.tagName, d);
  }
  return byTag;
}

const cell = (text = '') => text.replace(/\|/g, '\\|').replace(/\s+/g, ' ').trim();

/** The generated block for one marker. */
function block(declaration, kind) {
  if (kind === 'parts') {
    const rows = (declaration.cssParts ?? []).map((p) => `| \`${p.name}\` | ${cell(p.description)} |`);
    return ['| part | what it is |', '|---|---|', ...rows].join('\n');
  }
  if (kind === 'css-properties') {
    const rows = (declaration.cssProperties ?? []).map((p) => `| \`${p.name}\` | ${p.default ? `\`${cell(p.default)}\`` : '–'} | ${cell(p.description)} |`);
    return ['| custom property | default | what it sets |', '|---|---|---|', ...rows].join('\n');
  }
  throw new Error(`unknown manifest block kind ${kind}`);
}

const MARKER = /<!-- manifest:([\w-]+):([\w-]+) -->\n[\s\S]*?<!-- \/manifest -->/g;

/** The README with every manifest block made anew. */
export function render(readme, byTag = elements()) {
  return readme.replace(MARKER, (_, tag, kind) => {
    const declaration = byTag.get(tag);
    if (!declaration) throw new Error(`README names <${tag}>, which the manifest lacks`);
    return `<!-- manifest:${tag}:${kind} -->\n${block(declaration, kind)}\n<!-- /manifest -->`;
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const file = join(root, 'README.md');
  const readme = readFileSync(file, 'utf8');
  const next = render(readme);
  if (process.argv.includes('--check')) {
    if (next !== readme) {
      console.error('README.md differs from custom-elements.json: run `npm run docs:api`.');
      process.exit(1);
    }
  } else if (next !== readme) {
    writeFileSync(file, next);
    console.log('README.md: manifest blocks rewritten');
  }
}
