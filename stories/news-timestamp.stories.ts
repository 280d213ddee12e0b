import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { action } from 'storybook/actions';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { NewsPlayer, NewsTimestamp, NewsTranscript } from '../src/index.js';
import { defineStoryReadout } from './support/readout.js';

// package.json's `sideEffects` names only dist/ files, so the bundler treats src/ modules as pure
// and drops a side-effect-only import of them: register explicitly (define() is guarded).
NewsPlayer.define('news-player');
NewsTimestamp.define('news-timestamp');
NewsTranscript.define('news-transcript');
defineStoryReadout();

/** The `<news-timestamp>` attributes a story sets (arg names are the attribute names). */
interface TimestampArgs {
  time: string;
  end?: string;
  for?: string;
  text?: string;
}

// Test media from `test/media`, served at /media by `staticDirs`: a 6 s clip with three chapters
// (Opening 0–2, Middle 2–4, Closing 4–6) and six one-second captions, and a 20 s clip.
const POSTER = '/media/poster.jpg';
const CLIP = '/media/clip.mp4';
const LONG = '/media/long.webm';
const CAPTIONS = '/media/captions.vtt';
const CHAPTERS = '/media/chapters.vtt';
const HEADLINE = 'Kerry: US Open to Cooperation with Iran to Help Iraq';

const column = 'max-width: 640px; font: 18px/1.6 Georgia, serif; color: #1a1a1a';

const meta: Meta<TimestampArgs> = {
  title: 'Components/News timestamp',
  component: 'news-timestamp',
  args: { time: '0:04', end: '', for: 'story-clip', text: '' },
  argTypes: {
    time: { control: 'text' },
    end: { control: 'text' },
    for: { control: 'text' },
    text: { control: 'text', description: 'Words inside the element (empty: the formatted time is shown).' },
  },
  render: (args) => html`<div style=${column} @news-timestamp-seek=${action('news-timestamp-seek')}>
    <news-player id="story-clip" src=${CLIP} poster=${POSTER} headline=${HEADLINE} duration="0:06" muted></news-player>
    <p>
      The moment:
      <news-timestamp time=${args.time} end=${ifDefined(args.end || undefined)} for=${ifDefined(args.for || undefined)}
        >${args.text}</news-timestamp
      >.
    </p>
    <story-readout></story-readout>
  </div>`,
};
export default meta;
type Story = StoryObj<TimestampArgs>;

/** One timestamp with the controls of the panel: time, end, `for`, and its own words. */
export const Playground: Story = {};

/**
 * The reference article with its clip, a transcript and timestamps in the running text. Each
 * timestamp is a real link (try a middle click: the new tab opens the page at that moment);
 * click or Enter plays the clip from there, loading the player if it is still a poster card.
 */
export const InArticleText: Story = {
  render: () => html`<article style=${column} @news-timestamp-seek=${action('news-timestamp-seek')}>
    <h1 style="font: 700 28px/1.2 system-ui, sans-serif">${HEADLINE}</h1>
    <news-player id="kerry" src=${CLIP} poster=${POSTER} headline=${HEADLINE} duration="0:06">
      <track kind="captions" src=${CAPTIONS} srclang="en" label="English" default />
      <track kind="chapters" src=${CHAPTERS} srclang="en" />
    </news-player>
    <p>
      The Pentagon has downplayed speculation about U.S. and Iranian military cooperation in Iraq, hours after Secretary
      of State John Kerry made the suggestion in an interview
      (<news-timestamp for="kerry" time="0:01"></news-timestamp>).
    </p>
    <p>
      Kerry said in an interview with Yahoo Monday that President Barack Obama is considering air strikes to help the
      Iraqi government. "I do not believe the president is going to just sit by and let this take place," said Kerry
      <news-timestamp for="kerry" time="0:02">at 0:02</news-timestamp>.
    </p>
    <p>
      "We are open to any constructive process that could minimize the violence," said Kerry
      (<news-timestamp for="kerry" time="0:04" end="0:06">0:04–0:06</news-timestamp>, played as a range).
    </p>
    <!-- The article's only heading is its h1: the transcript's chapter headings are level 2. -->
    <news-transcript for="kerry" heading-level="2"></news-transcript>
    <story-readout></story-readout>
  </article>`,
};

/** With no words of its own a timestamp shows the formatted time: seconds, m:ss and h:mm:ss. */
export const Formats: Story = {
  render: () => html`<div style=${column}>
    <news-player src=${LONG} poster=${POSTER} headline="A 20 second clip" duration="0:20" muted></news-player>
    <p>
      Seconds <news-timestamp time="12"></news-timestamp>, a clock <news-timestamp time="0:07"></news-timestamp>, units
      <news-timestamp time="0m15s"></news-timestamp>, and past the end of this clip an hour's form
      <news-timestamp time="1:02:03"></news-timestamp>.
    </p>
    <story-readout></story-readout>
  </div>`,
};

/** `for` names one player among several; the links use the named form `#t=<id>:<seconds>`. */
export const SeveralPlayers: Story = {
  render: () => html`<div style=${column}>
    <news-player id="first" src=${CLIP} poster=${POSTER} headline="First clip" duration="0:06" muted></news-player>
    <p>
      First clip at <news-timestamp for="first" time="0:03"></news-timestamp>; second clip at
      <news-timestamp for="second" time="0:12"></news-timestamp>.
    </p>
    <news-player id="second" src=${LONG} headline="Second clip" duration="0:20" muted></news-player>
    <story-readout></story-readout>
  </div>`,
};

/**
 * For pages served without JavaScript: a link inside the element is the control as written
 * (`<a href="#t=3">`); once the element runs, activating it seeks instead of navigating.
 */
export const ServerRenderedLink: Story = {
  render: () => html`<div style=${column}>
    <news-player src=${CLIP} poster=${POSTER} headline=${HEADLINE} duration="0:06" muted></news-player>
    <p>Kerry, <news-timestamp time="0:03"><a href="#t=3">three seconds in</a></news-timestamp>.</p>
    <story-readout></story-readout>
  </div>`,
};

/** Right-to-left text: the link flows with the sentence; the time itself stays a clock. */
export const RightToLeft: Story = {
  render: () => html`<div style=${column} dir="rtl" lang="ar">
    <news-player src=${CLIP} poster=${POSTER} headline="كيري" duration="0:06" muted></news-player>
    <p>قال كيري <news-timestamp time="0:02"></news-timestamp> إن الولايات المتحدة منفتحة على التعاون.</p>
    <story-readout></story-readout>
  </div>`,
};
