// video.js's stylesheet as text, adopted into each player's shadow root.
import css from 'video.js/dist/video-js.min.css?inline';

export default css as string;
