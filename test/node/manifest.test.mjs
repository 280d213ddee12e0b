// custom-elements.json: what editors, Storybook and docs learn about the elements.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { builtComponents, rel, requireBuild } from './helpers.mjs';

requireBuild();
const manifest = JSON.parse(readFileSync(rel('custom-elements.json'), 'utf8'));
const elements = () =>
  manifest.modules.flatMap((m) => (m.declarations ?? []).filter((d) => d.tagName).map((d) => ({ ...d, module: m.path })));
const element = (tag) => elements().find((d) => d.tagName === tag);

describe('custom-elements.json', () => {
  test('declares every built component under its tag, defined by its registering module', () => {
    const components = builtComponents();
    assert.ok(components.includes('news-player'));
    for (const tag of components) {
      const decl = element(tag);
      assert.ok(decl, `<${tag}> is declared`);
      assert.equal(decl.customElement, true);
      const registering = manifest.modules.find((m) => m.path === `dist/components/${tag}/${tag}.js`);
      const definition = registering?.exports?.find((e) => e.kind === 'custom-element-definition' && e.name === tag);
      assert.ok(definition, `dist/components/${tag}/${tag}.js defines <${tag}>`);
      assert.ok(existsSync(rel(definition.declaration.module)), `${definition.declaration.module} exists`);
    }
  });

  test('defines no bogus tags', () => {
    const definitions = manifest.modules.flatMap((m) => (m.exports ?? []).filter((e) => e.kind === 'custom-element-definition'));
    for (const d of definitions) assert.match(d.name, /^[a-z][a-z0-9]*-[a-z0-9-]*$/, `${d.name} is a valid tag name`);
  });

  test('<news-player> lists its attributes', () => {
    const names = element('news-player').attributes.map((a) => a.name);
    for (const name of ['src', 'type', 'poster', 'headline', 'load', 'duration', 'start', 'timeout', 'muted', 'autoplay', 'audio']) {
      assert.ok(names.includes(name), `attribute ${name}`);
    }
    const src = element('news-player').attributes.find((a) => a.name === 'src');
    assert.ok(src.description, 'attributes carry their JSDoc');
  });

  test('<news-player> lists its read-only state attribute', {
    todo: element('news-player')?.attributes.some((a) => a.name === 'state')
      ? false
      : 'needs `@attr {PlayerState} state - …` in the class JSDoc (src)',
  }, () => {
    assert.ok(element('news-player').attributes.some((a) => a.name === 'state'));
  });

  test('<news-player> lists its events, parts and custom properties from the class JSDoc', () => {
    const decl = element('news-player');
    const events = decl.events.map((e) => e.name);
    for (const name of ['news-player-statechange', 'news-player-error', 'news-player-progress', 'play', 'pause', 'ended', 'error']) {
      assert.ok(events.includes(name), `event ${name}`);
    }
    assert.ok(!events.includes('type'), 'no event named after a variable');
    assert.ok(decl.events.every((e) => e.description), 'every event is described');
    const parts = decl.cssParts.map((p) => p.name);
    for (const name of ['base', 'poster-card', 'unavailable', 'retry']) assert.ok(parts.includes(name), `part ${name}`);
    const props = decl.cssProperties.map((p) => p.name);
    assert.ok(props.includes('--news-player-accent'));
    assert.ok(decl.cssProperties.find((p) => p.name === '--news-player-accent').default, 'defaults are recorded');
    assert.ok(decl.summary, 'summary');
  });

  test('<news-player> documents exactly the one list of re-dispatched media events, each described', async () => {
    const { MEDIA_EVENTS } = await import(rel('dist/events/media-events.js'));
    const decl = element('news-player');
    const media = decl.events.filter((e) => !e.name.startsWith('news-player-'));
    assert.deepEqual(media.map((e) => e.name).sort(), [...MEDIA_EVENTS].sort(), '@event lines = MEDIA_EVENTS');
    for (const e of media) assert.ok(e.description, `${e.name} is described`);
  });
});
