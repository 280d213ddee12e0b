// <story-readout>: a line under a story's players with each player's state, error code and time,
// so a glance (or a screenshot) tells what the player reports. Story furniture, not a component.
import type { NewsPlayer } from '../../src/index.js';

const fmt = (n: number) => (Number.isFinite(n) ? n.toFixed(1) : '–');

export class StoryReadout extends HTMLElement {
  private timer: ReturnType<typeof setInterval> | undefined;
  private readonly lines = document.createElement('div');
  private readonly noteEl = document.createElement('div');

  connectedCallback(): void {
    this.style.cssText =
      'display:block;margin-top:8px;font:12px/1.5 ui-monospace,SFMono-Regular,Menlo,monospace;color:#333';
    this.noteEl.style.cssText = 'color:#8a4b00;font-family:system-ui,sans-serif';
    if (!this.lines.isConnected) this.append(this.lines, this.noteEl);
    this.noteEl.textContent = this.getAttribute('note') ?? '';
    this.noteEl.hidden = !this.noteEl.textContent;
    this.update();
    this.timer = setInterval(() => this.update(), 200);
  }

  disconnectedCallback(): void {
    clearInterval(this.timer);
  }

  private update(): void {
    const scope = this.parentElement ?? document;
    const players = [...scope.querySelectorAll<NewsPlayer>('news-player')];
    const text = players
      .map((p, i) => {
        const parts = [`state=${p.getAttribute('state') ?? '(none)'}`];
        if (p.error) parts.push(`error=${p.error.code}${p.error.mediaErrorCode ? ` (MediaError ${p.error.mediaErrorCode})` : ''}`);
        parts.push(`time=${fmt(p.currentTime)}/${fmt(p.duration)}`);
        if (p.independent) parts.push('independent');
        return `${players.length > 1 ? `#${i + 1} ` : ''}${parts.join('  ')}`;
      })
      .join('\n');
    if (this.lines.textContent !== text) {
      this.lines.textContent = text;
      this.lines.style.whiteSpace = 'pre';
    }
  }
}

/**
 * Registers <story-readout>. A function to call rather than an import-time side effect, because
 * package.json's "sideEffects" list lets the production build drop bare imports outside dist/.
 */
export function defineStoryReadout(): void {
  if (!customElements.get('story-readout')) customElements.define('story-readout', StoryReadout);
}
