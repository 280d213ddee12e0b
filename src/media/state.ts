/** Every value of `<news-player state>`; the list is public contract. */
export const PLAYER_STATES = [
  'idle',
  'loading',
  'ready',
  'playing',
  'paused',
  'waiting',
  'ended',
  'unavailable',
] as const;

/** One of {@link PLAYER_STATES}. */
export type PlayerState = (typeof PLAYER_STATES)[number];
