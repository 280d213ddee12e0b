// The import specifiers of an emitted ES module, shared by the size report, the size budget, the
// benchmark and the package tests so they all read the build's import graph the same way.
import { readFileSync } from 'node:fs';
import { parseAst } from 'rollup/parseAst';

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
