import type { Translation } from './translation.js';
import enCore from './en-core.js';
import enTranscript from './en-transcript.js';
import enControls from './en-controls.js';
import enShare from './en-share.js';

/** English, whole: the player's and timestamps' words (./en-core.ts), the transcript's (./en-transcript.ts), the loaded controls' (./en-controls.ts) and copyLink()'s (./en-share.ts). */
const en: Translation = { ...enCore, ...enTranscript, ...enControls, ...enShare };

export default en;
