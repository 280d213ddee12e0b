// The import graph of the emitted ES modules, shared by the size report, the size budget, the
// benchmark and the package tests so they all read the build's import graph the same way:
// `importsOf` parses one module's import specifiers, `closure` walks from entries through them.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseAst } from 'rollup/parseAst';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * Static and dynamic import specifiers of `file`. Dynamic imports of a computed expression are
 * skipped, or listed as `<computed>` with `{ computed: true }` (for checks that must see them).
 */
export function importsOf(file, { computed = false } = {}) {
  const found = { static: [], dynamic: [] };
  const visit = (node) => {
    if (!node || typeof node.type !== 'string') return;
    if (/^(Import|ExportAll|ExportNamed)Declaration$/.test(node.type) && node.source) {
      found.static.push(node.source.value);
    } else if (node.type === 'ImportExpression') {
      if (node.source.type === 'Literal') found.dynamic.push(node.source.value);
      else if (computed) found.dynamic.push('<computed>');
    }
    for (const value of Object.values(node)) {
      if (Array.isArray(value)) value.forEach(visit);
      else if (value && typeof value === 'object') visit(value);
    }
  };
  visit(parseAst(readFileSync(file, 'utf8')));
  return found;
}

/** A relative specifier (`./x.js`, `../x.js`): a file of the build, not a package. */
export const isRelative = (spec) => /^\.\.?\//.test(spec);

/**
 * The files reachable from `entries` (absolute paths, or one path) through relative static
 * imports, breadth first, in the order met; `dynamic`: the files named by relative dynamic
 * imports on the way (resolved; some may be in `files` too); `external`: the bare specifiers met,
 * static or dynamic (left to the consumer's bundler).
 *
 * - `followDynamic`: walk dynamic imports as well (everything a page may end up loading).
 * - A missing or unparsable file throws, naming its importer, with the fix (rebuild); given a
 *   `problems` array, each problem is pushed there as a message instead and the walk goes on.
 * - `root`: what paths in messages are relative to (the repository by default).
 *
 * @returns {{ files: Set<string>, dynamic: Set<string>, external: Set<string> }}
 */
export function closure(entries, { followDynamic = false, problems, root = repoRoot } = {}) {
  const files = new Set();
  const dynamic = new Set();
  const external = new Set();
  const problem = (message) => {
    if (!problems) throw new Error(`${message}: rebuild with \`npm run build\`.`);
    problems.push(message);
  };
  const queue = [entries].flat().map((file) => ({ file }));
  while (queue.length) {
    const { file, from, spec } = queue.shift();
    if (files.has(file)) continue;
    if (!existsSync(file)) {
      problem(from ? `${relative(root, from)} imports ${spec}, which is missing` : `${relative(root, file)} is missing`);
      continue;
    }
    files.add(file);
    let imports;
    try {
      imports = importsOf(file);
    } catch (error) {
      problem(`${relative(root, file)}: ${error.message}`);
      continue;
    }
    const next = (s) => ({ file: resolve(dirname(file), s), from: file, spec: s });
    for (const s of imports.static) {
      if (isRelative(s)) queue.push(next(s));
      else external.add(s);
    }
    for (const s of imports.dynamic) {
      if (!isRelative(s)) external.add(s);
      else {
        dynamic.add(resolve(dirname(file), s));
        if (followDynamic) queue.push(next(s));
      }
    }
  }
  return { files, dynamic, external };
}
