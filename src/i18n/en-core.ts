import type { ControlsKey, ShareKey, Translation, TranscriptKey } from './translation.js';

/**
 * English, the fallback of every other language: the words of the player and the timestamps,
 * built into the elements' first download. The transcript's words (./en-transcript.ts) join
 * them when a transcript's lazy half arrives, the loaded player's controls' (./en-controls.ts)
 * with the engine, "Link copied" (./en-share.ts) with the copying code; ./en.ts is the whole of English.
 */
const enCore: Omit<Translation, TranscriptKey | ControlsKey | ShareKey> = {
  $code: 'en',
  $name: 'English',
  $dir: 'ltr',
  playMedia: (headline) => (headline ? `Play: ${headline}` : 'Play'),
  videoPlayer: 'Video player',
  audioPlayer: 'Audio player',
  durationLabel: (time) => `Duration ${time}`,
  pleaseWait: 'Please wait',
  unavailable: 'No media source currently available',
  reason: {
    'no-source': 'This story has no video or audio attached yet.',
    'not-found': 'The media file could not be found. It may have been moved or removed.',
    forbidden: 'This media is not available in your region or requires permission.',
    network: 'The media could not be loaded. Check your connection and try again.',
    unsupported: 'Your browser cannot play this media format.',
    decode: 'The media file appears to be damaged.',
    timeout: 'The media is taking too long to load.',
    offline: 'You are offline. Playback will resume when your connection returns.',
    aborted: 'Loading was interrupted.',
    'bad-url': 'The address of this media is not valid, so it cannot be loaded.',
  },
  retry: 'Retry',
  playing: 'Playing',
  paused: 'Paused',
  ended: 'Ended',
  buffering: 'Buffering',
  playFrom: (time) => `Play from ${time}`,
  startsAt: (time) => `Starts at ${time}`,
  live: 'LIVE',
};

export default enCore;
