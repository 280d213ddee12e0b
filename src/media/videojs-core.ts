// The build of video.js without its streaming engine (UMD; bundlers convert it to a module).
import videojs from 'video.js/dist/alt/video.core.js';

export default videojs as unknown as typeof import('video.js').default;
