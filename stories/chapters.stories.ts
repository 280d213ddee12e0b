import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { action } from 'storybook/actions';
import { html, render } from 'lit';
import { NewsPlayer, NewsTimestamp, NewsTranscript, type NewsPlayerChaptersChangeEvent } from '../src/index.js';
import { defineStoryReadout } from './support/readout.js';

// package.json's `sideEffects` names only dist/ files: register explicitly (define() is guarded).
NewsPlayer.define('news-player');
NewsTimestamp.define('news-timestamp');
NewsTranscript.define('news-transcript');
defineStoryReadout();

// Test media from `test/media`, served at /media: chapters Opening 0–2, Middle 2–4, Closing 4–6.
const POSTER = '/media/poster.jpg';
const CLIP = '/media/clip.mp4';
const CAPTIONS = '/media/captions.vtt';
const CHAPTERS = '/media/chapters.vtt';
const HEADLINE = 'Kerry: US Open to Cooperation with Iran to Help Iraq';

const column = 'max-width: 640px; font: 16px/1.6 system-ui, sans-serif';

const meta: Meta = {
  title: 'Features/Chapters',
  parameters: { layout: 'padded' },
};
export default meta;
type Story = StoryObj;

/**
 * From `<track kind="chapters">`: ticks on the progress bar (hover it, or focus it and use the
 * arrow keys: the tooltip names the chapter), the current chapter beside the time, and
 * video.js's chapter menu (the list icon) to jump between them.
 */
export const ProgressBarAndMenu: Story = {
  render: () => html`<div style=${column}>
    <news-player src=${CLIP} poster=${POSTER} headline=${HEADLINE} duration="0:06" load="eager" muted>
      <track kind="chapters" src=${CHAPTERS} srclang="en" />
    </news-player>
    <story-readout></story-readout>
  </div>`,
};

/**
 * The chapters API: `player.chapters` is read from the track before video.js loads, and
 * `news-player-chapterschange` tells when it is known. Here it builds a table of contents of
 * timestamps; the transcript uses the chapters as headings.
 */
export const TableOfContents: Story = {
  render: () => {
    const onChapters = (e: NewsPlayerChaptersChangeEvent) => {
      action('news-player-chapterschange')(e.detail);
      const list = (e.currentTarget as HTMLElement).querySelector('ol')!;
      render(
        e.detail.chapters.map((c) => html`<li><news-timestamp for="toc-clip" time=${c.start}>${c.title}</news-timestamp></li>`),
        list,
      );
    };
    return html`<div style=${column} @news-player-chapterschange=${onChapters}>
      <news-player id="toc-clip" src=${CLIP} poster=${POSTER} headline=${HEADLINE} duration="0:06" muted>
        <track kind="captions" src=${CAPTIONS} srclang="en" label="English" default />
        <track kind="chapters" src=${CHAPTERS} srclang="en" />
      </news-player>
      <h2 style="font-size: 18px">In this clip</h2>
      <ol></ol>
      <news-transcript for="toc-clip"></news-transcript>
      <story-readout></story-readout>
    </div>`;
  },
};
