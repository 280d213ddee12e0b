// The README's "Coming from video.js" snippet, as an app with its own video.js writes it: hand
// news-player the app's `videojs` (one copy), register a plugin on it, listen for each player.
import videojs from 'video.js';
import 'video.js/dist/video-js.css';
import { useVideojs } from 'news-player';

useVideojs(videojs);

videojs.registerPlugin('stamp', function (this: ReturnType<typeof videojs>) {
  this.addClass('stamped');
});

const created: boolean[] = [];
document.addEventListener('news-player-create', (event) => {
  // Before the source loads: where ads and analytics SDKs attach.
  created.push(event.detail.player instanceof videojs.getComponent('Player'));
});

/** After news-player played: the app's own player, as it would be without news-player on the page. */
function sitePlayer(): [number, number] {
  const el = document.createElement('video-js');
  document.querySelector('#site')!.append(el);
  const site = videojs(el, { width: 400, height: 300 });
  const box = site.el().getBoundingClientRect();
  return [Math.round(box.width), Math.round(box.height)];
}

window.consumer = { states: [], errors: [], created, sitePlayer };
