// The README against custom-elements.json: its lists of parts and custom properties are made from
// the manifest (scripts/readme-api.mjs) and must be current, and every attribute and event the
// manifest has is named in its element's part of the README.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { elements, render } from '../../scripts/readme-api.mjs';
import { rel, requireBuild } from './helpers.mjs';

const readme = readFileSync(rel('README.md'), 'utf8');

/** The README from heading `from` to the next heading of the same level. */
function section(from) {
  const start = readme.indexOf(from);
  assert.ok(start >= 0, `README has "${from}"`);
  const level = /^#+/.exec(from)[0];
  const next = readme.indexOf(`\n${level} `, start + from.length);
  return readme.slice(start, next < 0 ? undefined : next);
}

/** Where each element is documented. */
const SECTIONS = {
  'news-player': () => section('## `<news-player>`') + section('## Coming from plain video.js'),
  'news-timestamp': () => section('## Time: deep links'),
  'news-transcript': () => section('## `<news-transcript>`'),
};

describe('README against custom-elements.json', () => {
  test('the lists of parts and custom properties are the manifest\'s (npm run docs:api)', () => {
    requireBuild();
    assert.equal(render(readme), readme);
    for (const tag of Object.keys(SECTIONS)) {
      for (const kind of ['parts', 'css-properties']) assert.ok(readme.includes(`<!-- manifest:${tag}:${kind} -->`), `${tag} ${kind} block`);
    }
  });

  for (const [tag, text] of Object.entries(SECTIONS)) {
    test(`<${tag}>: every attribute and event is named in its section`, () => {
      const declaration = elements().get(tag);
      assert.ok(declaration, `the manifest has <${tag}>`);
      const words = text();
      const missing = [
        ...(declaration.attributes ?? []).map((a) => a.name),
        ...(declaration.events ?? []).map((e) => e.name),
      ].filter((name) => !words.includes(`\`${name}\``) && !words.includes(`${name}\``) && !new RegExp(`\`[^\`]*\\b${name}\\b[^\`]*\``).test(words));
      assert.deepEqual(missing, [], `named in the README's section for <${tag}>`);
    });
  }

  test('every --news-* custom property the README names exists in the manifest', () => {
    const known = new Set([...elements().values()].flatMap((d) => (d.cssProperties ?? []).map((p) => p.name)));
    // Shared fallbacks a page may set once for all three elements.
    for (const shared of ['--news-radius', '--news-focus']) known.add(shared);
    const named = [...new Set(readme.match(/--news-[\w-]*\w(?![\w*-])/g))];
    assert.deepEqual(named.filter((n) => !known.has(n)), []);
  });
});

describe("README's box stylesheet", () => {
  test('the inline <style> of the quick start is src/news-player.css (news-player/news-player.css), rule for rule', () => {
    const rules = (css) =>
      css
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .replace(/\s+/g, ' ')
        .replace(/\s*([{};:,])\s*/g, '$1')
        .replace(/;}/g, '}')
        .trim();
    const file = rules(readFileSync(rel('src/news-player.css'), 'utf8'));
    const inline = /<style>([\s\S]*?)<\/style>/.exec(readme);
    assert.ok(inline, 'README has an inline <style>');
    assert.equal(rules(inline[1]), file);
  });
});
