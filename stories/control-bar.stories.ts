import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { NewsPlayer } from '../src/index.js';

// package.json's `sideEffects` names only dist/ files: register explicitly (define() is guarded).
NewsPlayer.define('news-player');

// Test media from `test/media`, served at /media: chapters Opening 0–2, Middle 2–4, Closing 4–6.
const POSTER = '/media/poster.jpg';
const CLIP = '/media/clip.mp4';
const CAPTIONS = '/media/captions.vtt';
const CHAPTERS = '/media/chapters.vtt';
const HEADLINE = "Kerry's interview: US open to cooperation with Iran to help Iraq";

const meta: Meta = {
  title: 'Features/Control bar',
  parameters: { layout: 'padded' },
};
export default meta;
type Story = StoryObj;

const player = (width: number, lang = 'en') => html`<div style="width:${width}px;margin-bottom:1.5em" lang=${lang}>
  <p style="font:13px system-ui;margin:0 0 .3em">${width} px</p>
  <news-player src=${CLIP} poster=${POSTER} headline=${HEADLINE} duration="0:06" load="eager" muted captions="on">
    <track kind="captions" src=${CAPTIONS} srclang="en" label="English" />
    <track kind="chapters" src=${CHAPTERS} srclang="en" />
  </news-player>
</div>`;

/**
 * The timeline across the whole player, the buttons under it. Hover or focus the timeline: the
 * tooltip tells the time and the chapter. The gear opens the settings menu: speed (remembered),
 * captions, chapters with their start, "Captions below the video".
 */
export const SettingsMenu: Story = {
  render: () => player(640),
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('news-player')!;
    const root = el.shadowRoot!;
    for (let i = 0; i < 100 && !root.querySelector('.news-settings-button > button'); i++) await new Promise((r) => setTimeout(r, 100));
    root.querySelector<HTMLButtonElement>('.news-settings-button > button')?.click();
  },
};

/** From 280 px up: secondary controls move into the settings menu, the timeline keeps its row. */
export const NarrowWidths: Story = {
  render: () => html`${[280, 320, 375, 480, 640].map((w) => player(w))}`,
};

/** Persian: times, tooltip and menus in Persian digits (۰:۰۲), words right to left, the bar left to right. */
export const PersianDigits: Story = {
  render: () => player(480, 'fa'),
};

/** Captions below the video (chosen in the settings menu): a band under the picture, the player keeps its size. */
export const CaptionsBelow: Story = {
  render: () => player(480),
  play: async ({ canvasElement }) => {
    const root = canvasElement.querySelector('news-player')!.shadowRoot!;
    const gear = () => root.querySelector<HTMLButtonElement>('.news-settings-button > button');
    for (let i = 0; i < 100 && !gear(); i++) await new Promise((r) => setTimeout(r, 100));
    gear()?.click();
    const below = [...root.querySelectorAll<HTMLElement>('.news-settings-button .vjs-menu-item')].find((li) => /below/.test(li.textContent ?? ''));
    below?.click();
  },
};

/** Audio: one row, the progress bar taking the room left; the settings menu uses the whole box. */
export const AudioSettings: Story = {
  render: () => html`<div style="width:480px">
    <news-player audio src="/media/audio.m4a" headline=${HEADLINE} duration="0:06" load="eager"></news-player>
  </div>`,
  play: async ({ canvasElement }) => {
    const root = canvasElement.querySelector('news-player')!.shadowRoot!;
    const gear = () => root.querySelector<HTMLButtonElement>('.news-settings-button > button');
    for (let i = 0; i < 100 && !gear(); i++) await new Promise((r) => setTimeout(r, 100));
    gear()?.click();
  },
};

/** Persian, narrow, with the settings menu open: right to left words, Persian digits. */
export const PersianSettings: Story = {
  render: () => player(375, 'fa'),
  play: SettingsMenu.play,
};
