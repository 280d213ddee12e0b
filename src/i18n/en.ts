import type { Translation } from './translation.js';

/** English, the fallback of every other language. */
const en: Translation = {
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
    network: 'The media server could not be reached. Check your connection and try again.',
    unsupported: 'Your browser cannot play this media format.',
    decode: 'The media file appears to be damaged.',
    timeout: 'The media is taking too long to load.',
    offline: 'You are offline. Playback will resume when your connection returns.',
    aborted: 'Loading was interrupted.',
  },
  retry: 'Retry',
  playing: 'Playing',
  paused: 'Paused',
  ended: 'Ended',
  buffering: 'Buffering',
};

export default en;
