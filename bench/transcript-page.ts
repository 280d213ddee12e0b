// The page side of bench/transcript.mjs: bundled with esbuild, driven through `window.bench`.
import { LitElement, css, html, nothing } from 'lit';
import { NewsTranscript } from '../src/components/news-transcript/news-transcript.component.js';
import { CueIndex } from '../src/media/cues/find.js';
import { parseCueText, type CueNode } from '../src/media/cues/markup.js';
import { parseCues } from '../src/media/cues/sniff.js';
import type { Cue } from '../src/media/cues/types.js';
import { formatTime } from '../src/media/time.js';
import transcriptStyles from '../src/components/news-transcript/news-transcript.styles.js';

NewsTranscript.define('news-transcript');

/** The same component with every cue laid out (no `content-visibility: auto`). */
class FullLayoutTranscript extends NewsTranscript {
  static override styles = [
    transcriptStyles,
    css`
      .chunk {
        content-visibility: visible;
      }
    `,
  ];
}
FullLayoutTranscript.define('full-layout-transcript');

const renderNodes = (nodes: readonly CueNode[]): unknown[] =>
  nodes.map((n) => {
    if (n.type === 'text') return n.value;
    if (n.type === 'timestamp') return nothing;
    return html`<span class=${n.type}>${renderNodes(n.children)}</span>`;
  });

/**
 * Baseline: the obvious Lit version, where the active state is a template binding and each time
 * update re-renders the whole list (Lit diffs every row).
 */
class NaiveTranscript extends LitElement {
  static override styles = transcriptStyles;
  static override properties = { cues: { attribute: false }, time: { type: Number } };
  cues: Cue[] = [];
  time = NaN;
  private index = new CueIndex([]);
  protected override willUpdate(changed: Map<string, unknown>): void {
    if (changed.has('cues')) this.index = new CueIndex(this.cues);
  }
  override render() {
    const active = new Set(this.index.active(this.time));
    return html`<div part="body" class="body"><div part="list" class="list">
      ${this.cues.map((cue, i) => {
        const on = active.has(i);
        return html`<div part=${on ? 'cue active' : 'cue'} class="cue" role="button" tabindex="-1" aria-current=${on ? 'true' : nothing}
          data-start=${cue.start} data-end=${cue.end}><span class="time">${formatTime(cue.start)}</span
          ><span class="words">${cue.voice ? html`<span class="speaker">${cue.voice}</span>` : nothing}<span class="text"
          >${renderNodes(parseCueText(cue.text))}</span></span></div>`;
      })}
    </div></div>`;
  }
}
customElements.define('naive-transcript', NaiveTranscript);

function vtt(n: number): string {
  const stamp = (s: number) => {
    const h = Math.floor(s / 3600);
    const m = Math.floor((s % 3600) / 60);
    return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}.000`;
  };
  const lines = ['WEBVTT', ''];
  for (let i = 0; i < n; i++) {
    const voice = i % 7 === 0 ? `<v Speaker ${(i / 7) % 3}>` : '';
    lines.push(`${stamp(i)} --> ${stamp(i + 1)}`, `${voice}Sentence ${i}: the <i>quick</i> brown fox jumps over the lazy dog.`, '');
  }
  return lines.join('\n');
}

const stage = () => document.getElementById('stage')!;
const frame = () => new Promise((r) => requestAnimationFrame(() => r(undefined)));
const layout = (el: HTMLElement) => el.shadowRoot!.querySelector<HTMLElement>('.body')!.scrollHeight;

type Variant = 'news-transcript' | 'full-layout-transcript' | 'naive-transcript';

const bench = {
  /** ms from setting `src` (or `cues` for the baseline) to every cue in the DOM and laid out. */
  async firstRender(variant: Variant, n: number): Promise<number> {
    stage().replaceChildren();
    await frame();
    const text = vtt(n);
    const url = URL.createObjectURL(new Blob([text], { type: 'text/vtt' }));
    const el = document.createElement(variant) as HTMLElement & { src?: string; cues?: Cue[] };
    const t0 = performance.now();
    if (variant === 'naive-transcript') {
      el.cues = parseCues(text).cues;
      stage().append(el);
      await (el as unknown as LitElement).updateComplete;
    } else {
      const loaded = new Promise((r) => el.addEventListener('news-transcript-load', r, { once: true }));
      el.src = url;
      stage().append(el);
      await loaded;
    }
    layout(el);
    const ms = performance.now() - t0;
    URL.revokeObjectURL(url);
    if (el.shadowRoot!.querySelectorAll('.cue').length !== n) throw new Error(`${variant}: not every cue rendered`);
    return ms;
  },

  /** ms to parse the same file alone (part of the first render of the real component). */
  parse(n: number): number {
    const text = vtt(n);
    const t0 = performance.now();
    parseCues(text);
    return performance.now() - t0;
  },

  /**
   * ms per time update: the sync itself plus the style and layout work it causes, forced
   * synchronously so it is counted. `playback`: 4 updates a second from 0:00, as `timeupdate`
   * fires while playing (one in four moves the active cue); `seek`: each update jumps across the
   * clip to another cue (the worst case: the active cue changes and the view moves far).
   */
  async sync(variant: Variant, n: number, updates: number, mode: 'playback' | 'seek'): Promise<number[]> {
    const el = stage().firstElementChild as HTMLElement;
    if (!el || el.localName !== variant) throw new Error('render first');
    const times: number[] = [];
    const step = mode === 'seek' ? n / updates : 0.25;
    for (let k = 0; k < updates; k++) {
      const t = k * step + (mode === 'seek' ? 0.5 : 0.1);
      const t0 = performance.now();
      if (variant === 'naive-transcript') {
        (el as unknown as { time: number }).time = t;
        await (el as unknown as LitElement).updateComplete;
      } else {
        (el as unknown as { syncTo(time: number): void }).syncTo(t);
      }
      layout(el);
      el.shadowRoot!.querySelector('[aria-current]')?.getBoundingClientRect();
      times.push(performance.now() - t0);
      if (k % 50 === 0) await frame();
    }
    return times;
  },
};

(window as unknown as { bench: typeof bench }).bench = bench;
document.title = 'ready';
