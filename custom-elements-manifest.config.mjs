// `cem analyze --litelement` reads this file. The manifest ships in the package, so its paths
// name the published dist/*.js modules rather than src/*.ts. From the finished manifest, the
// break-stuff integration plugins generate the framework types (dist/types/*.d.ts) and the editor
// data (dist/vscode.*-custom-data.json, dist/web-types.json); `npm run build` runs rollup first,
// so dist/ and its .d.ts files exist when they run.
import { readFileSync, readdirSync } from 'node:fs';
import { customElementJsxPlugin } from 'custom-element-jsx-integration';
import { customElementVuejsPlugin } from 'custom-element-vuejs-integration';
import { customElementSolidJsPlugin } from 'custom-element-solidjs-integration';
import { customElementSveltePlugin } from 'custom-element-svelte-integration';
import { customElementVsCodePlugin } from 'custom-element-vs-code-integration';
import { customElementJetBrainsPlugin } from 'custom-element-jet-brains-integration';

/**
 * Our elements register through `NewsElement.define()` (`NewsPlayer.define('news-player')`), a
 * call the analyzer does not know; this plugin turns each such call into a custom element
 * definition exported by the registering module, and drops what the analyzer misreads.
 */
function newsDefineCalls() {
  const definitions = [];
  /** Module path → names of variables passed as an event type, e.g. `new Event(type)`. */
  const dynamicEventNames = new Map();
  return {
    name: 'news-define-calls',
    analyzePhase({ ts, node, moduleDoc }) {
      if (
        ts.isCallExpression(node) &&
        ts.isPropertyAccessExpression(node.expression) &&
        node.expression.name.text === 'define' &&
        ts.isIdentifier(node.expression.expression) &&
        node.expression.expression.text !== 'customElements' &&
        node.arguments.length >= 1 &&
        ts.isStringLiteralLike(node.arguments[0])
      ) {
        definitions.push({
          tag: node.arguments[0].text,
          className: node.expression.expression.text,
          module: moduleDoc.path,
        });
      }
      if (
        ts.isNewExpression(node) &&
        /Event$/.test(node.expression.getText()) &&
        node.arguments?.length &&
        ts.isIdentifier(node.arguments[0])
      ) {
        const names = dynamicEventNames.get(moduleDoc.path) ?? new Set();
        names.add(node.arguments[0].text);
        dynamicEventNames.set(moduleDoc.path, names);
      }
    },
    packageLinkPhase({ customElementsManifest }) {
      const modules = customElementsManifest.modules ?? [];
      for (const mod of modules) {
        // `customElements.define(tag, this)` inside the base class's define() is not a definition.
        mod.exports = mod.exports?.filter(
          (e) => e.kind !== 'custom-element-definition' || e.name.includes('-'),
        );
        // `new Event(type)` re-dispatches documented events; `type` is not an event name.
        const dynamic = dynamicEventNames.get(mod.path);
        for (const decl of mod.declarations ?? []) {
          if (dynamic && decl.events) {
            decl.events = decl.events.filter((e) => e.description || !dynamic.has(e.name));
          }
        }
      }
      for (const { tag, className, module } of definitions) {
        const candidates = modules.filter((m) =>
          m.declarations?.some((d) => d.kind === 'class' && d.name === className),
        );
        const dir = module.slice(0, module.lastIndexOf('/'));
        const home = candidates.find((m) => m.path.startsWith(`${dir}/`)) ?? candidates[0];
        if (!home) continue;
        const decl = home.declarations.find((d) => d.kind === 'class' && d.name === className);
        decl.tagName = tag;
        decl.customElement = true;
        const registering = modules.find((m) => m.path === module);
        registering.exports = [
          ...(registering.exports ?? []).filter(
            (e) => !(e.kind === 'custom-element-definition' && e.name === tag),
          ),
          { kind: 'custom-element-definition', name: tag, declaration: { name: className, module: home.path } },
        ];
      }
      // An `@attr` line for a read-only property (`state`) names no field: link the two.
      for (const mod of modules) {
        for (const decl of mod.declarations ?? []) {
          for (const attr of decl.attributes ?? []) {
            const field = !attr.fieldName && decl.members?.find((m) => m.kind === 'field' && m.name === attr.name && !m.static);
            if (!field) continue;
            attr.fieldName = field.name;
            field.attribute ??= attr.name;
          }
        }
      }
      // src/x/y.ts → dist/x/y.js, everywhere a module is named.
      const toDist = (p) => p.replace(/^\/?src\/(.*)\.[jt]s$/, 'dist/$1.js');
      const walk = (value) => {
        if (Array.isArray(value)) value.forEach(walk);
        else if (value && typeof value === 'object') {
          for (const [key, v] of Object.entries(value)) {
            if ((key === 'path' || key === 'module') && typeof v === 'string') value[key] = toDist(v);
            else walk(v);
          }
        }
      };
      walk(customElementsManifest);
    },
  };
}

/**
 * The type generators write `(e: CustomEvent<T>) => void` for an event documented as `{T}`, and
 * a prop for every public field. Our `@event` types are the event classes
 * (`NewsPlayerStateChangeEvent extends CustomEvent<NewsPlayerStateChangeDetail>`), so they get a
 * copy of the manifest where each event names its detail type (read from the emitted
 * dist/events/*.d.ts) and read-only fields (`paused`, `duration`, …), which markup cannot set,
 * are left out. The shipped manifest is unchanged.
 */
function forTypeGenerators(plugin) {
  return {
    name: `${plugin.name} (event details)`,
    packageLinkPhase({ customElementsManifest, context }) {
      const details = new Map();
      for (const file of readdirSync('dist/events').filter((f) => f.endsWith('.d.ts'))) {
        const text = readFileSync(`dist/events/${file}`, 'utf8');
        for (const [, event, detail] of text.matchAll(/class (\w+) extends CustomEvent<(\w+)>/g)) details.set(event, detail);
      }
      const copy = structuredClone(customElementsManifest);
      for (const decl of copy.modules.flatMap((m) => m.declarations ?? [])) {
        decl.members = decl.members?.filter((m) => !m.readonly);
        for (const event of decl.events ?? []) {
          const detail = details.get(event.type?.text);
          if (event.type?.text && !detail) throw new Error(`${decl.name}: no detail type for event ${event.name} {${event.type.text}}`);
          if (detail) event.type = { text: detail };
        }
      }
      plugin.packageLinkPhase({ customElementsManifest: copy, context });
    },
  };
}

/** Type paths are relative to `outdir`: dist/types/*.d.ts import the classes and details from dist/index.d.ts. */
const typeOptions = { outdir: 'dist/types', globalTypePath: '../index.js', hideLogs: true };

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.d.ts', 'src/**/*.test.ts', 'src/**/*.stories.ts'],
  outdir: '.',
  litelement: true,
  plugins: [
    newsDefineCalls(),
    forTypeGenerators(customElementJsxPlugin({ ...typeOptions, fileName: 'jsx.d.ts' })),
    forTypeGenerators(customElementVuejsPlugin({ ...typeOptions, fileName: 'vue.d.ts' })),
    forTypeGenerators(customElementSolidJsPlugin({ ...typeOptions, fileName: 'solid.d.ts' })),
    forTypeGenerators(customElementSveltePlugin({ ...typeOptions, fileName: 'svelte.d.ts' })),
    customElementVsCodePlugin({
      outdir: 'dist',
      htmlFileName: 'vscode.html-custom-data.json',
      cssFileName: 'vscode.css-custom-data.json',
      hideLogs: true,
    }),
    customElementJetBrainsPlugin({ outdir: 'dist', webTypesFileName: 'web-types.json', hideLogs: true }),
  ],
};
