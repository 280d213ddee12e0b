// The editor data and framework types generated from the manifest at build time
// (custom-elements-manifest.config.mjs): they must name every element and its attributes.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { builtComponents, pkg, rel, requireBuild } from './helpers.mjs';

requireBuild();
const json = (p) => JSON.parse(readFileSync(rel(p), 'utf8'));
const manifest = json('custom-elements.json');
const declared = new Map(
  manifest.modules.flatMap((m) => (m.declarations ?? []).filter((d) => d.tagName).map((d) => [d.tagName, d])),
);
const SOME = {
  'news-player': ['src', 'headline', 'duration', 'load', 'options', 'timeout', 'muted'],
  'news-transcript': ['for', 'src', 'timeout'],
  'news-timestamp': ['for', 'time', 'end'],
};

/** Checks that `tags` (name → attribute names) has every element with every manifest attribute. */
function assertAllTags(tags) {
  assert.deepEqual([...tags.keys()].sort(), builtComponents());
  for (const [tag, attributes] of tags) {
    for (const name of SOME[tag] ?? []) assert.ok(attributes.includes(name), `<${tag}> has ${name}`);
    assert.deepEqual(attributes.sort(), declared.get(tag).attributes.map((a) => a.name).sort(), `<${tag}>: the manifest's attributes`);
  }
}

describe('editor data', () => {
  test('VS Code: dist/vscode.html-custom-data.json has every tag with its attributes, described', () => {
    const data = json('dist/vscode.html-custom-data.json');
    assertAllTags(new Map(data.tags.map((t) => [t.name, t.attributes.map((a) => a.name)])));
    for (const t of data.tags) assert.ok(t.description, `<${t.name}> is described`);
    const preload = data.tags.find((t) => t.name === 'news-player').attributes.find((a) => a.name === 'preload');
    for (const v of ['none', 'metadata', 'auto']) assert.ok(preload.values?.some((x) => x.name === v), `preload lists ${v}`);
    const load = data.tags.find((t) => t.name === 'news-player').attributes.find((a) => a.name === 'load');
    assert.deepEqual(load.values?.map((x) => x.name), ['interaction', 'visible', 'eager'], 'load lists its values');
  });

  test('VS Code: dist/vscode.css-custom-data.json has the custom properties', () => {
    const names = json('dist/vscode.css-custom-data.json').properties.map((p) => p.name);
    assert.ok(names.includes('--news-player-accent'));
  });

  test('JetBrains: package.json points at dist/web-types.json, which has every tag with its attributes and events', () => {
    assert.equal(pkg['web-types'], './dist/web-types.json');
    const data = json(pkg['web-types']);
    assert.equal(data.name, pkg.name);
    assert.equal(data.version, pkg.version);
    const elements = data.contributions.html.elements;
    assertAllTags(new Map(elements.map((e) => [e.name, e.attributes.map((a) => a.name)])));
    const events = elements.find((e) => e.name === 'news-player').js?.events?.map((e) => e.name) ?? [];
    assert.ok(events.includes('news-player-statechange'), 'news-player-statechange');
  });
});

describe('framework types', () => {
  for (const name of ['jsx', 'vue', 'solid', 'svelte']) {
    test(`news-player/${name}: dist/types/${name}.d.ts types every element from the package's own classes`, () => {
      assert.deepEqual(pkg.exports[`./${name}`], { types: `./dist/types/${name}.d.ts` });
      const text = readFileSync(rel(`dist/types/${name}.d.ts`), 'utf8');
      assert.match(text, /from "\.\.\/index\.js";/, 'imports the classes from dist/index.d.ts');
      assert.ok(existsSync(rel('dist/index.d.ts')));
      for (const tag of builtComponents()) assert.ok(text.includes(`"${tag}": `), `<${tag}>`);
      // Typed from the element classes, events by their detail (not `CustomEvent<SomeEvent>`).
      assert.match(text, /NewsPlayer\["durationHint"\]/);
      assert.match(text, /CustomEvent<NewsPlayerStateChangeDetail>/);
      assert.doesNotMatch(text, /CustomEvent<\w+Event>/);
      assert.doesNotMatch(text, /\["undefined"\]/, 'every attribute names its field');
    });
  }
});
