import type { ControlsKey, Translation } from './translation.js';

/**
 * English words of the loaded player's own controls (settings menu, speed, keyboard shortcuts,
 * mini-player), fetched with the engine's lazy chunk (see ./en-core.ts). Keys start `controls`.
 */
const enControls: Pick<Translation, ControlsKey> = {
  // Mini-player (issue 13)
  controlsMiniClose: 'Close mini-player',
  controlsMiniBack: 'Back to the video',
  controlsMiniAnnounce: 'The video continues in the corner of the screen.',
};

export default enControls;
