// The full build of video.js, with its streaming engine (HLS/DASH), a lazy chunk of its own, set
// up with our clock.
import videojs from 'video.js';
import { formatTime } from './time.js';

videojs.time.setFormatTime(formatTime);

export default videojs;
