// The build of video.js without its streaming engine (UMD; bundlers convert it to a module), a
// lazy chunk of its own, set up with our clock.
import core from 'video.js/dist/alt/video.core.js';
import { formatTime } from './time.js';

const videojs = core as unknown as typeof import('video.js').default;
videojs.time.setFormatTime(formatTime);

export default videojs;
