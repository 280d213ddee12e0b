import type { Translation } from './translation.js';
import enCore from './en-core.js';
import enTranscript from './en-transcript.js';

/** English, whole: the player's and timestamps' words (./en-core.ts) and the transcript's (./en-transcript.ts). */
const en: Translation = { ...enCore, ...enTranscript };

export default en;
