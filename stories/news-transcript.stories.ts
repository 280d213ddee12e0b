import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { action } from 'storybook/actions';
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { NewsTranscript } from '../src/index.js';

// package.json's `sideEffects` names only dist/ files, so the bundler treats src/ modules as pure
// and drops a side-effect-only import of them: register explicitly (define() is guarded).
NewsTranscript.define('news-transcript');

/** The `<news-transcript>` attributes a story sets (arg names are the attribute names). */
interface TranscriptArgs {
  src?: string;
  for?: string;
  label?: string;
  'heading-level'?: number;
  maxHeight?: string;
}

// Test media from `test/media`, served at /media by `staticDirs`: a 6 s clip, a 20 s clip, six
// captions (one spoken by Anna) and three chapters. Other transcripts are made in the story.
const POSTER = '/media/poster.jpg';
const CLIP = '/media/clip.webm';
const LONG = '/media/long.webm';
const CAPTIONS = '/media/captions.vtt';
const CHAPTERS = '/media/chapters.vtt';

/** A Blob URL for cue text made in the story, so it is fetched and parsed like a real file. */
const fileUrl = (text: string, type: string) => URL.createObjectURL(new Blob([text], { type }));

const clock = (seconds: number, comma = false) => {
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  const ms = Math.round((s % 1) * 1000);
  const pad = (n: number, w = 2) => String(n).padStart(w, '0');
  return `${pad(h)}:${pad(m)}:${pad(Math.floor(s))}${comma ? ',' : '.'}${pad(ms, 3)}`;
};

const SENTENCES = [
  'The council met on Tuesday evening to discuss the harbour bridge.',
  'Engineers presented three options for the repairs.',
  'Residents asked how long the road would stay closed.',
  'The mayor promised a decision before the end of the month.',
  'Local shops say trade has fallen by a third since the closure.',
  'A temporary ferry service will run every twenty minutes.',
  'Cyclists will be allowed to use the bridge from next week.',
];
const SPEAKERS = ['Anna Berg', 'Ben Okafor', 'Council spokesperson'];

/** `n` cues of 2 s each, speakers taking turns every few cues, a chapter every 500 cues. */
function longTranscript(n: number): { cues: string; chapters: string } {
  const cues = ['WEBVTT', ''];
  const chapters = ['WEBVTT', ''];
  for (let i = 0; i < n; i++) {
    const speaker = SPEAKERS[Math.floor(i / 5) % SPEAKERS.length];
    cues.push(`${clock(i * 2)} --> ${clock(i * 2 + 2)}`, `<v ${speaker}>${SENTENCES[i % SENTENCES.length]} (${i + 1})`, '');
    if (i % 500 === 0) chapters.push(`${clock(i * 2)} --> ${clock(Math.min(n, i + 500) * 2)}`, `Part ${i / 500 + 1}`, '');
  }
  return { cues: cues.join('\n'), chapters: chapters.join('\n') };
}

const SRT = [
  '1',
  '00:00:00,000 --> 00:00:01,500',
  'Good evening from the <i>newsroom</i>.',
  '',
  '2',
  '00:00:01,500 --> 00:00:03,000',
  'Markets closed higher today,',
  'led by technology shares.',
  '',
  '3',
  '00:00:03,000 --> 00:00:06,000',
  "That's all for tonight.",
  '',
].join('\r\n');

const SPEAKERS_VTT = `WEBVTT

00:00:00.000 --> 00:00:01.000
<v Anna>Good evening. Our top story: the harbour bridge reopens.

00:00:01.000 --> 00:00:02.000
<v Anna>Ben is there for us.

00:00:02.000 --> 00:00:03.500
<v Ben>Thanks, Anna. Traffic is <i>already</i> moving again.

00:00:03.500 --> 00:00:04.500
<v Ben>The repairs took <b>eleven weeks</b>.

00:00:04.500 --> 00:00:06.000
<v Anna>Ben, thank you. <lang fr>Bonsoir</lang> to our viewers in Québec.
`;

/** One transcript from args; the events go to the Actions panel. */
const transcript = (args: TranscriptArgs, children: unknown = nothing) => html`<news-transcript
  src=${ifDefined(args.src || undefined)}
  for=${ifDefined(args.for || undefined)}
  label=${ifDefined(args.label || undefined)}
  heading-level=${ifDefined(args['heading-level'] ?? undefined)}
  style=${args.maxHeight ? `--news-transcript-max-height: ${args.maxHeight}` : ''}
  @news-transcript-seek=${action('news-transcript-seek')}
  @news-transcript-load=${action('news-transcript-load')}
  >${children}</news-transcript
>`;

const column = (content: unknown) => html`<div style="max-width: 640px; display: grid; gap: 1rem">${content}</div>`;

const meta: Meta<TranscriptArgs> = {
  title: 'Components/News transcript',
  component: 'news-transcript',
  render: (args) =>
    column(html`<news-player id="story-player" src=${CLIP} poster=${POSTER} headline="Evening news" duration="0:06" muted>
        <track kind="chapters" src=${CHAPTERS} />
      </news-player>
      ${transcript(args)}`),
  args: { src: CAPTIONS, for: 'story-player', label: '', 'heading-level': 3, maxHeight: '16rem' },
  argTypes: {
    src: { control: 'text' },
    for: { control: 'text' },
    label: { control: 'text' },
    'heading-level': { control: { type: 'number', min: 1, max: 6 } },
    maxHeight: { control: 'text', description: 'Sets `--news-transcript-max-height` (story only).' },
  },
  parameters: {
    docs: {
      description: {
        component:
          'A transcript that follows its `<news-player>`: the cue being spoken is marked and kept in view inside the transcript (never scrolling the page), any cue plays the clip from there, and the words can be searched and downloaded. It renders before video.js loads.',
      },
    },
  },
};
export default meta;

type Story = StoryObj<TranscriptArgs>;

export const Short: Story = {
  parameters: {
    docs: { description: { story: 'Six WebVTT captions and the player\'s three chapters as headings. Press a cue: the idle player loads and plays from there.' } },
  },
};

export const Long: Story = {
  name: 'Long (10,000 cues)',
  render: (args) => {
    const { cues, chapters } = longTranscript(10_000);
    return column(html`<news-player id="long-player" src=${LONG} headline="Council meeting, full recording" duration="5:33:20" muted>
        <track kind="chapters" src=${fileUrl(chapters, 'text/vtt')} />
      </news-player>
      ${transcript({ ...args, src: fileUrl(cues, 'text/vtt'), for: 'long-player' })}`);
  },
  parameters: {
    docs: {
      description: {
        story:
          '10,000 cues (5 h 33 min) made in the story, with speakers and a chapter every 500 cues. Off-screen cues are not laid out (`content-visibility: auto`); each time update touches only the cues whose state changed. The clip is 20 s long, so only the first cues play.',
      },
    },
  },
};

/** `SENTENCES` as cues of about 3 s over the 20 s clip, each word after the first at its own inline timestamp. */
function timedWords(): string {
  const cues = ['WEBVTT', ''];
  let t = 0;
  for (const sentence of SENTENCES.slice(0, 6)) {
    const words = sentence.split(' ');
    const step = 2.9 / words.length;
    const text = words.map((w, i) => (i === 0 ? w : `<${clock(t + i * step)}><c> ${w}</c>`)).join('');
    cues.push(`${clock(t)} --> ${clock(t + 3)}`, text, '');
    t += 3.2;
  }
  return cues.join('\n');
}

export const RollingCaptions: Story = {
  name: 'Rolling captions',
  render: (args) =>
    column(html`<news-player id="rolling-player" src=${LONG} poster=${POSTER} headline="Council vote" duration="0:20" muted></news-player>
      ${transcript({ ...args, src: '/cue-fixtures/rolling.vtt', for: 'rolling-player' })}
      <p>The same kind of file, broadcast roll-up (two rolling lines, the last painted on word by word), and the cues as they are with <code>rolling="keep"</code>:</p>
      <news-transcript src="/cue-fixtures/roll-up.vtt" for="rolling-player" style="--news-transcript-max-height: 10rem"></news-transcript>
      <news-transcript src="/cue-fixtures/rolling.vtt" rolling="keep" for="rolling-player" style="--news-transcript-max-height: 10rem"></news-transcript>`),
  parameters: {
    docs: {
      description: {
        story:
          "YouTube's automatic captions repeat every line in the next cue (and in a 10 ms cue between). The transcript recognises rolling captions and reads each phrase once, from its first word to the next phrase; `cues` and the \"Download captions\" link keep the file's cues. `rolling=\"keep\"` shows them as they are.",
      },
    },
  },
};

export const WordHighlight: Story = {
  name: 'Word highlight',
  render: (args) =>
    column(html`<news-player id="words-player" src=${LONG} poster=${POSTER} headline="Harbour bridge" duration="0:20" muted></news-player>
      ${transcript({ ...args, src: fileUrl(timedWords(), 'text/vtt'), for: 'words-player' })}`),
  parameters: {
    docs: {
      description: {
        story:
          'Cues whose words carry WebVTT inline timestamps (`Engineers<00:00:03.600><c> presented</c>…`): each timed word is `part="word"`, the one being spoken `part="word active"` (`--news-transcript-word-active-background`), moving word by word while the clip plays. Click a word to play from it.',
      },
    },
  },
};

export const VeryLong: Story = {
  name: 'Very long (100,000 cues, windowed)',
  render: (args) => {
    const { cues } = longTranscript(100_000);
    return column(html`<news-player id="very-long-player" src=${LONG} headline="Parliament, the whole week" duration="55:33:20" muted></news-player>
      ${transcript({ ...args, src: fileUrl(cues, 'text/vtt'), for: 'very-long-player' })}`);
  },
  parameters: {
    docs: {
      description: {
        story:
          'Over 20,000 cues (or 3 million characters) only the lines near the view are in the page, and the list moves as you scroll: keyboard, sync, search (up to 1,000 matches counted), "Back to current" and click-to-seek reach every cue. The note above the list says to download the transcript to print or search all of it. The file is parsed in slices, so the page stays responsive.',
      },
    },
  },
};

export const Stalled: Story = {
  name: 'File that stalls (timeout, Retry)',
  render: () =>
    column(html`<news-player id="stalled-player" src=${CLIP} headline="Evening bulletin" duration="0:06" muted></news-player>
      <news-transcript for="stalled-player" src="/faults/stall" timeout="3"></news-transcript>`),
  parameters: {
    docs: {
      description: {
        story:
          'The server sends headers and then nothing: after `timeout` seconds without progress (3 here, 20 by default) the transcript says it is taking too long and offers Retry, never an endless "Loading transcript…". On a static build `/faults/stall` is a 404: "could not be loaded", also with Retry.',
      },
    },
  },
};

export const Srt: Story = {
  name: 'SubRip (BOM, CRLF)',
  args: { src: fileUrl(`\ufeff${SRT}`, 'text/plain') },
  parameters: { docs: { description: { story: 'A SubRip file with a byte order mark and CRLF line ends, served as `text/plain`: recognised by its content.' } } },
};

export const Speakers: Story = {
  args: { src: fileUrl(SPEAKERS_VTT, 'text/vtt') },
  parameters: {
    docs: { description: { story: 'Speaker labels from WebVTT `<v Name>`, shown when the speaker changes, and the safe formatting WebVTT allows (`<i>`, `<b>`, `<lang>`).' } },
  },
};

export const ServerRendered: Story = {
  name: 'Server-rendered HTML',
  args: { src: '' },
  render: (args) =>
    column(html`<news-player id="ssr-player" src=${CLIP} poster=${POSTER} headline="Evening news" duration="0:06" muted></news-player>
      ${transcript(
        { ...args, for: 'ssr-player' },
        html`<h3>Headlines</h3>
          <p data-start="0" data-end="1" data-speaker="Anna">Good evening, and welcome to the news.</p>
          <p data-start="1" data-end="2" data-speaker="Anna">Here are tonight's <strong>top stories</strong>.</p>
          <h3>Business</h3>
          <p data-start="2" data-end="3">Markets closed higher today.</p>
          <p data-start="0:03">The weather turns colder this weekend.</p>
          <p data-start="4" data-end="6" data-speaker="Ben">Sports results are coming up next.</p>`,
      )}`),
  parameters: {
    docs: {
      description: {
        story:
          'No `src`: the page\'s own `<p data-start data-end data-speaker>` children (and headings as chapters) are the transcript. They stay in the light DOM, readable and indexable without JavaScript; once the element runs, it renders them as cues.',
      },
    },
  },
};

export const UnavailablePlayer: Story = {
  name: 'Unavailable player, readable transcript',
  render: (args) =>
    column(html`<news-player id="gone-player" headline="Kerry: US Open to Cooperation with Iran to Help Iraq" duration="2:44">
        <track kind="captions" srclang="en" src=${CAPTIONS} default />
      </news-player>
      ${transcript({ ...args, src: '', for: 'gone-player' })}`),
  parameters: {
    docs: {
      description: {
        story:
          'The player has no source and is `unavailable`; the transcript reads the player\'s default captions track directly (no video.js) and stays readable. Pressing a cue is handled quietly.',
      },
    },
  },
};

export const TwoPairs: Story = {
  name: 'Two player–transcript pairs',
  render: (args) =>
    column(html`<section>
        <news-player id="pair-a" src=${CLIP} headline="Evening news" duration="0:06" muted></news-player>
        ${transcript({ ...args, src: CAPTIONS, for: 'pair-a' })}
      </section>
      <section>
        <news-player id="pair-b" src=${LONG} headline="Harbour bridge" duration="0:20" muted></news-player>
        ${transcript({ ...args, src: fileUrl(SPEAKERS_VTT, 'text/vtt'), for: 'pair-b' })}
      </section>`),
  parameters: {
    docs: {
      description: {
        story:
          'Each transcript follows the player its `for` names, and its region is named after that player\'s headline. Playing one player pauses the other.',
      },
    },
  },
};

export const Malformed: Story = {
  name: 'Malformed file',
  args: { src: fileUrl('This is a press release, not a transcript.', 'text/plain') },
  parameters: { docs: { description: { story: 'A file that is not WebVTT, SubRip or JSON: a clear message in the transcript, never an exception.' } } },
};

export const RightToLeft: Story = {
  name: 'Right to left',
  render: (args) =>
    html`<div dir="rtl" lang="ar">
      ${column(html`<news-player id="rtl-player" src=${CLIP} headline="نشرة المساء" duration="0:06" muted></news-player>
        ${transcript({
          ...args,
          for: 'rtl-player',
          src: fileUrl(
            'WEBVTT\n\n00:00:00.000 --> 00:00:02.000\n<v آنا>مساء الخير، وأهلاً بكم في النشرة.\n\n00:00:02.000 --> 00:00:04.000\n<v آنا>ارتفعت الأسواق اليوم.\n\n00:00:04.000 --> 00:00:06.000\n<v بن>شكراً يا آنا.\n',
            'text/vtt',
          ),
        })}`)}
    </div>`,
  parameters: { docs: { description: { story: 'Direction from the page (`dir="rtl"`): logical properties put times, the active bar and "Back to current" on the right side.' } } },
};
