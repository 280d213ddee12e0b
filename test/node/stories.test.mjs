// The story smoke test (scripts/story-smoke.mjs) as a Node test, so it counts in `npm test` and runs
// in CI: build Storybook statically when stale, then load every story and docs page in Chromium;
// each must render its element with no uncaught error. About 1.5-3 min (more when it builds).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { root } from './helpers.mjs';

test('every story renders its element in Chromium with no uncaught error', { timeout: 600_000 }, async () => {
  // No skip: a missing Chromium or a failed Storybook build is a failure, with the script's reason.
  const { code, out } = await new Promise((resolve) => {
    const child = spawn(process.execPath, ['scripts/story-smoke.mjs'], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let text = '';
    child.stdout.on('data', (d) => (text += d));
    child.stderr.on('data', (d) => (text += d));
    child.on('error', (error) => resolve({ code: 1, out: `${text}\n${error.message}` }));
    child.on('close', (c, signal) => resolve({ code: c ?? 1, out: signal ? `${text}\nkilled by ${signal}` : text }));
  });
  const lines = out.trim().split('\n');
  // The table and verdict; the Storybook build's own output only when something failed.
  const from = lines.findIndex((l) => /^> \d+ stories and/.test(l));
  const shown = code === 0 && from >= 0 ? [...lines.slice(0, from).filter((l) => /^> /.test(l)), ...lines.slice(from)] : lines;
  console.log(shown.join('\n'));
  const verdict = lines.findLast((l) => /^stories: \d+ passed, \d+ failed$/.test(l));
  const failures = lines.filter((l) => /^FAIL |^  - /.test(l)).join('\n');
  assert.equal(code, 0, failures || lines.slice(-10).join('\n'));
  assert.match(verdict ?? '', /^stories: [1-9]\d* passed, 0 failed$/, 'no verdict line, or no story was checked');
});
