// Package linters: publint (package.json against what ships) and @arethetypeswrong/cli (whether
// TypeScript resolves the types of every entry point). Errors fail; warnings are printed.
import { describe, test, before } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';
import { pkg, rel, requireBuild, root } from './helpers.mjs';

/**
 * Resolution modes attw leaves out for an ES-module-only package (its `esm-only` profile): `node10`
 * (`moduleResolution: "node"`, which ignores `exports`) and `require()` from CommonJS under
 * `node16`. Lit itself is ESM only, so neither can use the package; their findings are printed.
 */
const IGNORED_RESOLUTIONS = new Set(['node10', 'node16-cjs']);

describe('package linters', () => {
  before(requireBuild);

  test('publint reports no errors (warnings and suggestions printed)', async () => {
    const { messages } = await publint({ pkgDir: root, level: 'suggestion', pack: 'npm' });
    const manifest = JSON.parse(readFileSync(rel('package.json'), 'utf8'));
    const lines = messages.map((m) => `publint ${m.type}: ${formatMessage(m, manifest, { color: false }) ?? m.code}`);
    for (const line of lines) console.log(line);
    assert.deepEqual(
      messages.filter((m) => m.type === 'error').map((m) => formatMessage(m, manifest, { color: false }) ?? m.code),
      [],
    );
  });

  test('@arethetypeswrong/cli finds no problem for ES module consumers (profile esm-only)', async (t) => {
    const attw = rel('node_modules/@arethetypeswrong/cli/dist/index.js');
    // Into a file, not a pipe: attw exits as soon as it has written, and a pipe loses what the
    // kernel had not taken yet (the report is over 200 KB).
    const file = join(mkdtempSync(join(tmpdir(), 'attw-')), 'report.json');
    const { stdout, failed } = await new Promise((resolve) => {
      const out = openSync(file, 'w');
      const child = spawn(process.execPath, [attw, '--pack', '.', '--profile', 'esm-only', '--format', 'json', '--exclude-entrypoints', './news-player.css'], { cwd: root, stdio: ['ignore', out, 'pipe'] });
      let err = '';
      child.stderr.on('data', (d) => (err += d));
      child.on('error', (error) => resolve({ stdout: '', failed: `${error.message}\n${err}` }));
      child.on('close', (code) => {
        closeSync(out);
        const text = readFileSync(file, 'utf8');
        resolve({ stdout: text, failed: code && !text.trim() ? `exit ${code}\n${err}` : '' });
      });
    });
    if (failed) {
      // attw runs `npm pack` and TypeScript locally, with no network; if it cannot start, say so.
      if (/Unsupported engine|SyntaxError|ERR_REQUIRE_ESM/.test(failed)) {
        t.skip(`attw could not run here: ${failed.split('\n')[0]}`);
        console.log(`SKIP attw: ${failed}`);
        return;
      }
      assert.fail(`attw failed to run: ${failed}`);
    }
    const report = JSON.parse(stdout);
    const problems = Object.values(report.analysis?.problems ?? report.problems ?? {}).flat();
    const ignored = problems.filter((p) => IGNORED_RESOLUTIONS.has(p.resolutionKind));
    const real = problems.filter((p) => !IGNORED_RESOLUTIONS.has(p.resolutionKind));
    const kinds = [...new Set(ignored.map((p) => `${p.kind} (${p.resolutionKind})`))];
    if (kinds.length) console.log(`attw warnings, expected for an ESM-only package: ${kinds.join(', ')}`);
    assert.deepEqual(real.map((p) => `${p.kind}: ${p.entrypoint} (${p.resolutionKind ?? 'all'})`), []);
    // Every subpath of the exports map was analysed, ./react included.
    const analysed = Object.keys(report.analysis.entrypoints);
    // The box stylesheet is CSS: no types to resolve.
    for (const key of Object.keys(pkg.exports)) if (!key.endsWith('.css')) assert.ok(analysed.includes(key), `attw analysed ${key}`);
  });
});
