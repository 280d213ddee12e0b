// The consumer test (scripts/consumer-test.mjs) as a Node test, so it counts in `npm test`:
// `npm pack`, install into a throwaway Vite app, build, play in Chromium. About 15-25 s.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { requireBuild, root } from './helpers.mjs';

test('the packed tarball installs into a Vite app, builds, and plays in Chromium', { timeout: 200_000 }, async (t) => {
  requireBuild();
  // The one reason to skip: no working `npm pack` (say so; never skip quietly).
  const pack = spawnSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, encoding: 'utf8' });
  if (pack.error || pack.status !== 0) {
    const reason = `npm pack cannot run here: ${pack.error?.message ?? pack.stderr.trim().split('\n').at(-1)}`;
    console.log(`SKIP consumer test: ${reason}`);
    t.skip(reason);
    return;
  }
  // dist/ as built (like the other package tests); the script builds only when asked to.
  const { code, out } = await new Promise((resolve) => {
    const child = spawn(process.execPath, ['scripts/consumer-test.mjs', '--no-build'], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let text = '';
    child.stdout.on('data', (d) => (text += d));
    child.stderr.on('data', (d) => (text += d));
    child.on('close', (c) => resolve({ code: c, out: text }));
  });
  console.log(out.trim());
  const verdict = out.trim().split('\n').findLast((l) => /^(PASS|FAIL) consumer test/.test(l));
  assert.equal(code, 0, verdict ?? out.trim().split('\n').slice(-5).join('\n'));
  assert.match(verdict ?? '', /^PASS/);
});
