export * from './news-player-statechange.js';
export * from './news-player-error.js';
export * from './news-player-progress.js';
