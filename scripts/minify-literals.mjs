// Minifies the text terser leaves alone, for the CDN build (rollup.config.mjs): Lit's css``
// templates (CSS minified by esbuild) and the whitespace of Lit's html``/svg`` templates
// (collapsed conservatively). Also exports `minifyCss()` for stylesheets inlined as strings.
//
// Templates are found in the AST (Lit's own tags, by import, whatever their local name), edited
// with magic-string, so source maps stay valid. Anything unusual is left as written.
import { transformSync } from 'esbuild';
import MagicString from 'magic-string';

/** CSS text minified by esbuild (no syntax lowering). Throws on a syntax error or warning. */
export function minifyCss(css) {
  const out = transformSync(css, { loader: 'css', minify: true, logLevel: 'silent' });
  if (out.warnings.length) throw new Error(out.warnings.map((w) => w.text).join('; '));
  return out.code.trim();
}

/** Modules whose exports `css`, `html` and `svg` are Lit's template tags. */
const LIT_MODULES = /^(?:lit|lit-html|lit-element)(?:\/(?:index|lit-html|lit-element|static-html)\.js)?$/;

/**
 * The Rollup plugin. `include(id)` picks the modules to process (default: all). `plainCss` maps a
 * module id suffix (`src/media/x.ts`) to names of `const`s in it whose initializer, a string or a
 * template literal without expressions, is CSS; a name not found is a warning, not a silent miss.
 */
export function minifyLiterals({ include = () => true, plainCss = {} } = {}) {
  return {
    name: 'news-minify-literals',
    transform(code, id) {
      if (!include(id)) return null;
      const cssConsts = Object.entries(plainCss).find(([suffix]) => id.endsWith(suffix))?.[1] ?? [];
      if (!cssConsts.length && !/\b(?:css|html|svg)\b/.test(code)) return null;
      const ast = this.parse(code);
      const tags = litTags(ast);
      if (!tags.size && !cssConsts.length) return null;
      const s = new MagicString(code);
      const found = new Set();
      walk(ast, (node) => {
        if (node.type === 'TaggedTemplateExpression' && node.tag.type === 'Identifier' && tags.has(node.tag.name)) {
          const kind = tags.get(node.tag.name);
          try {
            if (kind === 'css') rewriteCss(s, node.quasi);
            else rewriteHtml(s, node.quasi);
          } catch (e) {
            this.warn({ message: `left a ${kind}\`\` template as written: ${e.message}`, pos: node.start });
          }
        } else if (node.type === 'VariableDeclarator' && node.id.type === 'Identifier' && cssConsts.includes(node.id.name) && node.init) {
          found.add(node.id.name);
          try {
            rewritePlainCss(s, node.init);
          } catch (e) {
            this.warn({ message: `left const ${node.id.name} as written: ${e.message}`, pos: node.start });
          }
        }
      });
      for (const name of cssConsts) {
        if (!found.has(name)) this.warn(`no const ${name} to minify as CSS (renamed? update plainCss in rollup.config.mjs)`);
      }
      if (!s.hasChanged()) return null;
      return { code: s.toString(), map: s.generateMap({ hires: true, source: id }) };
    },
  };
}

/** Local name → 'css' | 'html' for Lit's tags imported in this module. */
function litTags(ast) {
  const tags = new Map();
  for (const node of ast.body) {
    if (node.type !== 'ImportDeclaration' || !LIT_MODULES.test(node.source.value)) continue;
    for (const spec of node.specifiers) {
      if (spec.type !== 'ImportSpecifier') continue;
      const name = spec.imported.name ?? spec.imported.value;
      if (name === 'css') tags.set(spec.local.name, 'css');
      else if (name === 'html' || name === 'svg') tags.set(spec.local.name, 'html');
    }
  }
  return tags;
}

function walk(node, visit) {
  if (!node || typeof node.type !== 'string') return;
  visit(node);
  for (const key of Object.keys(node)) {
    const value = node[key];
    if (Array.isArray(value)) for (const child of value) walk(child, visit);
    else if (value && typeof value === 'object' && typeof value.type === 'string') walk(value, visit);
  }
}

/** Text as it must be written between backticks to cook back to `text`. */
const toRaw = (text) => text.replace(/\\/g, '\\\\').replace(/`/g, '\\`').replace(/\$\{/g, '\\${');

function replaceQuasis(s, quasis, texts) {
  quasis.forEach((q, i) => {
    if (texts[i] !== q.value.raw && q.end > q.start) s.overwrite(q.start, q.end, texts[i]);
    else if (texts[i] !== q.value.raw) s.appendLeft(q.start, texts[i]);
  });
}

/**
 * css``: the cooked text (what Lit's `css` joins) with a unique identifier for each `${}`,
 * minified, split back at the identifiers. Each must come back exactly once and in order, else
 * the template stays as written.
 */
function rewriteCss(s, quasi) {
  const cooked = quasi.quasis.map((q) => q.value.cooked);
  if (cooked.some((c) => c == null)) throw new Error('invalid escape');
  let tag = 'lit_expr';
  while (cooked.some((c) => c.includes(tag))) tag += '_';
  const marker = (i) => `${tag}${i}x`;
  const joined = cooked.reduce((all, c, i) => (i ? all + marker(i - 1) + c : c), '');
  const min = minifyCss(joined);
  const parts = [];
  let rest = min;
  for (let i = 0; i < quasi.expressions.length; i++) {
    const at = rest.indexOf(marker(i));
    if (at < 0 || rest.indexOf(marker(i), at + 1) >= 0) throw new Error('an expression moved');
    parts.push(rest.slice(0, at));
    rest = rest.slice(at + marker(i).length);
  }
  parts.push(rest);
  replaceQuasis(s, quasi.quasis, parts.map(toRaw));
}

/** A `const` of CSS text: a string literal or a template literal without `${}`. */
function rewritePlainCss(s, init) {
  if (init.type === 'Literal' && typeof init.value === 'string') {
    s.overwrite(init.start, init.end, JSON.stringify(minifyCss(init.value)));
  } else if (init.type === 'TemplateLiteral' && init.expressions.length === 0) {
    const cooked = init.quasis[0].value.cooked;
    if (cooked == null) throw new Error('invalid escape');
    replaceQuasis(s, init.quasis, [toRaw(minifyCss(cooked))]);
  } else {
    throw new Error('not a string or a template literal without expressions');
  }
}

/**
 * Elements around which whitespace never renders (block-level by default, or not rendered at all),
 * so a whitespace run touching one of their tags can go.
 */
const BLOCK = new Set(
  ('address article aside blockquote body br details dialog dd div dl dt fieldset figcaption figure ' +
    'footer form h1 h2 h3 h4 h5 h6 head header hgroup hr html li link main meta nav ol p section ' +
    'style summary table tbody td template tfoot th thead title tr ul').split(' '),
);
/** Elements whose content is kept exactly as written. */
const VERBATIM = new Set(['pre', 'textarea', 'script', 'style', 'listing', 'plaintext', 'xmp']);

/**
 * html``/svg``: whitespace only, on the raw text of the template (so escapes stay as written),
 * with `${}` as an opaque token.
 *  - Inside a tag, outside quotes: a run becomes one space, or nothing before `>`.
 *  - In text: a run becomes one space, or nothing where it touches a block-level element's tag
 *    (or the template's edge next to one). Between inline content one space always stays.
 *  - Quoted attribute values, comments and the content of <pre>, <textarea>, <script>, <style>
 *    are left alone.
 */
function rewriteHtml(s, quasi) {
  const raws = quasi.quasis.map((q) => q.value.raw);
  const EXPR = '\u0000';
  if (raws.some((r) => r.includes(EXPR))) throw new Error('NUL in template');
  // A backslash before a line break is a line continuation: leave such templates alone.
  if (raws.some((r) => /\\[\s]/.test(r))) throw new Error('line continuation');
  const src = raws.join(EXPR);
  let out = '';
  let i = 0;
  const n = src.length;
  // What the last emitted text token was: 'edge' (template start), 'block' (a block tag), 'inline'.
  let before = 'edge';
  while (i < n) {
    const c = src[i];
    if (isWs(c)) {
      let j = i;
      while (j < n && isWs(src[j])) j++;
      const after = j >= n ? 'edge' : src[j] === '<' ? tagKind(src, j) : 'inline';
      const drop = before === 'block' || after === 'block';
      out += drop ? '' : ' ';
      i = j;
      continue;
    }
    if (c === '<' && src.startsWith('<!--', i)) {
      const end = src.indexOf('-->', i + 4);
      if (end < 0) throw new Error('unclosed comment');
      out += src.slice(i, end + 3);
      i = end + 3;
      before = 'inline';
      continue;
    }
    if (c === '<' && /[a-zA-Z/]/.test(src[i + 1] ?? '')) {
      const kind = tagKind(src, i);
      const closing = src[i + 1] === '/';
      const name = /^<\/?([a-zA-Z][\w:-]*)/.exec(src.slice(i))?.[1]?.toLowerCase();
      if (!name) throw new Error('unreadable tag');
      const tagEnd = scanTag(src, i);
      out += collapseTag(src.slice(i, tagEnd));
      i = tagEnd;
      before = kind;
      if (!closing && VERBATIM.has(name) && !src.slice(i - 2, i).startsWith('/')) {
        const close = src.toLowerCase().indexOf(`</${name}`, i);
        if (close < 0) throw new Error(`unclosed <${name}>`);
        out += src.slice(i, close);
        i = close;
      }
      continue;
    }
    out += c;
    i++;
    before = 'inline';
  }
  const parts = out.split(EXPR);
  if (parts.length !== raws.length) throw new Error('an expression moved');
  replaceQuasis(s, quasi.quasis, parts);
}

/** HTML's whitespace (not U+00A0, which never collapses). */
const isWs = (c) => c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\f';

/** 'block' or 'inline' for the tag starting at `at` (`<name` or `</name`). */
function tagKind(src, at) {
  const name = /^<\/?([a-zA-Z][\w:-]*)/.exec(src.slice(at, at + 40))?.[1]?.toLowerCase();
  return name && BLOCK.has(name) ? 'block' : 'inline';
}

/** Index just past the `>` ending the tag that starts at `at`, skipping quoted values. */
function scanTag(src, at) {
  let quote = null;
  for (let i = at + 1; i < src.length; i++) {
    const c = src[i];
    if (quote) {
      if (c === quote) quote = null;
    } else if (c === '"' || c === "'") {
      quote = c;
    } else if (c === '>') {
      return i + 1;
    }
  }
  throw new Error('unclosed tag');
}

/** Whitespace inside one tag, outside quotes: runs become one space, none before `>`. */
function collapseTag(tag) {
  let out = '';
  let quote = null;
  for (let i = 0; i < tag.length; i++) {
    const c = tag[i];
    if (quote) {
      out += c;
      if (c === quote) quote = null;
    } else if (c === '"' || c === "'") {
      out += c;
      quote = c;
    } else if (isWs(c)) {
      let j = i;
      while (j < tag.length && isWs(tag[j])) j++;
      if (tag[j] !== '>') out += ' ';
      i = j - 1;
    } else {
      out += c;
    }
  }
  return out;
}
