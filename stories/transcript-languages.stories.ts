import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { action } from 'storybook/actions';
import { html } from 'lit';
import { NewsPlayer, NewsTranscript } from '../src/index.js';

// package.json's `sideEffects` names only dist/ files: register explicitly (define() is guarded).
NewsPlayer.define('news-player');
NewsTranscript.define('news-transcript');

// Test media from `test/media`, served at /media by `staticDirs`: a 6 s clip with English and
// Spanish captions, and its HLS stream with both as WebVTT renditions in the manifest
// (test/media/hls-subs/, made by scripts/make-stream-subtitles.sh).
const POSTER = '/media/poster.jpg';
const CLIP = '/media/clip.webm';
const STREAM = '/media/hls-subs/master.m3u8';
const ENGLISH = '/media/captions.vtt';
const SPANISH = '/media/captions-es.vtt';
const ARABIC = URL.createObjectURL(
  new Blob(
    [
      'WEBVTT\n\n00:00:00.000 --> 00:00:02.000\nمساء الخير، وأهلاً بكم في النشرة.\n\n00:00:02.000 --> 00:00:04.000\nارتفعت الأسواق اليوم.\n\n00:00:04.000 --> 00:00:06.000\nشكراً لمتابعتكم.\n',
    ],
    { type: 'text/vtt' },
  ),
);
const column = (content: unknown) => html`<div style="max-width: 640px; display: grid; gap: 1rem">${content}</div>`;
const log = {
  captions: action('news-player-captionschange'),
  load: action('news-transcript-load'),
};

const meta: Meta = {
  title: 'Components/Transcript languages',
  component: 'news-transcript',
  parameters: {
    docs: {
      description: {
        component:
          'The transcript reads its player’s captions and subtitles: the track the player shows (so it follows the captions menu), else the reader’s own choice (remembered for the site), else the `default` track. With several tracks it offers a language choice; the cues take the track’s `lang` and direction. A stream’s in-manifest subtitles (HLS/DASH) are read once the stream loads, every segment of them.',
      },
    },
  },
};
export default meta;

type Story = StoryObj;

export const SeveralLanguages: Story = {
  name: 'Several languages',
  render: () =>
    column(html`<news-player id="lang-player" src=${CLIP} poster=${POSTER} headline="Evening news" duration="0:06" muted @news-player-captionschange=${(e: CustomEvent) => log.captions(e.detail)}>
        <track kind="captions" src=${ENGLISH} srclang="en" label="English" default />
        <track kind="subtitles" src=${SPANISH} srclang="es" label="Español" />
        <track kind="subtitles" src=${ARABIC} srclang="ar" label="العربية" />
      </news-player>
      <news-transcript for="lang-player" style="--news-transcript-max-height: 14rem" @news-transcript-load=${(e: CustomEvent) => log.load(e.detail)}></news-transcript>`),
  parameters: {
    docs: {
      description: {
        story:
          'Three tracks: the transcript starts with the `default` one and offers “Transcript language”. Pick Español or العربية there, or turn on captions in the player’s menu: the transcript follows. Arabic cues read right to left while the controls stay in the page’s language.',
      },
    },
  },
};

export const StreamSubtitles: Story = {
  name: 'A stream’s subtitles',
  render: () =>
    column(html`<news-player id="stream-player" src=${STREAM} poster=${POSTER} headline="Evening news (HLS)" duration="0:06" muted @news-player-captionschange=${(e: CustomEvent) => log.captions(e.detail)}></news-player>
      <news-transcript for="stream-player" style="--news-transcript-max-height: 14rem" @news-transcript-load=${(e: CustomEvent) => log.load(e.detail)}></news-transcript>`),
  parameters: {
    docs: {
      description: {
        story:
          'An HLS stream whose manifest carries English and Spanish WebVTT subtitles, and no `<track>`. Before the stream loads, the transcript says it comes with the video and offers “Load the video”; then it reads every subtitle segment (not only those the player buffered) and follows the captions language.',
      },
    },
  },
};
