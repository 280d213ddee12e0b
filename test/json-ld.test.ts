import { fixture, html, expect, waitUntil } from '@open-wc/testing';
import '../src/index.js';
import type { NewsPlayer, NewsTranscript } from '../src/index.js';
import { cueTextToPlain } from '../src/media/cues/markup.js';
import { deepLinkUrl, readDeepLink } from '../src/media/deep-link.js';
import { isoDuration, videoObject } from '../src/media/json-ld.js';
import { MEDIA, stateReached } from './support/helpers.js';

type Json = Record<string, unknown>;

/** The player's JSON-LD, parsed; `undefined` while there is none. */
function jsonLd(el: NewsPlayer): Json | undefined {
  const script = el.querySelector(':scope > script[type="application/ld+json"][data-news-player]');
  return script ? (JSON.parse(script.textContent ?? '') as Json) : undefined;
}

async function jsonLdWhen(el: NewsPlayer, check: (data: Json) => boolean, what: string): Promise<Json> {
  await waitUntil(() => {
    const data = jsonLd(el);
    return data !== undefined && check(data);
  }, `JSON-LD never had ${what}: ${JSON.stringify(jsonLd(el))}`);
  return jsonLd(el)!;
}

// ---- a small validator for the schema.org vocabulary as Google's video docs use it -------------

const ISO_DATE = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?$/;
const ISO_DURATION = /^P(?!$)(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+(\.\d+)?S)?)?$/;
const isUrl = (v: unknown) => typeof v === 'string' && /^https?:\/\//.test(v) && Boolean(new URL(v));
const isText = (v: unknown) => typeof v === 'string' && v.trim() !== '';
type Check = (value: unknown) => boolean;

/** Per schema.org type: every property allowed, the expected value type, and Google's required ones. */
const SCHEMA: Record<string, { required: string[]; properties: Record<string, Check> }> = {
  VideoObject: {
    required: ['name', 'thumbnailUrl', 'uploadDate'],
    properties: {
      name: isText,
      description: isText,
      thumbnailUrl: (v) => Array.isArray(v) && v.length > 0 && v.every(isUrl),
      uploadDate: (v) => typeof v === 'string' && ISO_DATE.test(v),
      duration: (v) => typeof v === 'string' && ISO_DURATION.test(v),
      contentUrl: isUrl,
      transcript: isText,
      hasPart: (v) => Array.isArray(v) && v.every((c) => validate(c, 'Clip')),
      potentialAction: (v) => validate(v, 'SeekToAction'),
      publication: (v) => validate(v, 'BroadcastEvent'),
      inLanguage: isText,
    },
  },
  Clip: {
    required: ['name', 'startOffset', 'url'],
    properties: {
      name: isText,
      startOffset: (v) => typeof v === 'number' && Number.isInteger(v) && v >= 0,
      endOffset: (v) => typeof v === 'number' && Number.isInteger(v) && v > 0,
      url: isUrl,
    },
  },
  SeekToAction: {
    required: ['target', 'startOffset-input'],
    properties: {
      target: (v) => typeof v === 'string' && v.includes('{seek_to_second_number}'),
      'startOffset-input': (v) => v === 'required name=seek_to_second_number',
    },
  },
  BroadcastEvent: {
    required: ['isLiveBroadcast', 'startDate'],
    properties: {
      isLiveBroadcast: (v) => typeof v === 'boolean',
      startDate: (v) => typeof v === 'string' && ISO_DATE.test(v),
      endDate: (v) => typeof v === 'string' && ISO_DATE.test(v),
    },
  },
};

/** Throws with a readable message unless `data` is a valid `type`; true otherwise. */
function validate(data: unknown, type: string): boolean {
  const spec = SCHEMA[type];
  if (typeof data !== 'object' || data === null) throw new Error(`${type} must be an object`);
  const object = data as Json;
  if (object['@type'] !== type) throw new Error(`expected @type ${type}, got ${String(object['@type'])}`);
  for (const key of spec.required) if (!(key in object)) throw new Error(`${type} lacks required ${key}`);
  for (const [key, value] of Object.entries(object)) {
    if (key === '@type' || key === '@context') continue;
    const check = spec.properties[key];
    if (!check) throw new Error(`${key} is not a property of ${type} here`);
    if (!check(value)) throw new Error(`${type}.${key} has the wrong type: ${JSON.stringify(value)}`);
  }
  return true;
}

const page = () => {
  const url = new URL(location.href);
  url.hash = '';
  return url;
};

describe('<news-player> structured data', () => {
  it('writes ISO 8601 durations', () => {
    expect(isoDuration(164)).to.equal('PT2M44S');
    expect(isoDuration(3723)).to.equal('PT1H2M3S');
    expect(isoDuration(3600)).to.equal('PT1H');
    expect(isoDuration(6.007)).to.equal('PT6S');
    expect(isoDuration(0)).to.equal('PT0S');
  });

  it('emits nothing unless asked', async () => {
    const el = await fixture<NewsPlayer>(html`<news-player src=${MEDIA.webm} headline="Quiet"></news-player>`);
    await el.updateComplete;
    await new Promise((r) => setTimeout(r, 50));
    expect(el.querySelector('script')).to.equal(null);
  });

  it('describes the player, its chapters and the deep-link form as a valid VideoObject', async () => {
    const el = await fixture<NewsPlayer>(html`<news-player
      structured-data
      src=${MEDIA.webm}
      poster=${MEDIA.poster}
      headline="Kerry: US Open to Cooperation with Iran to Help Iraq"
      description="Secretary of State John Kerry on cooperation with Iran."
      upload-date="2014-06-17T09:30:00+00:00"
      duration="0:06"
    >
      <track kind="chapters" src=${MEDIA.chapters} srclang="en" />
    </news-player>`);
    const data = await jsonLdWhen(el, (d) => Array.isArray(d.hasPart), 'chapters');
    expect(el.state, 'structured data needs no video.js').to.equal('idle');
    expect(validate(data, 'VideoObject')).to.equal(true);
    expect(data['@context']).to.equal('https://schema.org');
    expect(data.name).to.equal(el.headline);
    expect(data.description).to.equal('Secretary of State John Kerry on cooperation with Iran.');
    expect(data.thumbnailUrl).to.deep.equal([new URL(MEDIA.poster, location.href).href]);
    expect(data.uploadDate).to.equal('2014-06-17T09:30:00+00:00');
    expect(data.duration).to.equal('PT6S');
    expect(data.contentUrl).to.equal(new URL(MEDIA.webm, location.href).href);
    expect(data).to.not.have.property('publication');

    const clips = data.hasPart as Json[];
    expect(clips.map((c) => [c.name, c.startOffset, c.endOffset])).to.deep.equal(
      el.chapters.map((c) => [c.title, c.start, c.end]),
    );
    for (const clip of clips) {
      const url = new URL(clip.url as string);
      expect(url.origin + url.pathname).to.equal(page().origin + page().pathname);
      expect(readDeepLink(url)).to.deep.equal({ start: clip.startOffset });
    }

    const action = data.potentialAction as Json;
    const target = (action.target as string).replace('{seek_to_second_number}', '83');
    expect(target.startsWith(`${page().origin}${page().pathname}`)).to.equal(true);
    expect(readDeepLink(new URL(target))).to.deep.equal({ start: 83 });
    // The session id of the page's own query is kept: the link is to this page.
    expect(new URL(target).searchParams.get('wtr-session-id')).to.equal(page().searchParams.get('wtr-session-id'));
  });

  it('carries the words of the bound transcript', async () => {
    const wrap = await fixture<HTMLElement>(html`<div>
      <news-player id="story" structured-data src=${MEDIA.webm} poster=${MEDIA.poster} headline="With transcript" upload-date="2014-06-17">
        <track kind="captions" src=${MEDIA.captions} srclang="en" label="English" default />
      </news-player>
      <news-transcript for="story"></news-transcript>
    </div>`);
    const el = wrap.querySelector('news-player')!;
    const transcript = wrap.querySelector('news-transcript') as NewsTranscript;
    const data = await jsonLdWhen(el, (d) => typeof d.transcript === 'string', 'a transcript');
    expect(transcript.cues).to.have.length(6);
    const expected: string[] = [];
    let voice: string | undefined;
    for (const cue of transcript.cues) {
      const words = cueTextToPlain(cue.text).trim();
      expected.push(cue.voice && cue.voice !== voice ? `${cue.voice}: ${words}` : words);
      voice = cue.voice ?? voice;
    }
    expect(data.transcript).to.equal(expected.join('\n'));
    expect(data.transcript).to.contain('Anna: Here are tonight');
    expect(validate(data, 'VideoObject')).to.equal(true);
  });

  it('learns the duration from the media when there is no hint', async () => {
    const el = await fixture<NewsPlayer>(html`<news-player structured-data src=${MEDIA.long} headline="Long" muted></news-player>`);
    const before = await jsonLdWhen(el, () => true, 'anything');
    expect(before).to.not.have.property('duration');
    await el.load();
    await stateReached(el, 'ready');
    const after = await jsonLdWhen(el, (d) => 'duration' in d, 'a duration');
    expect(after.duration).to.equal('PT20S');
  });

  it('marks a live stream with a BroadcastEvent, without duration or seek action', async () => {
    const el = await fixture<NewsPlayer>(html`<news-player
      structured-data
      live
      src="/live/jsonld/index.m3u8"
      poster=${MEDIA.poster}
      headline="Live from the briefing"
      upload-date="2014-06-17T09:00:00+00:00"
      live-start="2014-06-17T09:00:00+00:00"
      live-end="2014-06-17T10:00:00+00:00"
      duration="1:00"
    ></news-player>`);
    const data = await jsonLdWhen(el, (d) => 'publication' in d, 'a publication');
    expect(validate(data, 'VideoObject')).to.equal(true);
    expect(data.publication).to.deep.equal({
      '@type': 'BroadcastEvent',
      isLiveBroadcast: true,
      startDate: '2014-06-17T09:00:00+00:00',
      endDate: '2014-06-17T10:00:00+00:00',
    });
    expect(data).to.not.have.property('duration');
    expect(data).to.not.have.property('potentialAction');
  });

  it('names the player in its deep links on a page with several players', async () => {
    const wrap = await fixture<HTMLElement>(html`<div>
      <news-player id="lead" src=${MEDIA.long}></news-player>
      <news-player id="second" structured-data src=${MEDIA.webm} headline="Second" upload-date="2014-06-17">
        <track kind="chapters" src=${MEDIA.chapters} srclang="en" />
      </news-player>
    </div>`);
    const el = wrap.querySelector<NewsPlayer>('#second')!;
    const data = await jsonLdWhen(el, (d) => Array.isArray(d.hasPart), 'chapters');
    const clips = data.hasPart as Json[];
    expect(readDeepLink(new URL(clips[1].url as string))).to.deep.equal({ id: 'second', start: 2 });
    const target = ((data.potentialAction as Json).target as string).replace('{seek_to_second_number}', '4');
    expect(readDeepLink(new URL(target))).to.deep.equal({ id: 'second', start: 4 });
  });

  it('updates a server-rendered script in place, leaves other scripts alone, and removes its own when turned off', async () => {
    const el = await fixture<NewsPlayer>(html`<news-player structured-data src=${MEDIA.webm} headline="Server rendered">
      <script type="application/ld+json" data-news-player>{"@type":"VideoObject","name":"stale"}</script>
      <script type="application/ld+json">{"@type":"Organization","name":"Publisher"}</script>
    </news-player>`);
    await jsonLdWhen(el, (d) => d.name === 'Server rendered', 'the new name');
    expect(el.querySelectorAll('script[data-news-player]')).to.have.length(1);
    expect(el.querySelectorAll('script')).to.have.length(2);
    el.headline = 'Renamed';
    await jsonLdWhen(el, (d) => d.name === 'Renamed', 'the new headline');
    el.structuredData = false;
    await waitUntil(() => el.querySelector('script[data-news-player]') === null, 'script removed');
    expect(el.querySelectorAll('script')).to.have.length(1);
  });

  it('does not disturb a playing player whose sources are children', async () => {
    const el = await fixture<NewsPlayer>(html`<news-player muted headline="Children">
      <source src=${MEDIA.long} type="video/webm" />
    </news-player>`);
    await el.play();
    const t0 = el.currentTime;
    await waitUntil(() => el.currentTime > t0 + 0.3, 'playing on');
    // The script child appears mid-play: it is not a <source>, so playback must not restart.
    el.structuredData = true;
    await jsonLdWhen(el, (d) => d.name === 'Children', 'the headline');
    el.headline = 'Children, renamed';
    await jsonLdWhen(el, (d) => d.name === 'Children, renamed', 'the new headline');
    expect(el.currentTime).to.be.greaterThan(t0 + 0.3);
    const t = el.currentTime;
    await waitUntil(() => el.currentTime > t + 0.3, 'still playing on');
    expect(el.state).to.equal('playing');
    expect(el.player!.currentSrc()).to.contain('long.webm');
  });

  it('builds the same shape without a player (the pure builder)', () => {
    const data = videoObject({
      link: (start) => deepLinkUrl('https://news.example/story?id=7', start, { query: true }),
      name: 'Story',
      thumbnailUrl: 'https://news.example/poster.jpg',
      uploadDate: '2014-06-17',
      duration: 164,
      chapters: [{ start: 0, end: 80.4, title: 'Opening' }, { start: 80.4, end: 164, title: 'Kerry' }],
    });
    expect(validate(data, 'VideoObject')).to.equal(true);
    expect(data.duration).to.equal('PT2M44S');
    expect((data.hasPart as Json[]).map((c) => c.url)).to.deep.equal([
      'https://news.example/story?id=7&t=0',
      'https://news.example/story?id=7&t=80',
    ]);
    expect((data.potentialAction as Json).target).to.equal('https://news.example/story?id=7&t={seek_to_second_number}');
  });
});
