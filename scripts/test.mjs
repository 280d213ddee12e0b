// `npm test`: builds when the build is missing or stale, runs the Node tests (package, SSR,
// manifest) and the browser tests (@web/test-runner in Chromium), then prints one total line.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { staleness } from './freshness.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const extra = process.argv.slice(2);

function run(cmd, args) {
  return new Promise((resolve) => {
    let out = '';
    const child = spawn(cmd, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], env: process.env });
    child.stdout.on('data', (d) => {
      out += d;
      process.stdout.write(d);
    });
    child.stderr.on('data', (d) => {
      out += d;
      process.stderr.write(d);
    });
    child.on('close', (code) => resolve({ code: code ?? 1, out }));
  });
}

const strip = (s) => s.replace(/\x1b\[[0-9;]*[A-Za-z]/g, '');
let passed = 0;
let failed = 0;
let exit = 0;

if (!existsSync(path.join(root, 'custom-elements.json')) || staleness(['dist/index.js'], ['src'])) {
  console.log('> the build is missing or older than src/: npm run build');
  const b = await run('npm', ['run', 'build', '--silent']);
  if (b.code !== 0) process.exit(b.code);
}

if (!extra.includes('--browser-only')) {
  console.log('\n> Node tests: node --test test/node/');
  const files = readdirSync(path.join(root, 'test/node')).filter((f) => f.endsWith('.test.mjs'));
  // One file at a time, whatever the machine: the consumer apps, the story smoke test and the CDN
  // test each start Chromium and builds of their own (Node's default runs cores − 1 files at once,
  // which on a larger CI machine made Chromium's start miss its deadline).
  const n = await run('node', ['--test', '--test-concurrency=1', '--test-reporter=spec', ...files.map((f) => `test/node/${f}`)]);
  const text = strip(n.out);
  passed += Number(/^\S*\s*pass (\d+)/m.exec(text)?.[1] ?? 0);
  failed += Number(/^\S*\s*fail (\d+)/m.exec(text)?.[1] ?? 0);
  if (n.code !== 0) exit = n.code;
}

if (!extra.includes('--node-only')) {
  console.log('\n> Browser tests: web-test-runner (Chromium)');
  const w = await run('npx', ['web-test-runner', ...extra.filter((a) => !a.startsWith('--browser-only'))]);
  const totals = [...strip(w.out).matchAll(/(\d+) passed, (\d+) failed/g)].at(-1);
  if (totals) {
    passed += Number(totals[1]);
    failed += Number(totals[2]);
  } else if (w.code !== 0) {
    failed += 1;
  }
  if (w.code !== 0) exit = w.code;
}

console.log(`\n${passed} passed, ${failed} failed`);
process.exit(exit || (failed > 0 ? 1 : 0));
