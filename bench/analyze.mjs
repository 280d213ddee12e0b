#!/usr/bin/env node
// Where the CDN's before-play bytes come from: every byte of the minified files that load before
// play (the entry and its static imports) is attributed, through the build's own source maps, to
// the source module it came from, and for news-player.component.ts to the class member.
//
// Two gzip figures per module or group:
//   alone     its minified bytes gzipped on their own (overstates: no shared dictionary);
//   marginal  gzip(all) − gzip(all without its bytes): what the before-play transfer loses if
//             the module leaves it. Marginals of a set are measured together, not summed.
// Plus an estimate of minifying the CSS and HTML inside template literals (whitespace collapsed,
// CSS punctuation spacing and comments dropped), which terser leaves as written.
//
//   node bench/analyze.mjs [dist/cdn]     prints the tables; bench/run.mjs uses analyze()
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { parseAst } from 'rollup/parseAst';
import { closure } from '../scripts/import-graph.mjs';
import ts from 'typescript';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..');
const gzip = (s) => gzipSync(Buffer.from(s), { level: 9 }).length;

// ---- source maps ------------------------------------------------------------------------------

const B64 = Object.fromEntries([...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'].map((c, i) => [c, i]));

function decodeVlq(segment) {
  const out = [];
  let value = 0;
  let shift = 0;
  for (const c of segment) {
    const digit = B64[c];
    value += (digit & 31) << shift;
    if (digit & 32) {
      shift += 5;
    } else {
      out.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return out;
}

/**
 * Splits a generated file into pieces `{ text, source, line }` (source index and original line,
 * or source -1 for bytes no mapping covers: license comments, glue). A mapping runs to the next
 * one, across line breaks (minified code breaks lines only inside template literals and
 * comments); license comments are unmapped whatever precedes them.
 */
function pieces(code, map) {
  const n = code.length;
  const source = new Int32Array(n).fill(-1);
  const line = new Int32Array(n).fill(-1);
  const starts = [0];
  for (let i = 0; i < n; i++) if (code[i] === '\n') starts.push(i + 1);
  const mapLines = map.mappings.split(';');
  const marks = []; // [offset, source, line]
  let src = 0;
  let orig = 0;
  for (let g = 0; g < starts.length; g++) {
    let col = 0;
    for (const raw of (mapLines[g] ?? '').split(',')) {
      if (!raw) continue;
      const v = decodeVlq(raw);
      col += v[0];
      if (v.length >= 4) {
        src += v[1];
        orig += v[2];
        marks.push([starts[g] + col, src, orig]);
      } else {
        marks.push([starts[g] + col, -1, -1]);
      }
    }
  }
  for (let k = 0; k < marks.length; k++) {
    const [from, s, l] = marks[k];
    const to = k + 1 < marks.length ? marks[k + 1][0] : n;
    source.fill(s, from, to);
    line.fill(l, from, to);
  }
  for (const m of code.matchAll(/\/\*[^]*?\*\//g)) {
    if (/@license|@preserve|^\/\*!/.test(m[0])) source.fill(-1, m.index, m.index + m[0].length);
  }
  const out = [];
  let at = 0;
  for (let i = 1; i <= n; i++) {
    if (i === n || source[i] !== source[at] || line[i] !== line[at]) {
      out.push({ text: code.slice(at, i), source: source[at], line: line[at] });
      at = i;
    }
  }
  return out;
}

// ---- grouping ---------------------------------------------------------------------------------

/** The group of a source path (as written in the map, relative to dist/cdn). */
export const GROUPS = [
  ['lit: core (lit-html, reactive-element, lit-element)', /node_modules\/(lit-html\/lit-html|lit-element\/lit-element|@lit\/reactive-element\/(reactive-element|css-tag))\.js$/],
  ['lit: decorators', /node_modules\/@lit\/reactive-element\/decorators\//],
  ['lit: directives (guard, keyed, directive helpers)', /node_modules\/lit-html\/(directive|directive-helpers|directives\/.*)\.js$/],
  ['news-player component', /src\/components\/news-player\/news-player(\.component)?\.ts$/],
  ['news-player state machine and controllers', /src\/state\/|src\/engine\/|src\/controllers\/(player-state|engine|load-strategy|one-at-a-time|deep-links|chapters|structured-data|prefetch)\.ts$/],
  ['news-player styles', /src\/components\/news-player\/news-player\.styles\.ts$/],
  ['player helpers (errors, sources, time, state, videojs-loader)', /src\/media\/(errors|sources|time|state|videojs-loader)\.ts$/],
  ['chapters, deep links, share', /src\/media\/(chapters|deep-link|share)\.ts$/],
  ['cue parsers (WebVTT, SRT, JSON, markup, sniff)', /src\/media\/cues\/(?!find)/],
  ['news-transcript component', /src\/components\/news-transcript\/(?!news-transcript\.styles)[\w.-]+\.ts$|src\/controllers\/(player-lookup|auto-scroll)\.ts$|src\/media\/cues\/find\.ts$/],
  ['news-transcript styles', /src\/components\/news-transcript\/news-transcript\.styles\.ts$/],
  ['news-timestamp component + styles', /src\/components\/news-timestamp\//],
  ['i18n (English strings, localize)', /src\/i18n\//],
  ['events', /src\/events\//],
  ['shared: base class, announcer, lazy loading, style snippets, index', /src\/internal\/|src\/controllers\/announcer\.ts$|src\/index\.ts$/],
];
const UNMAPPED = '(unmapped: license comments, chunk glue)';
const groupOf = (source) => GROUPS.find(([, re]) => re.test(source))?.[0] ?? (source === UNMAPPED ? UNMAPPED : 'other');

// ---- class members of the player --------------------------------------------------------------

/** `[name, firstLine, lastLine]` (0-based) for each member of the exported class in `text`. */
function classMembers(text) {
  const sf = ts.createSourceFile('x.ts', text, ts.ScriptTarget.Latest, true);
  const members = [];
  sf.forEachChild((node) => {
    if (!ts.isClassDeclaration(node)) return;
    for (const m of node.members) {
      const name = m.name ? m.name.getText(sf) : m.kind === ts.SyntaxKind.Constructor ? 'constructor' : '?';
      const kind = ts.isGetAccessor(m) ? 'get ' : ts.isSetAccessor(m) ? 'set ' : '';
      const first = sf.getLineAndCharacterOfPosition(m.getStart(sf)).line;
      const last = sf.getLineAndCharacterOfPosition(m.getEnd()).line;
      members.push([`${kind}${name}`, first, last]);
    }
  });
  return members;
}

/**
 * Members of NewsPlayer needed only once the reader has pressed play (or on failure): the
 * candidates for a module loaded with video.js. Everything else is the poster-card facade.
 */
export const AFTER_PLAY_MEMBERS = new Set([
  'afterEngine', 'label', 'onSourcesChanged', 'copyLink', 'renderLoading', 'renderUnavailable', 'retry',
  'onRetryClick', 'onOnline',
]);

/** Modules that run only once the reader has pressed play (or on failure): the engine's lifetime and what it reports. */
const AFTER_PLAY_MODULES = /src\/controllers\/engine\.ts$/;

// ---- template literals ------------------------------------------------------------------------

/** Template-literal text ranges of `code`, each `{ start, end, css }`. */
function templateRanges(code) {
  const quasis = [];
  const visit = (node) => {
    if (!node || typeof node.type !== 'string') return;
    if (node.type === 'TemplateElement') quasis.push(node);
    for (const value of Object.values(node)) {
      if (Array.isArray(value)) value.forEach(visit);
      else if (value && typeof value === 'object') visit(value);
    }
  };
  visit(parseAst(code));
  return quasis
    .sort((a, b) => a.start - b.start)
    .map((q) => {
      const raw = code.slice(q.start, q.end);
      return { start: q.start, end: q.end, css: /[\w\])]\s*{[^}]*:[^}]*}/.test(raw) && !/<\w/.test(raw) };
    });
}

/** Template text minified the way a literal minifier (e.g. minify-html-literals) would. */
function minifyTemplate(text, css) {
  let min = text.replace(/\s+/g, ' ');
  if (css) min = min.replace(/\/\*[^]*?\*\//g, '').replace(/\s*([{};,>])\s*/g, '$1').replace(/:\s+/g, ':').replace(/;}/g, '}');
  else min = min.replace(/>\s+</g, '><');
  return min;
}

// ---- the analysis -----------------------------------------------------------------------------

export function analyze(cdnDir = path.join(root, 'dist/cdn')) {
  // The before-play files: the entry and its static imports, in the order met.
  const files = [...closure([path.join(cdnDir, 'news-player.js')], { root: cdnDir }).files];
  const all = []; // { file, text, source (path), line }
  const codes = {};
  let missingMaps = [];
  const componentMembers = {};
  const contents = {};
  for (const file of files) {
    const code = readFileSync(file, 'utf8');
    codes[file] = code;
    const mapFile = `${file}.map`;
    if (!existsSync(mapFile)) {
      missingMaps.push(path.relative(cdnDir, file));
      all.push({ file, text: code, source: UNMAPPED, line: -1 });
      continue;
    }
    const map = JSON.parse(readFileSync(mapFile, 'utf8'));
    map.sources.forEach((s, i) => {
      if (map.sourcesContent?.[i]) contents[s] = map.sourcesContent[i].split('\n');
      if (/news-player\.component\.ts$/.test(s) && map.sourcesContent?.[i]) componentMembers[s] = classMembers(map.sourcesContent[i]);
    });
    const ranges = templateRanges(code);
    let offset = 0;
    for (const p of pieces(code, map)) {
      const base = { file, source: p.source < 0 ? UNMAPPED : map.sources[p.source], line: p.line };
      // Cut at template-literal boundaries, so template text can be minified on its own.
      const cuts = new Set([offset, offset + p.text.length]);
      for (const r of ranges) {
        if (r.start > offset && r.start < offset + p.text.length) cuts.add(r.start);
        if (r.end > offset && r.end < offset + p.text.length) cuts.add(r.end);
      }
      const points = [...cuts].sort((a, b) => a - b);
      for (let i = 0; i + 1 < points.length; i++) {
        const r = ranges.find((t) => points[i] >= t.start && points[i] < t.end);
        all.push({ ...base, text: code.slice(points[i], points[i + 1]), tpl: r ? (r.css ? 'css' : 'html') : null });
      }
      offset += p.text.length;
    }
  }
  const bytes = (list) => list.reduce((n, p) => n + Buffer.byteLength(p.text), 0);
  const totalGzip = files.reduce((n, f) => n + gzip(codes[f]), 0);
  const totalRaw = files.reduce((n, f) => n + Buffer.byteLength(codes[f]), 0);
  /** gzip of the before-play files with the pieces matching `drop` removed (templates minified). */
  const without = (drop, { templates = false } = {}) => {
    let n = 0;
    for (const file of files) {
      const kept = all.filter((p) => p.file === file && !drop(p));
      n += gzip(kept.map((p) => (templates && p.tpl ? minifyTemplate(p.text, p.tpl === 'css') : p.text)).join(''));
    }
    return n;
  };
  const row = (label, match) => {
    const list = all.filter(match);
    return {
      label,
      minified: bytes(list),
      gzipAlone: list.length ? gzip(list.map((p) => p.text).join('')) : 0,
      gzipMarginal: list.length ? totalGzip - without(match) : 0,
    };
  };

  const sources = [...new Set(all.map((p) => p.source))];
  const modules = sources
    .map((s) => ({ group: groupOf(s), ...row(s.replace(/^(\.\.\/)+/, ''), (p) => p.source === s) }))
    .sort((a, b) => b.minified - a.minified);
  const groupNames = [...new Set(modules.map((m) => m.group))];
  const groups = groupNames
    .map((g) => row(g, (p) => groupOf(p.source) === g))
    .sort((a, b) => b.gzipMarginal - a.gzipMarginal);

  // Members of the player component.
  const compSource = Object.keys(componentMembers)[0];
  const memberOf = (line) => componentMembers[compSource]?.find(([, a, b]) => line >= a && line <= b)?.[0] ?? '(module level)';
  const compPieces = all.filter((p) => p.source === compSource);
  const memberNames = [...new Set(compPieces.map((p) => memberOf(p.line)))];
  const members = memberNames
    .map((m) => ({ member: m, afterPlay: AFTER_PLAY_MEMBERS.has(m), minified: bytes(compPieces.filter((p) => memberOf(p.line) === m)) }))
    .sort((a, b) => b.minified - a.minified);

  // Scenarios: what leaves the before-play files under each proposal (measured together).
  const inGroups = (...names) => (p) => names.includes(groupOf(p.source));
  const afterPlay = (p) => p.source === compSource && AFTER_PLAY_MEMBERS.has(memberOf(p.line));
  // Lines of en.ts: the transcript's strings and the failure reasons (needed only when unavailable).
  const enLines = (source) => {
    const text = contents[source] ?? [];
    const lines = new Set();
    let inReason = false;
    text.forEach((l, i) => {
      if (/^\s*reason:\s*{/.test(l)) inReason = true;
      if (inReason || /^\s*transcript\w*:/.test(l)) lines.add(i);
      if (inReason && /^\s*},?\s*$/.test(l)) inReason = false;
    });
    return lines;
  };
  const enSource = Object.keys(contents).find((s) => /src\/i18n\/en\.ts$/.test(s));
  const enMoved = enSource ? enLines(enSource) : new Set();
  const scenarioDefs = [
    ['A', '<news-transcript> as a stub that imports its implementation on connect (component, styles, auto-scroll, cue index, Lit directives)',
      inGroups('news-transcript component', 'news-transcript styles', 'lit: directives (guard, keyed, directive helpers)')],
    ['B', 'cue parsers loaded only when a chapters track or a transcript needs them (import() in chapters.ts / the transcript)',
      inGroups('cue parsers (WebVTT, SRT, JSON, markup, sniff)')],
    ['C', '<news-timestamp> as a stub that imports its implementation on connect',
      inGroups('news-timestamp component + styles')],
    ['D', 'NewsPlayer split: the poster-card facade up front; the engine lifetime and what follows playback (controllers/engine.ts, the after-play members) in the chunk loaded with video.js, the failure path (renderUnavailable, errors.ts) in a chunk loaded on failure',
      (p) => afterPlay(p) || AFTER_PLAY_MODULES.test(p.source) || /src\/media\/(errors|share)\.ts$/.test(p.source)],
    ['F', 'English strings of the transcript and of the failure reasons out of the shared en.ts (to the transcript chunk / the failure path)',
      (p) => p.source === enSource && enMoved.has(p.line)],
  ];
  const scenarios = [];
  for (const [id, label, match] of scenarioDefs) {
    scenarios.push({ id, label, gzipSaved: totalGzip - without(match), minifiedSaved: bytes(all.filter(match)) });
  }
  const templated = without(() => false, { templates: true });
  scenarios.push({ id: 'E', label: 'minify CSS and HTML in template literals at build time (on today\'s files)', gzipSaved: totalGzip - templated, minifiedSaved: null });
  const every = (p) => scenarioDefs.some(([, , m]) => m(p));
  const rest = without(every, { templates: true });
  scenarios.push({ id: 'all', label: 'A + B + C + D + F, then E on what is left', gzipSaved: totalGzip - rest, minifiedSaved: bytes(all.filter(every)), gzipLeft: rest });
  // What is left after all of them, by group (alone: each group's bytes gzipped on their own).
  const left = all.filter((p) => !every(p));
  const leftGroups = [...new Set(left.map((p) => groupOf(p.source)))]
    .map((g) => {
      const list = left.filter((p) => groupOf(p.source) === g);
      return { label: g, minified: bytes(list), gzipAlone: gzip(list.map((p) => (p.tpl ? minifyTemplate(p.text, p.tpl === 'css') : p.text)).join('')) };
    })
    .sort((a, b) => b.gzipAlone - a.gzipAlone);
  const litOut = (p) => every(p) || /^lit: (core|decorators)/.test(groupOf(p.source));
  scenarios.push({
    id: 'all + G',
    label: 'and G: a Lit-free poster-card facade (Lit loads with the rest on interaction or when a transcript/timestamp is present); an upper bound: the hand-written facade adds some of it back',
    gzipSaved: totalGzip - without(litOut, { templates: true }),
    minifiedSaved: bytes(all.filter(litOut)),
  });

  return {
    files: files.map((f) => path.relative(cdnDir, f)),
    missingMaps,
    totalGzip,
    totalRaw,
    groups,
    modules,
    members,
    scenarios,
    leftGroups,
  };
}

export function formatAnalysis(a) {
  const kb = (n) => (n / 1024).toFixed(1);
  const lines = [];
  lines.push(`Before play: ${a.files.join(' + ')}: ${kb(a.totalGzip)} KB gzip, ${kb(a.totalRaw)} KB minified.`);
  if (a.missingMaps.length) lines.push(`(no source map for ${a.missingMaps.join(', ')}: counted as unmapped)`);
  lines.push('', '| group | minified KB | gzip alone KB | gzip marginal KB |', '|---|---:|---:|---:|');
  for (const g of a.groups) lines.push(`| ${g.label} | ${kb(g.minified)} | ${kb(g.gzipAlone)} | ${kb(g.gzipMarginal)} |`);
  lines.push('', '| module | group | minified KB | gzip alone KB | gzip marginal KB |', '|---|---|---:|---:|---:|');
  for (const m of a.modules) lines.push(`| ${m.label} | ${m.group} | ${kb(m.minified)} | ${kb(m.gzipAlone)} | ${kb(m.gzipMarginal)} |`);
  const before = a.members.filter((m) => !m.afterPlay).reduce((n, m) => n + m.minified, 0);
  const after = a.members.filter((m) => m.afterPlay).reduce((n, m) => n + m.minified, 0);
  lines.push('', `news-player.component.ts by member (minified bytes): facade ${before} B, needed only after play ${after} B.`);
  lines.push('', '| member | after play only | minified B |', '|---|---|---:|');
  for (const m of a.members.slice(0, 25)) lines.push(`| ${m.member} | ${m.afterPlay ? 'yes' : ''} | ${m.minified} |`);
  lines.push('', '| proposal | what moves out of the before-play files | gzip saved KB | minified saved KB |', '|---|---|---:|---:|');
  for (const s of a.scenarios) lines.push(`| ${s.id} | ${s.label} | ${kb(s.gzipSaved)} | ${s.minifiedSaved == null ? '–' : kb(s.minifiedSaved)} |`);
  const all = a.scenarios.find((s) => s.id === 'all');
  lines.push('', `Left before play after A–F: ${kb(all.gzipLeft)} KB gzip (of ${kb(a.totalGzip)}), plus the stubs and import glue the changes add.`);
  lines.push('', '| group left | minified KB | gzip alone KB |', '|---|---:|---:|');
  for (const g of a.leftGroups) lines.push(`| ${g.label} | ${kb(g.minified)} | ${kb(g.gzipAlone)} |`);
  return lines.join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = path.resolve(process.argv[2] ?? path.join(root, 'dist/cdn'));
  console.log(formatAnalysis(analyze(dir)));
}
