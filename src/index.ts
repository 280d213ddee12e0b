// Registers every element: the one "import everything" module.
export { NewsPlayer } from './components/news-player/news-player.js';
export { NewsTranscript } from './components/news-transcript/news-transcript.js';
export { NewsTimestamp } from './components/news-timestamp/news-timestamp.js';
export * from './events/index.js';
export type { PlayerState } from './media/state.js';
export { PLAYER_STATES } from './media/state.js';
export type { ErrorCode, NewsPlayerErrorInfo } from './media/errors.js';
export { ERROR_CODES } from './media/errors.js';
export { formatTime, parseTime } from './media/time.js';
export { registerTranslation } from './i18n/localize.js';
export { useVideojs } from './media/videojs-loader.js';
export type { Translation } from './i18n/translation.js';
export type { CaptionTrack } from './media/caption-tracks.js';
