import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { NewsPlayer, NewsTimestamp } from '../src/index.js';

// package.json's `sideEffects` names only dist/ files: register explicitly (define() is guarded).
NewsPlayer.define('news-player');
NewsTimestamp.define('news-timestamp');

// The reference article's clip (2:44, five chapters), served at /article by `staticDirs`.
const MEDIA = '/article';
const HEADLINE = 'Kerry: US Open to Cooperation with Iran to Help Iraq';

const column = 'max-width: 680px; margin: 0 auto; font: 1.125rem/1.65 Georgia, serif; color: #1a1a1a';

const PARAGRAPHS = [
  'US Secretary of State John Kerry has said the United States is open to cooperating with Iran to help the Iraqi government push back Sunni insurgents.',
  'Asked whether the US could work with Tehran, Mr Kerry said he would not rule out "anything that would be constructive" in returning stability to Iraq.',
  'Militants led by the Islamic State of Iraq and the Levant have seized large parts of the north and west of the country in recent days.',
  'The White House said any engagement with Iran would be separate from the talks on its nuclear programme, which continue in Vienna this week.',
  'Officials stressed that no military coordination was being planned, and that any action would depend on the Iraqi government taking steps towards reconciliation.',
  'Analysts said the remarks marked a notable shift in tone, after decades of mistrust between Washington and Tehran.',
  'Meanwhile, the UN said more than a million people had fled their homes since the start of the year, many of them to the Kurdish region.',
  'Aid agencies warned of shortages of water and shelter in camps as temperatures rose above 40C.',
];

/** Words enough to scroll the player out of view, twice over. */
const body = () => [...PARAGRAPHS, ...PARAGRAPHS].map((text) => html`<p>${text}</p>`);

const meta: Meta = {
  title: 'Features/Mini-player',
  parameters: { layout: 'fullscreen' },
};
export default meta;
type Story = StoryObj;

/**
 * Press play, then scroll down: the video floats in the bottom right corner and plays on, with
 * "Back to the video" and Close (which pauses; Escape inside it too). Scroll back up and it is in
 * its place again; the article never shifts. Paused, it stays in the corner until closed; a video
 * paused before scrolling away does not follow. While it plays, the lock screen and media keys show
 * the headline and poster (Media Session); the media keys' previous/next move between chapters.
 */
export const LongArticle: Story = {
  render: () => html`<article style=${column}>
    <h1 style="font: 700 2rem/1.2 system-ui, sans-serif">${HEADLINE}</h1>
    <news-player
      src="${MEDIA}/article.mp4"
      poster="${MEDIA}/poster.jpg"
      headline=${HEADLINE}
      duration="2:44"
    >
      <track kind="captions" src="${MEDIA}/article.vtt" srclang="en" label="English" />
      <track kind="chapters" src="${MEDIA}/chapters.vtt" srclang="en" />
    </news-player>
    ${body()}
  </article>`,
};

/** Right to left, the floating frame takes the bottom left corner and its words read right to left. */
export const RightToLeft: Story = {
  render: () => html`<article style=${column} lang="ar" dir="rtl">
    <h1 style="font: 700 2rem/1.2 system-ui, sans-serif">كيري: الولايات المتحدة منفتحة على التعاون مع إيران</h1>
    <news-player src="${MEDIA}/article.mp4" poster="${MEDIA}/poster.jpg" headline="كيري: الولايات المتحدة منفتحة على التعاون مع إيران" duration="2:44"></news-player>
    ${body()}
  </article>`,
};

/** `mini-player="off"`: this player stays in the article however far the reader scrolls. */
export const OptedOut: Story = {
  render: () => html`<article style=${column}>
    <h1 style="font: 700 2rem/1.2 system-ui, sans-serif">${HEADLINE}</h1>
    <news-player src="${MEDIA}/article.mp4" poster="${MEDIA}/poster.jpg" headline=${HEADLINE} duration="2:44" mini-player="off"></news-player>
    ${body()}
  </article>`,
};
