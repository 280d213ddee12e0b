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

const everyCueLaidOut = css`
  .chunk {
    content-visibility: visible;
  }
`;

/** The same component with every cue laid out (no `content-visibility: auto`). */
class FullLayoutTranscript extends NewsTranscript {
  // The element's styles come with its lazy half (adopted when it loads), so
  // `static styles` would be ignored: the override is added to the shadow root once they are there.
  protected override updated(): void {
    super.updated();
    const root = this.shadowRoot!;
    const sheet = everyCueLaidOut.styleSheet!;
    if (root.adoptedStyleSheets.length && !root.adoptedStyleSheets.includes(sheet)) {
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    }
  }
}
FullLayoutTranscript.define('full-layout-transcript');

/** The shipped component, given cues whose words carry inline timestamps (word timing on). */
class WordsTranscript extends NewsTranscript {}
WordsTranscript.define('words-transcript');

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

function vtt(n: number, timedWords = false): string {
  const stamp = (s: number) => {
    const h = Math.floor(s / 3600);
    const m = Math.floor((s % 3600) / 60);
    const ms = Math.round((s % 1) * 1000);
    return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}:${String(Math.floor(s) % 60).padStart(2, '0')}.${String(ms).padStart(3, '0')}`;
  };
  const lines = ['WEBVTT', ''];
  for (let i = 0; i < n; i++) {
    const voice = i % 7 === 0 ? `<v Speaker ${(i / 7) % 3}>` : '';
    // With word timing: each of the ten words after the first at its own time (a word every 0.1 s).
    const text = timedWords
      ? `Sentence<${stamp(i + 0.1)}><c> ${i}:</c><${stamp(i + 0.2)}><c> the</c><${stamp(i + 0.3)}><c> <i>quick</i></c><${stamp(i + 0.4)}><c> brown</c><${stamp(i + 0.5)}><c> fox</c><${stamp(i + 0.6)}><c> jumps</c><${stamp(i + 0.7)}><c> over</c><${stamp(i + 0.8)}><c> the</c><${stamp(i + 0.9)}><c> lazy dog.</c>`
      : `Sentence ${i}: the <i>quick</i> brown fox jumps over the lazy dog.`;
    lines.push(`${stamp(i)} --> ${stamp(i + 1)}`, `${voice}${text}`, '');
  }
  return lines.join('\n');
}

const stage = () => document.getElementById('stage')!;
const frame = () => new Promise((r) => requestAnimationFrame(() => r(undefined)));
const layout = (el: HTMLElement) => el.shadowRoot!.querySelector<HTMLElement>('.body')!.scrollHeight;

type Variant = 'news-transcript' | 'full-layout-transcript' | 'naive-transcript' | 'words-transcript';

/** What {@link bench.firstRender} measures. */
interface FirstRender {
  /** ms from setting `src` (or `cues`) to the transcript shown (`news-transcript-load`) and laid out. */
  first: number;
  /** ms from setting `src` to every cue in the DOM (the rest is rendered in later tasks). */
  complete: number;
  /** Tasks over 50 ms between the two (rendering the rest must not block the page). */
  longTasks: number;
  /** Cues in the DOM at `first`. */
  rowsAtFirst: number;
}

const cueCount = (el: HTMLElement) => el.shadowRoot!.querySelectorAll('.cue').length;

const bench = {
  /**
   * The first render, from setting `src` (or `cues` for the baseline) to the transcript shown:
   * its first rows in the DOM and laid out, the rest to come in later tasks; then the wait until
   * every cue is in the DOM.
   */
  async firstRender(variant: Variant, n: number): Promise<FirstRender> {
    stage().replaceChildren();
    await frame();
    const text = vtt(n, variant === 'words-transcript');
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
    const first = performance.now() - t0;
    const rowsAtFirst = cueCount(el);
    let longTasks = 0;
    const observer = new PerformanceObserver((list) => {
      longTasks += list.getEntries().length;
    });
    observer.observe({ type: 'longtask' });
    // Waits without walking the whole shadow tree every time (that would slow down what it waits for).
    const pending = () => [...(el.shadowRoot!.querySelector('.list')?.children ?? [])].some((c) => c.hasAttribute('data-pending'));
    while (pending()) {
      if (performance.now() - t0 > 20_000) throw new Error(`${variant}: not every cue rendered`);
      await new Promise((r) => setTimeout(r, 20));
    }
    if (cueCount(el) !== n) throw new Error(`${variant}: not every cue rendered`);
    const complete = performance.now() - t0;
    await frame();
    longTasks += observer.takeRecords().length;
    observer.disconnect();
    URL.revokeObjectURL(url);
    return { first, complete, longTasks, rowsAtFirst };
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
        // The sync lives in the lazy half the element loads on connect (its `core`).
        (el as unknown as { core: { syncTo(time: number): void } }).core.syncTo(t);
      }
      layout(el);
      const t1 = performance.now();
      // Finding the active cue walks the shadow tree up to it (O(its position), about 3 ms for a
      // cue near the end of 10,000 on this machine): the harness's own work, so not counted.
      const active = el.shadowRoot!.querySelector('[aria-current]');
      const t2 = performance.now();
      active?.getBoundingClientRect();
      times.push(t1 - t0 + (performance.now() - t2));
      if (k % 50 === 0) await frame();
    }
    return times;
  },
};

/** The transcripts of bench/transcript-scale.mjs, made in the page (no 50 MB fixture in the repository). */
export type ScaleKind = '10k' | '100k-480' | '1m' | 'cue-10mb';

function scaleFixture(kind: ScaleKind): string {
  const stamp = (s: number) => {
    const h = Math.floor(s / 3600);
    const m = Math.floor((s % 3600) / 60);
    return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}.000`;
  };
  if (kind === '10k') return vtt(10_000);
  if (kind === 'cue-10mb') return `WEBVTT\n\n00:00:00.000 --> 00:10:00.000\n${'the quick brown fox jumps over the lazy dog '.repeat(238_096)}\n`;
  const n = kind === '1m' ? 1_000_000 : 100_000;
  const long = 'the quick brown fox jumps over the lazy dog and '.repeat(10);
  const parts = ['WEBVTT\n\n'];
  for (let i = 0; i < n; i++) {
    const text = kind === '1m' ? `the cue ${i} and the dog` : `Cue ${i}: ${long.slice(0, 470)}`;
    parts.push(`${stamp(i)} --> ${stamp(i + 1)}\n${text}\n\n`);
  }
  return parts.join('');
}

/** What {@link scaleBench.load} measures. */
interface ScaleLoad {
  bytes: number;
  cues: number;
  /** ms from setting `src` to the first rows shown (`news-transcript-load`, laid out). */
  firstRows: number;
  /** ms from setting `src` until the transcript is settled (download file made, no block of rows left to render). */
  settled: number;
  /** Longest task (ms) from setting `src` until settled; 0 when none was over 50 ms. */
  longestTask: number;
  longTasks: number;
  /** Elements in the transcript's shadow root once settled. */
  elements: number;
}

/** What {@link scaleBench.search} measures. */
interface ScaleSearch {
  /** ms from the query typed to its count shown. */
  ms: number;
  longestTask: number;
  count: string;
}

const until = async (test: () => boolean, ms: number, what: string) => {
  const t0 = performance.now();
  while (!test()) {
    if (performance.now() - t0 > ms) throw new Error(`timed out: ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
};

/** Watches long tasks from now on; `stop()` gives the longest and how many. */
function watchLongTasks(): { stop(): { longest: number; count: number } } {
  let longest = 0;
  let count = 0;
  const take = (entries: PerformanceEntryList) => {
    for (const e of entries) {
      longest = Math.max(longest, e.duration);
      count++;
    }
  };
  const observer = new PerformanceObserver((list) => take(list.getEntries()));
  observer.observe({ type: 'longtask' });
  return {
    stop() {
      take(observer.takeRecords());
      observer.disconnect();
      return { longest, count };
    },
  };
}

const scaleBench = {
  /** Loads a transcript of `kind` and waits until it is settled. */
  async load(kind: ScaleKind): Promise<ScaleLoad> {
    stage().replaceChildren();
    await frame();
    let text: string | undefined = scaleFixture(kind);
    const bytes = text.length;
    const url = URL.createObjectURL(new Blob([text], { type: 'text/vtt' }));
    text = undefined;
    await new Promise((r) => setTimeout(r, 200));
    const tasks = watchLongTasks();
    const el = document.createElement('news-transcript') as NewsTranscript;
    const t0 = performance.now();
    const loaded = new Promise((r) => el.addEventListener('news-transcript-load', r, { once: true }));
    el.src = url;
    stage().append(el);
    await loaded;
    layout(el);
    const firstRows = performance.now() - t0;
    const download = () => el.shadowRoot!.querySelector<HTMLAnchorElement>('[part="download"]')?.href.startsWith('blob:') ?? false;
    await until(download, 600_000, 'download file');
    // A list of blocks renders every cue in the background: settled once none is pending.
    const pending = () => el.shadowRoot!.querySelector('.list > .chunk[data-pending]') !== null;
    while (pending()) await new Promise((r) => setTimeout(r, 200));
    const settled = performance.now() - t0;
    await new Promise((r) => setTimeout(r, 300));
    const { longest, count } = tasks.stop();
    URL.revokeObjectURL(url);
    return { bytes, cues: el.cues.length, firstRows, settled, longestTask: longest, longTasks: count, elements: el.shadowRoot!.querySelectorAll('*').length };
  },

  /** Types `query` into the loaded transcript's search box and waits for its count. */
  async search(query: string): Promise<ScaleSearch> {
    const el = stage().firstElementChild as NewsTranscript;
    const input = el.shadowRoot!.querySelector<HTMLInputElement>('[part="search"]')!;
    const countEl = el.shadowRoot!.querySelector<HTMLElement>('[part="search-count"]')!;
    input.value = '';
    input.dispatchEvent(new Event('input'));
    await el.updateComplete;
    await frame();
    const tasks = watchLongTasks();
    const t0 = performance.now();
    input.value = query;
    input.dispatchEvent(new Event('input'));
    await until(() => countEl.textContent!.trim() !== '', 600_000, 'search count');
    const ms = performance.now() - t0;
    await frame();
    await new Promise((r) => setTimeout(r, 100));
    const { longest } = tasks.stop();
    const count = countEl.textContent!.trim();
    input.value = '';
    input.dispatchEvent(new Event('input'));
    return { ms, longestTask: longest, count };
  },

  /** ms per seek across the loaded transcript (sync plus the layout it causes), `updates` times. */
  async seeks(updates: number): Promise<number[]> {
    const el = stage().firstElementChild as NewsTranscript;
    const core = (el as unknown as { core: { syncTo(time: number): void } }).core;
    const n = el.cues.length;
    const last = el.cues[n - 1]?.end ?? 0;
    const times: number[] = [];
    for (let k = 0; k < updates; k++) {
      const t = ((k + 0.5) / updates) * last;
      const t0 = performance.now();
      core.syncTo(t);
      layout(el);
      times.push(performance.now() - t0);
      await frame();
      await frame();
    }
    return times;
  },
};

(window as unknown as { bench: typeof bench; scaleBench: typeof scaleBench }).bench = bench;
(window as unknown as { scaleBench: typeof scaleBench }).scaleBench = scaleBench;
document.title = 'ready';
