// The CDN transfer budgets (scripts/size-budget.mjs): before play, and what MP4 playback adds.
// Needs `npm run build` (scripts/test.mjs builds when dist/ is missing or stale).
import { describe, test, before } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { rel, requireBuild, root } from './helpers.mjs';
import { BUDGETS, GOALS, checkBudgets } from '../../scripts/size-budget.mjs';

const check = (...args) =>
  spawnSync(process.execPath, [rel('scripts/size-budget.mjs'), ...args], { cwd: root, encoding: 'utf8' });

describe('size budgets', () => {
  before(() => requireBuild());

  test('the CDN build is within its budgets', () => {
    const r = check();
    assert.equal(r.status, 0, `size:check failed:\n${r.stdout}${r.stderr}`);
    assert.match(r.stdout, /budget \(ratchet\)/);
    assert.match(r.stdout, /goal/);
  });

  test('both groups are measured, with the files that make them', () => {
    const [beforePlay, mp4] = checkBudgets();
    assert.ok(beforePlay.files.includes('news-player.js'));
    assert.ok(beforePlay.bytes > 1024, 'the entry is measured');
    assert.ok(mp4.files.some((f) => /^chunks\/videojs-core-/.test(f)), 'video.js core is in the MP4 group');
    assert.ok(mp4.files.some((f) => /^chunks\/videojs-styles-/.test(f)), 'video.js styles are in the MP4 group');
    assert.ok(!mp4.files.some((f) => /videojs-full-/.test(f)), 'the streaming engine is not in the MP4 group');
    assert.ok(!mp4.files.includes('news-player.js'), 'what loads before play is not counted again');
  });

  test('a budget exceeded fails the check (exit 1)', () => {
    for (const args of [['--before-play-kb', '1'], ['--mp4-kb', '1']]) {
      const r = check(...args);
      assert.equal(r.status, 1, `${args.join(' ')} should fail:\n${r.stdout}`);
      assert.match(r.stdout, /OVER BUDGET/);
    }
  });

  test('budgets are the goals, or ratchets above them', () => {
    assert.equal(BUDGETS.mp4, GOALS.mp4, 'MP4: the budget is the goal');
    assert.ok(BUDGETS.beforePlay >= GOALS.beforePlay, 'before play: a ratchet is never below the goal');
  });
});
