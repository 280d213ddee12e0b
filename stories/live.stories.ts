import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { NewsPlayer } from '../src/index.js';
import { defineStoryReadout } from './support/readout.js';

// package.json's `sideEffects` names only dist/ files: register explicitly (define() is guarded).
NewsPlayer.define('news-player');
defineStoryReadout();

const POSTER = '/media/poster.jpg';
const LONG = '/media/long.webm';
const column = 'max-width: 640px; font: 16px/1.6 system-ui, sans-serif';
const LIVE_NOTE =
  'Needs a dev server that answers /live/<key>/index.m3u8 with a growing playlist (the test server does: `livePlaylist()` in test/support/server.mjs). Without it the stream is a 404 and the player ends unavailable.';

const meta: Meta = {
  title: 'Features/Time display and live',
  parameters: { layout: 'padded' },
};
export default meta;
type Story = StoryObj;

/** `time-format="elapsed"`: elapsed / duration only. */
export const Elapsed: Story = {
  render: () => html`<div style=${column}>
    <news-player src=${LONG} poster=${POSTER} headline="Elapsed time" duration="0:20" time-format="elapsed" load="eager" muted></news-player>
    <story-readout></story-readout>
  </div>`,
};

/** `time-format="remaining"`: the remaining time only. */
export const Remaining: Story = {
  render: () => html`<div style=${column}>
    <news-player src=${LONG} poster=${POSTER} headline="Remaining time" duration="0:20" time-format="remaining" load="eager" muted></news-player>
    <story-readout></story-readout>
  </div>`,
};

/** The default, `both`: elapsed / duration and remaining. */
export const Both: Story = {
  render: () => html`<div style=${column}>
    <news-player src=${LONG} poster=${POSTER} headline="Both" duration="0:20" load="eager" muted></news-player>
    <story-readout></story-readout>
  </div>`,
};

/** A live stream's poster card says LIVE (the `live` attribute) instead of a duration. */
export const LiveCard: Story = {
  render: () => html`<div style=${column}>
    <news-player live src="/live/story/index.m3u8" poster=${POSTER} headline="Live: the briefing"></news-player>
  </div>`,
  parameters: { docs: { description: { story: LIVE_NOTE } } },
};

/**
 * A live HLS stream whose playlist keeps growing: LIVE, a DVR progress bar over the window, and
 * "back to live" (the LIVE button, grey when behind) through video.js's live tracker.
 */
export const LiveStream: Story = {
  render: () => html`<div style=${column}>
    <news-player src="/live/story/index.m3u8" poster=${POSTER} headline="Live: the briefing" autoplay muted></news-player>
    <p style="color:#8a4b00">${LIVE_NOTE}</p>
    <story-readout></story-readout>
  </div>`,
};
