export * from './news-player-statechange.js';
export * from './news-player-error.js';
export * from './news-player-progress.js';
export * from './news-transcript-seek.js';
export * from './news-transcript-load.js';
