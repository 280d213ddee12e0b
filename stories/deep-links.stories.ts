import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { action } from 'storybook/actions';
import { html } from 'lit';
import { NewsPlayer, NewsTimestamp } from '../src/index.js';
import { defineStoryReadout } from './support/readout.js';

// package.json's `sideEffects` names only dist/ files: register explicitly (define() is guarded).
NewsPlayer.define('news-player');
NewsTimestamp.define('news-timestamp');
defineStoryReadout();

// Test media from `test/media`, served at /media by `staticDirs`.
const POSTER = '/media/poster.jpg';
const CLIP = '/media/clip.mp4';
const LONG = '/media/long.webm';
const CHAPTERS = '/media/chapters.vtt';
const HEADLINE = 'Kerry: US Open to Cooperation with Iran to Help Iraq';

const column = 'max-width: 640px; font: 16px/1.6 system-ui, sans-serif';
const code = 'font: 13px ui-monospace, SFMono-Regular, Menlo, monospace';

/** This story's own page (the canvas iframe) with `?t=` set: opening it reloads the story there. */
const withQuery = (t: string) => {
  const url = new URL(location.href);
  url.searchParams.set('t', t);
  url.hash = '';
  return url.href;
};

const meta: Meta = {
  title: 'Features/Deep links',
  parameters: { layout: 'padded' },
};
export default meta;
type Story = StoryObj;

/**
 * Every deep-link form. Fragment links (`#t=…`) seek the page's first player through
 * `hashchange`, without reloading; query links (`?t=…`) reload the story, whose poster card then
 * says "Starts at 0:03". `#comments` is not a deep link and is left alone.
 */
export const Forms: Story = {
  render: () => html`<div style=${column}>
    <news-player src=${LONG} poster=${POSTER} headline="A 20 second clip" duration="0:20" muted></news-player>
    <ul style=${code}>
      <li><a href="#t=12">#t=12</a> — seconds</li>
      <li><a href="#t=0:07">#t=0:07</a> — a clock (h:mm:ss works too)</li>
      <li><a href="#t=0m15s">#t=0m15s</a> — units</li>
      <li><a href="#t=npt:5">#t=npt:5</a> — Media Fragments' own spelling</li>
      <li><a href="#t=4,8">#t=4,8</a> — a range: plays 0:04 to 0:08, then pauses</li>
      <li><a href=${withQuery('3')}>?t=3</a> — query form (reloads the story)</li>
      <li><a href=${withQuery('0m9s')}>?t=0m9s</a> — query form with units</li>
      <li><a href="#comments">#comments</a> — not a deep link: nothing happens</li>
    </ul>
    <story-readout></story-readout>
  </div>`,
};

/** Several players: `#t=<player id>:<time>` names one; the unnamed form goes to the first. */
export const NamedPlayers: Story = {
  render: () => html`<div style=${column}>
    <news-player id="morning" src=${CLIP} poster=${POSTER} headline="Morning briefing" duration="0:06" muted></news-player>
    <ul style=${code}>
      <li><a href="#t=morning:4">#t=morning:4</a></li>
      <li><a href="#t=evening:15">#t=evening:15</a></li>
      <li><a href="#t=evening:5,9">#t=evening:5,9</a> — a range of the second player</li>
      <li><a href="#t=2">#t=2</a> — unnamed: the first player</li>
    </ul>
    <news-player id="evening" src=${LONG} headline="Evening report" duration="0:20" muted></news-player>
    <story-readout></story-readout>
  </div>`,
};

/**
 * "Copy link at current time" in the control bar: play a little, press the link icon. The link
 * copied (also shown below, from `news-player-share`) opens this story at that second.
 */
export const CopyLink: Story = {
  render: () => {
    const shown = (e: CustomEvent<{ url: string; time: number }>) => {
      action('news-player-share')(e.detail);
      const out = (e.currentTarget as HTMLElement).querySelector('output')!;
      out.innerHTML = '';
      const a = document.createElement('a');
      a.href = e.detail.url;
      a.textContent = e.detail.url;
      out.append('Copied: ', a);
    };
    return html`<div style=${column} @news-player-share=${shown}>
      <news-player src=${CLIP} poster=${POSTER} headline=${HEADLINE} duration="0:06" muted>
        <track kind="chapters" src=${CHAPTERS} srclang="en" />
      </news-player>
      <p><output style=${code}>Nothing copied yet.</output></p>
      <story-readout></story-readout>
    </div>`;
  },
};
