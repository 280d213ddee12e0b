import type { PlayerState } from 'news-player';

declare global {
  interface Window {
    /** What the page saw, read by scripts/consumer-test.mjs. */
    consumer: { states: PlayerState[]; errors: string[]; created?: boolean[]; sitePlayer?: () => [number, number] };
  }
}
