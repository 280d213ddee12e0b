import type { Translation } from './translation.js';
import enCore from './en-core.js';
import enTranscript from './en-transcript.js';
import enControls from './en-controls.js';

/** English, whole: the player's and timestamps' words (./en-core.ts), the transcript's (./en-transcript.ts) and the loaded controls' (./en-controls.ts). */
const en: Translation = { ...enCore, ...enTranscript, ...enControls };

export default en;
