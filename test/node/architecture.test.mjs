// ARCHITECTURE.md, held against the code: the rooms of src/, who may import whom, no import
// cycles (type-only imports count), no file over 600 lines, and no reaching into an element's
// private members. Reads the sources with the TypeScript parser; needs no build.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { root } from './helpers.mjs';

const src = join(root, 'src');

/** Every .ts file of src/ (declarations too), relative to src/. */
function sourceFiles(dir = src) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const p = join(dir, d.name);
    return d.isDirectory() ? sourceFiles(p) : d.name.endsWith('.ts') ? [relative(src, p)] : [];
  });
}

/**
 * The relative imports of a file: `{ to, type, dynamic }` each, `to` relative to src/; `type`
 * for `import type`/`export type` and `import('…')` in type positions; `dynamic` for `import()`.
 */
function importsOf(file) {
  const text = readFileSync(join(src, file), 'utf8');
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const found = [];
  const add = (spec, kind) => {
    if (!/^\.\.?\//.test(spec)) return;
    const target = resolve(dirname(join(src, file)), spec).replace(/\.js$/, '.ts');
    found.push({ to: relative(src, target), spec, ...kind });
  };
  const visit = (node) => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      let type = ts.isImportDeclaration(node) ? Boolean(node.importClause?.isTypeOnly) : node.isTypeOnly;
      // `import { type A, type B }`: only type specifiers.
      const named = ts.isImportDeclaration(node) ? node.importClause?.namedBindings : node.exportClause;
      if (!type && named && ts.isNamedImports(named) && !node.importClause?.name) type = named.elements.length > 0 && named.elements.every((e) => e.isTypeOnly);
      if (!type && named && ts.isNamedExports(named)) type = named.elements.length > 0 && named.elements.every((e) => e.isTypeOnly);
      add(node.moduleSpecifier.text, { type, dynamic: false });
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument) && ts.isStringLiteral(node.argument.literal)) {
      add(node.argument.literal.text, { type: true, dynamic: false });
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword && node.arguments[0] && ts.isStringLiteral(node.arguments[0])) {
      add(node.arguments[0].text, { type: false, dynamic: true });
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}

const files = sourceFiles();
const graph = new Map(files.map((f) => [f, importsOf(f)]));
const room = (file) => (file.includes('/') ? file.split('/')[0] : file);

describe('architecture (ARCHITECTURE.md)', () => {
  test('every relative import names a file of src/', () => {
    for (const [file, imports] of graph) {
      for (const i of imports) assert.ok(existsSync(join(src, i.to)), `${file} imports ${i.spec}, which is missing`);
    }
  });

  test('no import cycle in src/ (type-only and dynamic imports count)', () => {
    // Tarjan's strongly connected components over every import.
    let index = 0;
    const stack = [];
    const meta = new Map();
    const cycles = [];
    const strong = (v) => {
      meta.set(v, { index, low: index, on: true });
      index++;
      stack.push(v);
      for (const { to } of graph.get(v) ?? []) {
        if (!graph.has(to)) continue;
        if (!meta.has(to)) {
          strong(to);
          meta.get(v).low = Math.min(meta.get(v).low, meta.get(to).low);
        } else if (meta.get(to).on) {
          meta.get(v).low = Math.min(meta.get(v).low, meta.get(to).index);
        }
      }
      if (meta.get(v).low === meta.get(v).index) {
        const component = [];
        let w;
        do {
          w = stack.pop();
          meta.get(w).on = false;
          component.push(w);
        } while (w !== v);
        const selfLoop = (graph.get(v) ?? []).some((i) => i.to === v);
        if (component.length > 1 || selfLoop) cycles.push(component.sort());
      }
    };
    for (const f of files) if (!meta.has(f)) strong(f);
    assert.deepEqual(cycles, [], 'import cycles');
  });

  test('no file in src/ is over 600 lines', () => {
    const long = files
      .map((f) => [f, readFileSync(join(src, f), 'utf8').split('\n').length])
      .filter(([, n]) => n > 600);
    assert.deepEqual(long, []);
  });

  test("nothing reaches into an element's private members (`host['…']`)", () => {
    for (const f of files) {
      const text = readFileSync(join(src, f), 'utf8');
      assert.doesNotMatch(text, /\b(?:host|player|element|el|this)\[['"][A-Za-z_$][\w$]*['"]\]/, f);
    }
  });

  test('the low rooms (internal, media, i18n, events, state, engine) import no element or controller', () => {
    for (const [file, imports] of graph) {
      if (!['internal', 'media', 'i18n', 'state', 'engine', 'events'].includes(room(file))) continue;
      for (const i of imports) {
        if (room(file) === 'events' && i.type && i.to.startsWith('components/')) continue; // an event's detail names the element's type
        assert.ok(!['components', 'controllers', 'react', 'index.ts'].includes(room(i.to)), `${file} imports ${i.to}`);
      }
    }
  });

  test('the engine meets the element only through the contract: types down, nothing back', () => {
    for (const file of files.filter((f) => f.startsWith('engine/'))) {
      for (const i of graph.get(file)) {
        assert.ok(!['state', 'controllers', 'components'].includes(room(i.to)), `${file} imports ${i.to}`);
        if (i.to === 'engine/contract.ts') assert.ok(i.type, `${file} imports only types from the contract`);
      }
    }
    // The contract is types only.
    for (const i of graph.get('engine/contract.ts')) assert.ok(i.type, `engine/contract.ts imports ${i.to} for types only`);
    // The engine itself is only ever fetched lazily.
    for (const [file, imports] of graph) {
      for (const i of imports.filter((x) => x.to === 'engine/videojs-engine.ts')) {
        assert.ok(i.dynamic || i.type, `${file} imports the engine statically`);
      }
    }
  });

  test('controllers and events use elements as types only; lazy halves import their contract, not their element', () => {
    for (const [file, imports] of graph) {
      if (['controllers', 'events'].includes(room(file))) {
        for (const i of imports.filter((x) => x.to.startsWith('components/'))) assert.ok(i.type, `${file} imports ${i.to} as a value`);
      }
      if (file.endsWith('.impl.ts')) {
        const element = file.replace(/\.impl\.ts$/, '.component.ts');
        assert.ok(!imports.some((i) => i.to === element), `${file} imports ${element}`);
      }
      for (const i of imports.filter((x) => x.to.endsWith('.impl.ts') && !x.type)) {
        assert.ok(i.dynamic, `${file} imports the lazy half ${i.to} statically`);
      }
    }
  });

  test('state/ is pure: it imports no DOM-facing module (only media facts and contract types)', () => {
    for (const i of graph.get('state/player-machine.ts')) {
      assert.ok(i.type || ['media/errors.ts'].includes(i.to), `state/player-machine.ts imports ${i.to}`);
    }
  });

  test('the checks above see real imports (a control)', () => {
    const component = graph.get('components/news-player/news-player.component.ts');
    assert.ok(component.some((i) => i.to === 'controllers/player-state.ts' && !i.type));
    assert.ok(graph.get('engine/chunks.ts').some((i) => i.to === 'engine/videojs-engine.ts' && i.dynamic));
    assert.ok(graph.get('engine/videojs-engine.ts').some((i) => i.to === 'engine/contract.ts' && i.type));
  });
});
