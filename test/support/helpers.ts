import { nextFrame, oneEvent, waitUntil } from '@open-wc/testing';
import type { NewsPlayer } from '../../src/components/news-player/news-player.component.js';
import type { PlayerState } from '../../src/media/state.js';

/** Resolves when `el` reaches `state` (at once if it is already there). */
export async function stateReached(el: NewsPlayer, state: PlayerState, timeout = 15000): Promise<void> {
  if (el.state === state) return;
  await waitUntil(() => el.state === state, `state never became ${state} (is ${el.state})`, { timeout, interval: 20 });
}

/** Records every state the player goes through. */
export function recordStates(el: NewsPlayer): PlayerState[] {
  const seen: PlayerState[] = [];
  el.addEventListener('news-player-statechange', (e) => seen.push(e.detail.state));
  return seen;
}

export { oneEvent };

/** Media served by the test server. */
export const MEDIA = {
  webm: '/test/media/clip.webm',
  mp4: '/test/media/clip.mp4',
  long: '/test/media/long.webm',
  m4a: '/test/media/audio.m4a',
  hls: '/test/media/hls/index.m3u8',
  poster: '/test/media/poster.jpg',
  captions: '/test/media/captions.vtt',
  chapters: '/test/media/chapters.vtt',
};

/** Waits for a scroll box to stop moving (five frames without change). */
export async function scrollSettled(box: HTMLElement): Promise<void> {
  let last = -1;
  let still = 0;
  for (let i = 0; i < 300 && still < 5; i++) {
    await nextFrame();
    still = box.scrollTop === last ? still + 1 : 0;
    last = box.scrollTop;
  }
}

/** True when `el` is fully inside the visible part of the scroll box `box`. */
export function inView(box: HTMLElement, el: HTMLElement): boolean {
  const b = box.getBoundingClientRect();
  const c = el.getBoundingClientRect();
  return c.top >= b.top - 1 && c.bottom <= b.bottom + 1;
}

/**
 * Resolves once video.js has created `el`'s player: `play()` resolves as soon as the media plays,
 * which a bare element does before video.js arrives and adopts it (play first, dress after).
 */
export async function playerCreated(el: NewsPlayer, timeout = 15000): Promise<void> {
  await waitUntil(() => el.player !== undefined, `video.js never created the player (state ${el.state})`, { timeout, interval: 20 });
}

/** A WebVTT file of `n` one-second cues, as a Blob URL the transcript can fetch. */
export function generatedVtt(n: number, speakerEvery = 0): string {
  const lines = ['WEBVTT', ''];
  const stamp = (s: number) => {
    const h = Math.floor(s / 3600);
    const m = Math.floor((s % 3600) / 60);
    return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}.000`;
  };
  for (let i = 0; i < n; i++) {
    const voice = speakerEvery && i % speakerEvery === 0 ? `<v Speaker ${(i / speakerEvery) % 3}>` : '';
    lines.push(`${stamp(i)} --> ${stamp(i + 1)}`, `${voice}Sentence number ${i} of the long transcript.`, '');
  }
  return URL.createObjectURL(new Blob([lines.join('\n')], { type: 'text/vtt' }));
}

/** The focused element, looking inside shadow roots. */
export function deepActive(): Element | null {
  let el: Element | null = document.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el;
}
