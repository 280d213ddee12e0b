// The pages bench/run.mjs loads: an article shell with N players of one kind. Every page uses the
// same shell, clip, poster and size, so the only difference is the player.
//   news-player: the CDN file (<script type="module">), default `load="interaction"`;
//   video.js:    video.min.js + video-js.min.css from node_modules (the full build, as its docs
//                embed it), one `videojs()` per <video class="video-js" preload="metadata">;
//   native:      <video controls> with the browser's default preload (metadata in Chromium).

export const MEDIA = {
  mp4: '/test/media/clip.mp4',
  hls: '/test/media/hls/index.m3u8',
  poster: '/test/media/poster.jpg',
};

const shell = (title, head, body) => `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<style>
  body { margin: 0; font: 16px/1.5 Georgia, serif; }
  main { width: 640px; margin: 0 auto; }
  news-player, video, .video-js { display: block; width: 640px; height: 360px; margin: 0 0 16px; }
</style>
${head}
</head>
<body>
<main>
<h1>${title}</h1>
<p>An article with video. The players below are what is measured.</p>
${body}
</main>
</body>
</html>
`;

const times = (n, f) => Array.from({ length: n }, (_, i) => f(i)).join('\n');
const CDN = '<script type="module" src="/cdn/news-player.js"></script>';
const VJS_HEAD = '<link rel="stylesheet" href="/node_modules/video.js/dist/video-js.min.css">';
const VJS_SCRIPT = '<script src="/node_modules/video.js/dist/video.min.js"></script>';

const newsPlayer = (src, i) =>
  `<news-player id="p${i}" src="${src}" poster="${MEDIA.poster}" headline="Clip ${i + 1}" duration="0:06"></news-player>`;
const vjsVideo = (src, i) =>
  `<video id="v${i}" class="video-js" controls preload="metadata" width="640" height="360" poster="${MEDIA.poster}"><source src="${src}" type="video/mp4"></video>`;
const nativeVideo = (src, i, preload) =>
  `<video id="v${i}" controls${preload ? ` preload="${preload}"` : ''} width="640" height="360" poster="${MEDIA.poster}" src="${src}"></video>`;

/** Figures 1 and 3: pages with `n` players and nothing else, plus the empty article. */
export function loadPages() {
  const pages = new Map();
  pages.set('/blank.html', shell('Blank article', '', ''));
  for (const n of [1, 10]) {
    pages.set(`/news-player-${n}.html`, shell(`${n} news-player`, CDN, times(n, (i) => newsPlayer(MEDIA.mp4, i))));
  }
  pages.set(
    '/videojs-10.html',
    shell(
      '10 video.js',
      VJS_HEAD,
      `${times(10, (i) => vjsVideo(MEDIA.mp4, i))}
${VJS_SCRIPT}
<script>for (const el of document.querySelectorAll('video.video-js')) videojs(el);</script>`,
    ),
  );
  pages.set('/native-10.html', shell('10 native video', '', times(10, (i) => nativeVideo(MEDIA.mp4, i))));
  return pages;
}

/**
 * Figures 2 and 4: two players of one kind. The bench clicks the first (a fresh page: video.js
 * not fetched yet), then the second (warm: video.js already here). `window.__bench` records the
 * click's event time and `playing` per player. Native videos get a click-to-play handler (no
 * controls to click, so the click target and the gesture are the same for every kind).
 */
const CLICK_PROBE = `<script>
  window.__bench = { clicks: [], playing: {}, events: {} };
  document.addEventListener('click', (e) => window.__bench.clicks.push(e.timeStamp), true);
  for (const type of ['loadstart', 'loadedmetadata', 'canplay', 'playing']) {
    document.addEventListener(type, (e) => {
      const id = e.target.id;
      const seen = (window.__bench.events[id] ??= {});
      if (!(type in seen)) seen[type] = performance.now();
      if (type === 'playing' && !(id in window.__bench.playing)) window.__bench.playing[id] = performance.now();
    }, true);
  }
</script>`;

export function clickPages() {
  const pages = new Map();
  pages.set('/click-news-player-mp4.html', shell('news-player, MP4', CLICK_PROBE + CDN, times(2, (i) => newsPlayer(MEDIA.mp4, i))));
  pages.set(
    '/click-news-player-mp4-visible.html',
    shell('news-player, MP4, load="visible"', CLICK_PROBE + CDN, times(2, (i) => newsPlayer(MEDIA.mp4, i).replace('<news-player ', '<news-player load="visible" '))),
  );
  pages.set('/click-news-player-hls.html', shell('news-player, HLS', CLICK_PROBE + CDN, times(2, (i) => newsPlayer(MEDIA.hls, i))));
  for (const preload of ['', 'none']) {
    const name = preload ? `/click-native-${preload}.html` : '/click-native.html';
    pages.set(
      name,
      shell(
        `native video${preload ? `, preload=${preload}` : ''}`,
        CLICK_PROBE,
        `${times(2, (i) => nativeVideo(MEDIA.mp4, i, preload).replace(' controls', ''))}
<script>for (const v of document.querySelectorAll('video')) v.addEventListener('click', () => { for (const o of document.querySelectorAll('video')) if (o !== v) o.pause(); v.play(); });</script>`,
      ),
    );
  }
  return pages;
}

/**
 * Figure 6: mount, play until `playing`, unmount, `n` times, driven through `window.cycles(n)`.
 * news-player: `<news-player>` removed from the DOM (it disposes video.js itself);
 * video.js: `videojs()` on a new element, then `dispose()` (what its docs ask of an app);
 * native: a `<video>` removed from the DOM.
 */
export function cyclePages() {
  const pages = new Map();
  const driver = (make) => `<div id="stage"></div>
<script type="module">
  const stage = document.getElementById('stage');
  const src = ${JSON.stringify(MEDIA.mp4)};
  ${make}
  window.cycles = async (n) => {
    for (let i = 0; i < n; i++) await cycle();
    await new Promise((r) => setTimeout(r, 50));
    return document.querySelectorAll('news-player, video, video-js, .video-js').length;
  };
  document.title = 'ready';
</script>`;
  pages.set(
    '/cycles-news-player.html',
    shell(
      'news-player cycles',
      CDN,
      driver(`await customElements.whenDefined('news-player');
  async function cycle() {
    const el = document.createElement('news-player');
    el.setAttribute('src', src);
    el.setAttribute('headline', 'Cycle');
    stage.append(el);
    await el.play();
    // The video.js Player prototype, for counting live players through the heap (CDP queryObjects).
    window.__PlayerProto ??= Object.getPrototypeOf(el.player);
    el.remove();
    await new Promise((r) => setTimeout(r, 0));
  }`),
    ),
  );
  pages.set(
    '/cycles-videojs.html',
    shell(
      'video.js cycles',
      VJS_HEAD + VJS_SCRIPT,
      driver(`window.__PlayerProto = videojs.getComponent('Player').prototype;
  async function cycle() {
    const el = document.createElement('video-js');
    stage.append(el);
    const player = videojs(el, { preload: 'metadata' });
    player.src({ src, type: 'video/mp4' });
    await player.play();
    player.dispose();
    await new Promise((r) => setTimeout(r, 0));
  }`),
    ),
  );
  pages.set(
    '/cycles-native.html',
    shell(
      'native video cycles',
      '',
      driver(`async function cycle() {
    const v = document.createElement('video');
    v.src = src;
    stage.append(v);
    await v.play();
    v.remove();
    await new Promise((r) => setTimeout(r, 0));
  }`),
    ),
  );
  return pages;
}
