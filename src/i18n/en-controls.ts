import type { ControlsKey, Translation } from './translation.js';

/**
 * English words of the loaded player's own controls (settings menu, speed, keyboard shortcuts,
 * mini-player), fetched with the engine's lazy chunk (see ./en-core.ts). Keys start `controls`.
 */
const enControls: Pick<Translation, ControlsKey> = {
  // Settings menu and layout (issue 13)
  controlsSettings: 'Settings',
  controlsSpeed: 'Speed',
  controlsNormalSpeed: 'Normal',
  controlsQuality: 'Quality',
  controlsAuto: 'Auto',
  controlsCaptions: 'Captions',
  controlsCaptionsOff: 'Off',
  controlsCaptionsBelow: 'Captions below the video',
  controlsChapters: 'Chapters',
  controlsBack: 'Back',
};

export default enControls;
