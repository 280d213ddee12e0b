// <news-transcript> and its player's captions in several languages: the language choice, following
// the player's captions menu, lang/dir per track, and a stream's in-manifest subtitles (HLS with
// WebVTT renditions, test/media/hls-subs/, made by scripts/make-stream-subtitles.sh).
import { fixture, fixtureCleanup, html, expect, waitUntil } from '@open-wc/testing';
import '../src/index.js';
import type { NewsPlayer, NewsTranscript, NewsTranscriptLoadEvent } from '../src/index.js';
import en from '../src/i18n/en.js';
import { CAPTIONS_KEY } from '../src/media/captions-choice.js';
import { TRANSCRIPT_LANGUAGE_KEY } from '../src/components/news-transcript/transcript-languages.js';
import { MEDIA, stateReached } from './support/helpers.js';

const SPANISH = '/test/media/captions-es.vtt';
const STREAM = '/test/media/hls-subs/master.m3u8';
const ARABIC = `data:text/vtt,${encodeURIComponent('WEBVTT\n\n00:00.000 --> 00:03.000\nمساء الخير\n\n00:03.000 --> 00:06.000\nإليكم أهم الأخبار\n')}`;

const shadow = (el: Element) => el.shadowRoot!;
const cueTexts = (el: NewsTranscript) =>
  [...shadow(el).querySelectorAll('[part~="cue"] [part="text"]')].map((c) => c.textContent!.replace(/\s+/g, ' ').trim());
const select = (el: NewsTranscript) => shadow(el).querySelector<HTMLSelectElement>('[part="language"]');
const body = (el: NewsTranscript) => shadow(el).querySelector<HTMLElement>('[part="body"]')!;
const message = (el: NewsTranscript) => (shadow(el).querySelector('[part="message"]')?.textContent ?? '').replace(/\s+/g, ' ').trim();

async function shows(el: NewsTranscript, first: string, what = first): Promise<void> {
  await waitUntil(() => cueTexts(el)[0] === first, `the transcript never showed "${what}" (first cue: "${cueTexts(el)[0]}", message: "${message(el)}")`, {
    timeout: 15_000,
  });
}

/** Picks `label` in the player's captions menu, as a reader would with the mouse. */
async function pickCaptions(player: NewsPlayer, label: string): Promise<void> {
  const root = shadow(player);
  await waitUntil(() => root.querySelector('.vjs-subs-caps-button button, .vjs-captions-button button'), 'no captions button', { timeout: 15_000 });
  await waitUntil(
    () => [...root.querySelectorAll('.vjs-subs-caps-button .vjs-menu-item')].some((i) => i.textContent!.includes(label)),
    `no "${label}" in the captions menu`,
    { timeout: 15_000 },
  );
  const item = [...root.querySelectorAll<HTMLElement>('.vjs-subs-caps-button .vjs-menu-item')].find((i) => i.textContent!.includes(label))!;
  item.click();
}

function clearChoices(): void {
  localStorage.removeItem(CAPTIONS_KEY);
  localStorage.removeItem(TRANSCRIPT_LANGUAGE_KEY);
}

// Every test starts and ends with no remembered choice.
beforeEach(clearChoices);
afterEach(() => {
  fixtureCleanup();
  clearChoices();
});

/** A player with English captions (default) and Spanish subtitles, and a transcript of it. */
function twoLanguages(id: string): Promise<HTMLDivElement> {
  return fixture<HTMLDivElement>(html`<div>
    <news-player id=${id} src=${MEDIA.webm}>
      <track kind="captions" src=${MEDIA.captions} srclang="en" label="English" default />
      <track kind="subtitles" src=${SPANISH} srclang="es" label="Español" />
    </news-player>
    <news-transcript for=${id}></news-transcript>
  </div>`);
}

describe('<news-transcript> languages', () => {
  it('offers a language choice named from the tracks, reads the chosen one and remembers it', async () => {
    const wrap = await twoLanguages('p1');
    const el = wrap.querySelector<NewsTranscript>('news-transcript')!;
    await shows(el, 'Good evening, and welcome to the news.');
    expect(el.source).to.equal('track');
    const choice = select(el)!;
    expect(choice, 'a language choice').to.exist;
    expect([...choice.options].map((o) => o.textContent!.trim())).to.deep.equal(['English', 'Español']);
    expect(choice.getAttribute('aria-label')).to.equal(en.transcriptLanguage);
    expect(body(el).lang).to.equal('en');

    choice.value = [...choice.options][1].value;
    choice.dispatchEvent(new Event('change', { bubbles: true }));
    await shows(el, 'Buenas noches y bienvenidos a las noticias.');
    expect(body(el).lang).to.equal('es');
    expect(select(el)!.selectedOptions[0].textContent!.trim()).to.equal('Español');
    expect(localStorage.getItem(TRANSCRIPT_LANGUAGE_KEY)).to.equal('es');
    // The player's own captions are the reader's to choose: untouched.
    expect(localStorage.getItem(CAPTIONS_KEY)).to.equal(null);
    await expect(el).to.be.accessible();

    // The next transcript on the site starts in the remembered language.
    fixtureCleanup();
    const again = await twoLanguages('p2');
    await shows(again.querySelector<NewsTranscript>('news-transcript')!, 'Buenas noches y bienvenidos a las noticias.', 'Spanish, remembered');
  });

  it('follows the language the reader picks in the player’s captions menu', async () => {
    const wrap = await twoLanguages('p3');
    const player = wrap.querySelector<NewsPlayer>('news-player')!;
    const el = wrap.querySelector<NewsTranscript>('news-transcript')!;
    await shows(el, 'Good evening, and welcome to the news.');
    await player.load();
    await stateReached(player, 'ready');
    const changes: string[] = [];
    player.addEventListener('news-player-captionschange', (e) => changes.push(e.detail.showing?.language ?? 'off'));
    await pickCaptions(player, 'Español');
    await shows(el, 'Buenas noches y bienvenidos a las noticias.', 'Spanish after the captions menu');
    expect(changes).to.include('es');
    expect(player.captionTracks.find((t) => t.showing)?.language).to.equal('es');
    expect(select(el)!.selectedOptions[0].textContent!.trim()).to.equal('Español');
    // And back.
    await pickCaptions(player, 'English');
    await shows(el, 'Good evening, and welcome to the news.', 'English again');
  });

  it('gives the cues the track’s language and direction, the controls the page’s', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div lang="en">
      <news-player id="p4" src=${MEDIA.webm}>
        <track kind="subtitles" src=${ARABIC} srclang="ar" label="العربية" default />
        <track kind="captions" src=${MEDIA.captions} srclang="en" label="English" />
      </news-player>
      <news-transcript for="p4"></news-transcript>
    </div>`);
    const el = wrap.querySelector<NewsTranscript>('news-transcript')!;
    await shows(el, 'مساء الخير');
    expect(body(el).lang).to.equal('ar');
    expect(body(el).dir).to.equal('rtl');
    const base = shadow(el).querySelector<HTMLElement>('[part="base"]')!;
    expect(base.dir).to.equal('ltr');
    expect(getComputedStyle(shadow(el).querySelector('[part~="cue"]')!).direction).to.equal('rtl');
    await expect(el).to.be.accessible();
  });
});

describe('<news-transcript> from a stream’s in-manifest subtitles', () => {
  it('says the transcript comes with the video, loads it on request, and reads every segment', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div>
      <news-player id="s1" src=${STREAM} headline="Evening news"></news-player>
      <news-transcript for="s1"></news-transcript>
    </div>`);
    const player = wrap.querySelector<NewsPlayer>('news-player')!;
    const el = wrap.querySelector<NewsTranscript>('news-transcript')!;
    await waitUntil(() => message(el).includes(en.transcriptWhenLoaded), `message: "${message(el)}"`, { timeout: 10_000 });
    const load = shadow(el).querySelector<HTMLButtonElement>('[part="load"]')!;
    expect(load.textContent!.trim()).to.equal(en.transcriptLoadVideo);
    expect(player.state).to.equal('idle');
    await expect(el).to.be.accessible();

    const loaded = new Promise<NewsTranscriptLoadEvent>((resolve) => el.addEventListener('news-transcript-load', resolve, { once: true }));
    load.focus();
    load.click();
    const event = await loaded;
    expect(event.detail.source).to.equal('stream');
    // Focus went from the button to the message, then to the cues it waited for.
    await waitUntil(() => shadow(el).activeElement?.matches('[part~="cue"]'), `focus on ${shadow(el).activeElement?.outerHTML.slice(0, 60)}`);
    // All six cues: three segments, while the player sits at 0:00 with captions off (its own
    // text track has fetched no segment at all).
    expect(cueTexts(el)).to.deep.equal([
      'Good evening, and welcome to the news.',
      "Here are tonight's top stories.",
      'Markets closed higher today.',
      'The weather turns colder this weekend.',
      'Sports results are coming up next.',
      'Thank you for watching.',
    ]);
    expect(el.cues.map((c) => c.start)).to.deep.equal([0, 1, 2, 3, 4, 5]);
    expect(player.paused).to.equal(true);
    const tracks = player.captionTracks;
    expect(tracks.map((t) => [t.language, t.label])).to.deep.equal([
      ['en', 'English'],
      ['es', 'Español'],
    ]);
    expect(tracks[0].playlist).to.match(/\/hls-subs\/subs_en\.m3u8$/);
    const list = player.player!.textTracks() as unknown as { length: number; [i: number]: TextTrack };
    const vjsTrack = Array.from({ length: list.length }, (_, i) => list[i]).find((t) => t.language === 'en')!;
    expect(vjsTrack.mode).to.equal('disabled');
    expect(vjsTrack.cues?.length ?? 0).to.equal(0);
    expect(select(el), 'two renditions: a language choice').to.exist;

    // The reader turns on Spanish subtitles: the transcript follows, from the stream.
    await pickCaptions(player, 'Español');
    await shows(el, 'Buenas noches y bienvenidos a las noticias.', 'the Spanish rendition');
    expect(cueTexts(el)).to.have.length(6);
    expect(body(el).lang).to.equal('es');
    await expect(el).to.be.accessible();
  });

  it('follows a stream once the player loads it by itself, and seeks it from a cue', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div>
      <news-player id="s2" src=${STREAM} muted></news-player>
      <news-transcript for="s2"></news-transcript>
    </div>`);
    const player = wrap.querySelector<NewsPlayer>('news-player')!;
    const el = wrap.querySelector<NewsTranscript>('news-transcript')!;
    await waitUntil(() => message(el).includes(en.transcriptWhenLoaded), `message: "${message(el)}"`, { timeout: 10_000 });
    await player.play();
    await shows(el, 'Good evening, and welcome to the news.');
    const cues = [...shadow(el).querySelectorAll<HTMLElement>('[part~="cue"]')];
    cues[4].click();
    await waitUntil(() => player.currentTime >= 4 && player.currentTime < 5.5, `player at ${player.currentTime}`, { timeout: 10_000 });
    await waitUntil(() => cues[4].getAttribute('aria-current') === 'true', 'the cue clicked is the active one', { timeout: 5000 });
  });

  it('a stream without subtitles ends in “no transcript”, not a spinner', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div>
      <news-player id="s3" src=${MEDIA.hls}></news-player>
      <news-transcript for="s3"></news-transcript>
    </div>`);
    const player = wrap.querySelector<NewsPlayer>('news-player')!;
    const el = wrap.querySelector<NewsTranscript>('news-transcript')!;
    await waitUntil(() => message(el).includes(en.transcriptWhenLoaded), `message: "${message(el)}"`, { timeout: 10_000 });
    await player.load();
    await waitUntil(() => message(el).includes(en.transcriptNone), `message: "${message(el)}"`, { timeout: 15_000 });
    expect(player.captionTracks).to.deep.equal([]);
  });
});
