import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { NewsPlayer, NewsTranscript } from '../src/index.js';

// package.json's `sideEffects` names only dist/ files: register explicitly (define() is guarded).
NewsPlayer.define('news-player');
NewsTranscript.define('news-transcript');

const POSTER = '/media/poster.jpg';
const CLIP = '/media/clip.mp4';
const CAPTIONS = '/media/captions.vtt';
const CHAPTERS = '/media/chapters.vtt';
const HEADLINE = 'Kerry: US Open to Cooperation with Iran to Help Iraq';
const DESCRIPTION =
  'The Pentagon has downplayed speculation about U.S. and Iranian military cooperation in Iraq, hours after Secretary of State John Kerry made the suggestion in an interview.';

/** Shows, pretty-printed, the JSON-LD a player writes into its light DOM, as it changes. */
class JsonLdViewer extends HTMLElement {
  private observer: MutationObserver | undefined;
  private readonly pre = document.createElement('pre');

  connectedCallback(): void {
    this.pre.style.cssText =
      'margin:12px 0 0;padding:12px;max-height:28em;overflow:auto;background:#f6f8fa;border:1px solid #d0d7de;border-radius:6px;font:12px/1.5 ui-monospace,SFMono-Regular,Menlo,monospace;white-space:pre-wrap';
    this.pre.tabIndex = 0;
    this.pre.setAttribute('aria-label', 'Structured data');
    if (!this.pre.isConnected) this.append(this.pre);
    const player = this.closest('div')?.querySelector('news-player');
    if (!player) return;
    const show = () => {
      const script = player.querySelector('script[type="application/ld+json"]');
      this.pre.textContent = script ? JSON.stringify(JSON.parse(script.textContent ?? '{}'), null, 2) : '(none yet)';
    };
    this.observer = new MutationObserver(show);
    this.observer.observe(player, { childList: true, subtree: true, characterData: true });
    show();
  }

  disconnectedCallback(): void {
    this.observer?.disconnect();
  }
}
if (!customElements.get('json-ld-viewer')) customElements.define('json-ld-viewer', JsonLdViewer);

const column = 'max-width: 640px; font: 16px/1.6 system-ui, sans-serif';

const meta: Meta = {
  title: 'Features/Structured data',
  parameters: { layout: 'padded' },
};
export default meta;
type Story = StoryObj;

/**
 * `structured-data` writes a schema.org `VideoObject` into a `<script type="application/ld+json">`
 * inside the player: name, description, thumbnail, upload date, duration, content URL, the bound
 * transcript's words, the chapters as `Clip`s and a `SeekToAction`. Press play: the duration
 * switches from the hint to the media's.
 */
export const VideoObject: Story = {
  render: () => html`<div style=${column}>
    <news-player
      id="sd-clip"
      structured-data
      src=${CLIP}
      poster=${POSTER}
      headline=${HEADLINE}
      description=${DESCRIPTION}
      upload-date="2014-06-17T09:30:00+00:00"
      duration="0:06"
      muted
    >
      <track kind="captions" src=${CAPTIONS} srclang="en" label="English" default />
      <track kind="chapters" src=${CHAPTERS} srclang="en" />
    </news-player>
    <news-transcript for="sd-clip"></news-transcript>
    <json-ld-viewer></json-ld-viewer>
  </div>`,
};

/** A live stream: a `BroadcastEvent` publication, no duration and no seek action. */
export const LiveBroadcast: Story = {
  render: () => html`<div style=${column}>
    <news-player
      structured-data
      live
      src="/live/story/index.m3u8"
      poster=${POSTER}
      headline="Live: the State Department briefing"
      description="The daily briefing, live."
      upload-date="2014-06-17T09:00:00+00:00"
      live-start="2014-06-17T09:00:00+00:00"
      live-end="2014-06-17T10:00:00+00:00"
    ></news-player>
    <json-ld-viewer></json-ld-viewer>
  </div>`,
};
