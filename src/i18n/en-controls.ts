import type { ControlsKey, Translation } from './translation.js';

/**
 * English words of the loaded player's own controls (settings menu, speed, keyboard shortcuts,
 * mini-player), fetched with the engine's lazy chunk (see ./en-core.ts). Keys start `controls`.
 */
const enControls: Pick<Translation, ControlsKey> = {};

export default enControls;
