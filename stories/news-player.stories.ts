import type { Decorator, Meta, StoryObj } from '@storybook/web-components-vite';
import { action } from 'storybook/actions';
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { NewsPlayer } from '../src/index.js';
import { defineStoryReadout } from './support/readout.js';

defineStoryReadout();

/** The `<news-player>` attributes a story sets (arg names are the attribute names). */
interface PlayerArgs {
  src?: string;
  type?: string;
  poster?: string;
  headline?: string;
  duration?: string;
  load?: 'interaction' | 'visible' | 'eager';
  start?: string;
  timeout?: number;
  muted?: boolean;
  autoplay?: boolean;
  loop?: boolean;
  audio?: boolean;
  independent?: boolean;
}

// Test media from `test/media`, served at /media by `staticDirs`. Every clip is 6 s long, so the
// duration hints say "0:06" (the reference article's clip was 2:44).
const POSTER = '/media/poster.jpg';
const HEADLINE = 'Kerry: US Open to Cooperation with Iran to Help Iraq';
const CLIP = '/media/clip.mp4';
const DEV_ONLY =
  'Needs the dev server (`npm start`), which answers /faults/* URLs; in a static build the URL is a plain 404, so this story ends unavailable with code not-found instead.';

/** Renders one player from args; `children` are its `<source>`/`<track>` elements. */
const player = (args: PlayerArgs, children: TemplateResult | typeof nothing = nothing) => html`<news-player
  src=${ifDefined(args.src || undefined)}
  type=${ifDefined(args.type || undefined)}
  poster=${ifDefined(args.poster || undefined)}
  headline=${ifDefined(args.headline || undefined)}
  duration=${ifDefined(args.duration || undefined)}
  load=${ifDefined(args.load || undefined)}
  start=${ifDefined(args.start || undefined)}
  timeout=${ifDefined(args.timeout ?? undefined)}
  ?muted=${Boolean(args.muted)}
  ?autoplay=${Boolean(args.autoplay)}
  ?loop=${Boolean(args.loop)}
  ?audio=${Boolean(args.audio)}
  ?independent=${Boolean(args.independent)}
  >${children}</news-player
>`;

/** A column as wide as an article's, the player's events in the Actions panel, and a readout. */
const frame: Decorator = (story, { parameters }) => html`<div
  style="max-width: 640px"
  @news-player-statechange=${action('news-player-statechange')}
  @news-player-error=${action('news-player-error')}
  @news-player-progress=${action('news-player-progress')}
>
  ${story()}
  <story-readout note=${parameters.faultNote ?? ''}></story-readout>
</div>`;

// ---- helpers for play functions ------------------------------------------------------------------

const players = (root: HTMLElement) => [...root.querySelectorAll<NewsPlayer>('news-player')];

/** Resolves when `check()` is true, polling; rejects after `ms`. */
async function until(check: () => boolean, ms = 15_000, what = 'condition'): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Plays `p`, lets it run to `seconds`, then leaves it as `then` says. */
async function playTo(p: NewsPlayer, seconds: number, then: 'pause' | 'keep' = 'pause'): Promise<void> {
  await p.play();
  await until(() => p.currentTime >= seconds, 15_000, `currentTime >= ${seconds}`);
  if (then === 'pause') p.pause();
}

// ---- meta ------------------------------------------------------------------------------------

const meta: Meta<PlayerArgs> = {
  title: 'Components/News player',
  component: 'news-player',
  decorators: [frame],
  render: (args) => player(args),
  args: {
    src: CLIP,
    type: '',
    poster: POSTER,
    headline: HEADLINE,
    duration: '0:06',
    load: 'interaction',
    start: '',
    timeout: 20,
    muted: false,
    autoplay: false,
    loop: false,
    audio: false,
    independent: false,
  },
  // Descriptions, types and defaults come from custom-elements.json (the component's JSDoc).
  argTypes: {
    src: { control: 'text' },
    type: { control: 'text' },
    poster: { control: 'text' },
    headline: { control: 'text' },
    duration: { control: 'text' },
    load: { control: 'inline-radio', options: ['interaction', 'visible', 'eager'] },
    start: { control: 'text' },
    timeout: { control: { type: 'number', min: 1, step: 1 } },
    muted: { control: 'boolean' },
    autoplay: { control: 'boolean' },
    loop: { control: 'boolean' },
    audio: { control: 'boolean' },
    independent: { control: 'boolean' },
  },
  parameters: {
    docs: {
      description: {
        component:
          'Every `state` of `<news-player>` and every error code, with the test clips from `test/media` (6 s long; the duration hints say 0:06). The line under each player reads its `state`, `error` and time.',
      },
    },
  },
};
export default meta;

type Story = StoryObj<PlayerArgs>;

// ---- states ----------------------------------------------------------------------------------

export const Idle: Story = {
  parameters: {
    docs: { description: { story: '`idle`: the light poster card with headline, duration badge and play button; no video.js fetched until the reader presses it.' } },
  },
};

export const Loading: Story = {
  args: { src: '/faults/stall', type: 'video/mp4', load: 'eager', timeout: 600 },
  parameters: {
    faultNote: DEV_ONLY,
    docs: { description: { story: `\`loading\`: the server sends headers and then nothing, and the long \`timeout\` (600 s) keeps the player waiting. ${DEV_ONLY}` } },
  },
};

export const Ready: Story = {
  args: { load: 'eager' },
  parameters: { docs: { description: { story: '`ready`: `load="eager"` loads video.js and the metadata at once; not started.' } } },
};

export const Playing: Story = {
  args: { autoplay: true, muted: true, loop: true },
  parameters: { docs: { description: { story: '`playing`: `autoplay muted` (browsers allow muted autoplay), looping so it stays playing.' } } },
};

export const Paused: Story = {
  args: { muted: true },
  play: async ({ canvasElement }) => {
    const [p] = players(canvasElement);
    await playTo(p, 2);
  },
  parameters: { docs: { description: { story: '`paused`: the play function calls `play()`, lets 2 s pass and calls `pause()`.' } } },
};

export const Ended: Story = {
  args: { muted: true, start: '0:05' },
  play: async ({ canvasElement }) => {
    const [p] = players(canvasElement);
    await p.play();
    await until(() => p.state === 'ended', 15_000, 'state "ended"');
  },
  parameters: { docs: { description: { story: '`ended`: `start="0:05"` on the 6 s clip, and the play function calls `play()` and waits for the end.' } } },
};

export const Waiting: Story = {
  args: { src: '/faults/partial/50', type: 'video/webm', autoplay: true, muted: true, timeout: 600, duration: '0:06' },
  parameters: {
    faultNote: DEV_ONLY,
    docs: {
      description: {
        story: `\`waiting\`: the server sends the first half of a 6 s WebM and then stalls, so playback starts and then buffers (spinner over the frame); the 600 s \`timeout\` keeps it there. ${DEV_ONLY}`,
      },
    },
  },
};

// ---- unavailable, one story per error code -------------------------------------------------

export const NoSource: Story = {
  name: 'Unavailable: no-source',
  args: { src: '', duration: '2:44' },
  parameters: { docs: { description: { story: 'No `src` and no `<source>`: `unavailable` at once, without any interaction (the reference article\'s case).' } } },
};

export const NotFound: Story = {
  name: 'Unavailable: not-found',
  args: { src: '/media/missing.mp4', load: 'eager' },
  parameters: { docs: { description: { story: 'A missing file (HTTP 404); the player probes the URL to tell it from an unsupported format. `/faults/status/404` gives the same on the dev server.' } } },
};

export const BadAddress: Story = {
  name: 'Unavailable: bad-url',
  args: { src: 'https://cdn.example.com:99999/clip.mp4', load: 'interaction' },
  parameters: {
    docs: {
      description: {
        story:
          'A source address that cannot be used (a port above 65535; also `https://[::1/x.mp4`, `javascript:`, `ftp:`): unavailable at once, before any interaction, with no Retry, since retrying cannot help. `play()` rejects; nothing throws.',
      },
    },
  },
};

export const Forbidden: Story = {
  name: 'Unavailable: forbidden',
  args: { src: '/faults/status/403', type: 'video/mp4', load: 'eager' },
  parameters: { faultNote: DEV_ONLY, docs: { description: { story: `HTTP 403 (rights or region). ${DEV_ONLY}` } } },
};

export const Network: Story = {
  name: 'Unavailable: network',
  args: { src: '/faults/status/500', type: 'video/mp4', load: 'eager' },
  parameters: { faultNote: DEV_ONLY, docs: { description: { story: `HTTP 500 from the media server. ${DEV_ONLY}` } } },
};

export const Unsupported: Story = {
  name: 'Unavailable: unsupported',
  args: { src: '/media/garbage.mp4', load: 'eager' },
  parameters: {
    docs: { description: { story: '`garbage.mp4` is text, not video: the browser rejects the format (MediaError 4, the URL answers 200). `/faults/garbage` gives the same on the dev server.' } },
  },
};

export const UnsupportedFault: Story = {
  name: 'Unavailable: unsupported (/faults/garbage)',
  args: { src: '/faults/garbage', type: 'video/mp4', load: 'eager' },
  parameters: { faultNote: DEV_ONLY, docs: { description: { story: `Garbage bytes served as video/mp4 by the fault server. ${DEV_ONLY}` } } },
};

export const Decode: Story = {
  name: 'Unavailable: decode',
  args: { src: '/faults/corrupt', type: 'video/webm', autoplay: true, muted: true },
  parameters: {
    faultNote: DEV_ONLY,
    docs: { description: { story: `A WebM whose container is intact but whose video frames after the first fifth are noise: it plays, then fails to decode (MediaError 3). ${DEV_ONLY}` } },
  },
};

export const Timeout: Story = {
  name: 'Unavailable: timeout',
  args: { src: '/faults/stall', type: 'video/mp4', load: 'eager', timeout: 3 },
  parameters: { faultNote: DEV_ONLY, docs: { description: { story: `Loading makes no progress for \`timeout="3"\` seconds, so the player gives up rather than spin for ever. ${DEV_ONLY}` } } },
};

// ---- formats and markup ----------------------------------------------------------------------

export const Audio: Story = {
  args: { src: '/media/audio.m4a' },
  parameters: { docs: { description: { story: 'An audio source (`audio.m4a`, 6 s): the audio layout is automatic. Idle card.' } } },
};

export const AudioReady: Story = {
  name: 'Audio (loaded)',
  args: { src: '/media/audio.m4a', load: 'eager' },
  parameters: { docs: { description: { story: 'The audio layout once video.js is loaded: a control bar, no frame.' } } },
};

export const Hls: Story = {
  name: 'HLS',
  args: { src: '/media/hls/index.m3u8', muted: true },
  play: async ({ canvasElement }) => {
    const [p] = players(canvasElement);
    await playTo(p, 2);
  },
  parameters: { docs: { description: { story: 'fMP4 HLS (3 × 2 s segments) through video.js\'s streaming engine (the full build is fetched only for HLS/DASH). Played to 2 s and paused.' } } },
};

export const Mp4: Story = {
  name: 'MP4',
  args: { src: CLIP, muted: true },
  play: async ({ canvasElement }) => {
    const [p] = players(canvasElement);
    await playTo(p, 2);
  },
  parameters: { docs: { description: { story: 'A progressive MP4 (H.264/AAC) through the core build. Played to 2 s and paused.' } } },
};

export const SourcesAndTracks: Story = {
  name: 'Child <source> and <track>',
  args: { src: '', muted: true },
  render: (args) =>
    player(
      args,
      html`<source src="/media/clip.webm" type="video/webm" />
        <source src="/media/clip.mp4" type="video/mp4" />
        <track kind="captions" src="/media/captions.vtt" srclang="en" label="English" default />
        <track kind="chapters" src="/media/chapters.vtt" srclang="en" label="Chapters" />`,
    ),
  play: async ({ canvasElement }) => {
    const [p] = players(canvasElement);
    await playTo(p, 1.5);
  },
  parameters: {
    docs: { description: { story: 'Two `<source>` formats, captions and chapters as child elements. Played to 1.5 s and paused, so the second caption cue shows.' } },
  },
};

export const FallbackSource: Story = {
  name: 'Child <source>: first one missing',
  args: { src: '', load: 'eager' },
  render: (args) =>
    player(
      args,
      html`<source src="/media/missing.webm" type="video/webm" />
        <source src="/media/clip.mp4" type="video/mp4" />`,
    ),
  parameters: { docs: { description: { story: 'The first `<source>` is a 404; the player moves on to the next one and ends `ready`.' } } },
};

// ---- several players -------------------------------------------------------------------------

export const TwoPlayers: Story = {
  name: 'Two players (one at a time)',
  args: { muted: true, loop: true },
  render: (args) => html`${player(args)}
    <p style="margin: 12px 0; font: 14px system-ui">Second clip</p>
    ${player({ ...args, headline: 'Iran open to talks on Iraq, says Rouhani' })}`,
  play: async ({ canvasElement }) => {
    const [a, b] = players(canvasElement);
    await playTo(a, 1, 'keep');
    await playTo(b, 1, 'keep');
  },
  parameters: {
    docs: { description: { story: 'The play function starts the first player, then the second: the first pauses by itself (one at a time).' } },
  },
};

export const Independent: Story = {
  name: 'Independent player',
  args: { muted: true, loop: true },
  render: (args) => html`${player({ ...args, independent: true })}
    <p style="margin: 12px 0; font: 14px system-ui">Second clip</p>
    ${player({ ...args, headline: 'Iran open to talks on Iraq, says Rouhani' })}`,
  play: async ({ canvasElement }) => {
    const [a, b] = players(canvasElement);
    await playTo(a, 1, 'keep');
    await playTo(b, 1, 'keep');
  },
  parameters: {
    docs: { description: { story: 'The first player has `independent`: starting the second does not pause it, so both play.' } },
  },
};

// ---- hostile page ----------------------------------------------------------------------------

export const HostileStylesheet: Story = {
  name: 'Hostile page stylesheet',
  args: { muted: true },
  render: (args) => html`<style>
      video {
        display: none;
      }
      button {
        padding: 40px;
      }
      * {
        line-height: 3;
      }
    </style>
    <p style="margin: 0; font: 14px system-ui">
      The page hides every <code>video</code>, pads every <code>button</code> by 40px and sets
      <code>line-height: 3</code> on everything, like this page button: <button type="button">Page button</button>
    </p>
    ${player(args)} ${player({ ...args, load: 'eager' })}`,
  play: async ({ canvasElement }) => {
    const [, b] = players(canvasElement);
    await playTo(b, 1.5);
  },
  parameters: {
    docs: { description: { story: 'A page stylesheet with `video{display:none} button{padding:40px} *{line-height:3}`: the card (idle, first) and the loaded player (played to 1.5 s, second) must look the same as without it.' } },
  },
};

export const Theming: Story = {
  name: 'Theming: custom properties and parts',
  render: (args) => html`<style>
      .themed news-player {
        --news-player-accent: #005a9c;
        --news-player-radius: 12px;
        --news-player-card-background: #0b1e33;
        --news-player-overlay-background: rgb(11 30 51 / 0.85);
        --news-player-focus: #ffd200;
        --news-player-font: 600 17px/1.35 Georgia, serif;
      }
      .themed news-player::part(headline) {
        font-style: italic;
        letter-spacing: 0.01em;
      }
      .themed news-player::part(duration) {
        background: #ffd200;
        color: #111;
      }
      .themed news-player::part(retry) {
        background: #ffd200;
        border-color: #ffd200;
      }
    </style>
    <div class="themed" style="display:grid;gap:16px">
      ${player(args)} ${player({ ...args, src: '/media/missing.mp4', load: 'eager' })}
    </div>`,
  parameters: {
    docs: {
      description: {
        story:
          'A newsroom brand through `--news-player-*` custom properties (accent, radius, card and overlay backgrounds, focus ring, font) and `::part()` (`headline`, `duration`, `retry`): the idle card and the unavailable state (a missing file).',
      },
    },
  },
};
