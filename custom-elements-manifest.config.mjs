// `cem analyze --litelement` reads this file. The manifest ships in the package, so its paths
// name the published dist/*.js modules rather than src/*.ts.

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

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.d.ts', 'src/**/*.test.ts', 'src/**/*.stories.ts'],
  outdir: '.',
  litelement: true,
  plugins: [newsDefineCalls()],
};
