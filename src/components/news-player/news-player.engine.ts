// What a <news-player> does once the reader asks for the media: create video.js, choose and
// re-choose sources, turn video.js's events into the player's states and events, tell failures
// apart. A lazy chunk fetched with video.js (or on hover/focus of the poster card), so the page
// pays nothing for it before then.
//
// It works on the element's private state, which TypeScript lets a trusted module reach with
// element access (`host['vjs']`) while keeping it out of the public type.
import type { VideoJs, Player } from '../../media/videojs-loader.js';
import type { NewsControls } from '../../media/vjs-components.js';
import { chapterAt } from '../../media/chapters.js';
import { classifyFailure } from '../../media/errors.js';
import { probeUrl } from '../../media/probe.js';
import { guessType } from '../../media/sources.js';
import { parseTime } from '../../media/time.js';
import { MEDIA_EVENTS, type NewsPlayer } from './news-player.component.js';

type Controls = typeof import('../../media/vjs-components.js');

/** Events that prove loading is moving, and so re-arm the `timeout` watchdog. */
const PROGRESS_EVENTS = ['progress', 'loadedmetadata', 'loadeddata', 'canplay', 'timeupdate', 'playing', 'seeked'];

/**
 * Creates the video.js player of `host` in its stage, wired to the host, with its first source
 * applied. `words` is video.js's language pack for the reader's language, when there is one.
 */
export function createPlayer(
  host: NewsPlayer,
  videojs: VideoJs,
  sheet: CSSStyleSheet,
  extras: Controls,
  words: { code: string; strings: Record<string, string> } | undefined,
): Player {
  const root = host.shadowRoot!;
  if (!root.adoptedStyleSheets.includes(sheet)) {
    root.adoptedStyleSheets = [sheet, ...root.adoptedStyleSheets];
  }
  if (words) videojs.addLanguage(words.code, words.strings);
  const el = document.createElement('video-js');
  el.classList.add('vjs-default-skin');
  if (host.poster) el.setAttribute('poster', host.poster);
  if (host.crossOrigin != null) el.setAttribute('crossorigin', host.crossOrigin);
  if (host.playsInline) el.setAttribute('playsinline', '');
  host['stage'].replaceChildren(el);
  const player = videojs(el, {
    fill: true,
    controls: true,
    preload: host.preload || 'metadata',
    loop: host.loop,
    muted: host['_muted'],
    audioOnlyMode: host.audio,
    errorDisplay: false,
    language: words?.code ?? 'en',
    controlBar: { pictureInPictureToggle: !host.audio },
    userActions: { hotkeys: true },
    html5: { vhs: { overrideNative: true } },
    // LIVE, back-to-live and a DVR progress bar through video.js's live tracker.
    liveui: true,
  });
  const generation = host['generation'];
  host['vjs'] = player;
  labelPlayer(host, player);
  addTracks(host, player);
  // Events of a player the host has since replaced or torn down are ignored.
  const live = () => generation === host['generation'] && host['vjs'] === player;
  wire(host, player, live, generation);
  wireTimestamps(host, player, live);
  const localize = host['localize'];
  host['controlsLang'] = `${localize.lang}|${localize.t.$code}`;
  extras.registerControls(videojs);
  host['controls'] = extras.installControls(videojs, player, {
    chapterAt: (time) => chapterAt(host.chapters, time),
    chapters: () => host.chapters,
    duration: () => host.duration,
    copyLink: () => void host.copyLink(),
    i18n: () => ({ lang: localize.lang, t: localize.t }),
    captions: () => (host.captions === 'on' || host.captions === 'off' ? host.captions : undefined),
  }) satisfies NewsControls;
  player.volume(host['_volume']);
  host['sourceIndex'] = 0;
  applySource(host, player);
  return player;
}

/** Names the player after the headline, else "Video player"/"Audio player" in the reader's language. */
export function labelPlayer(host: NewsPlayer, player: Player): void {
  const t = host['localize'].t;
  player.el().setAttribute('aria-label', host.headline || (host.audio ? t.audioPlayer : t.videoPlayer));
}

function addTracks(host: NewsPlayer, player: Player): void {
  for (const track of host.querySelectorAll<HTMLTrackElement>(':scope > track')) {
    if (!track.src) continue;
    player.addRemoteTextTrack(
      {
        kind: track.kind || 'subtitles',
        src: track.src,
        srclang: track.srclang,
        label: track.label,
        default: track.default,
      },
      // Kept across source changes: the tracks belong to the element, not to one source.
      true,
    );
  }
}

/** Gives video.js the source at the host's `sourceIndex`, with the duration hint until metadata. */
export function applySource(host: NewsPlayer, player: Player): void {
  const source = host.sources[host['sourceIndex']];
  if (!source) return;
  host['startApplied'] = false;
  player.src({ src: source.src, type: source.type ?? guessType(source.src, host.audio) });
  const hint = parseTime(host.durationHint);
  if (hint && !(Number(player.duration()) > 0)) player.duration(hint);
}

function wire(host: NewsPlayer, player: Player, live: () => boolean, generation: number): void {
  for (const type of MEDIA_EVENTS) {
    if (type === 'error') continue; // re-dispatched after classification, below
    player.on(type, () => {
      if (live()) host.dispatchEvent(new Event(type));
    });
  }
  const loadingOrWaiting = () => host.state === 'loading' || host.state === 'waiting';
  player.on(PROGRESS_EVENTS, () => {
    if (live() && loadingOrWaiting()) host['armWatchdog']();
  });
  player.on('loadedmetadata', () => {
    if (!live()) return;
    const time = host['pendingTime'] ?? parseTime(host.start);
    host['pendingTime'] = undefined;
    host['startApplied'] = true;
    if (time !== undefined && time > 0) player.currentTime(time);
    if (host['intent'] !== 'play' && host.state === 'loading') host['setState']('ready');
  });
  player.on('play', () => {
    if (live()) host['onPlay']();
  });
  player.on('playing', () => {
    if (!live()) return;
    host['setState']('playing');
    host['settlePlays']();
  });
  player.on('pause', () => {
    // Source switches and errors also fire pause; only a pause of real playback changes state.
    if (!live() || player.ended() || player.error()) return;
    if (host.state === 'playing' || host.state === 'waiting') {
      host['intent'] = 'load';
      host['setState']('paused');
    } else if (host.state === 'loading' && host['startApplied']) {
      // Paused again before it started playing (a seek and play, then pause): not still loading.
      host['intent'] = 'load';
      host['setState'](player.hasClass('vjs-has-started') ? 'paused' : 'ready');
    }
  });
  player.on('waiting', () => {
    if (live() && host.state === 'playing') host['setState']('waiting');
  });
  player.on('ended', () => {
    if (!live()) return;
    host['setState']('ended');
    host['emitQuartile'](100);
    host['playthroughEnded'] = true;
  });
  // One handler for what each time update does (4+ times a second): quartiles, then the range.
  player.on('timeupdate', () => {
    if (!live()) return;
    emitQuartiles(host, player);
    host['checkRange'](player);
  });
  player.on('error', () => {
    if (live()) void onMediaError(host, player, generation);
  });
}

/** `news-player-progress` for each quartile reached (once each; the host remembers which). */
function emitQuartiles(host: NewsPlayer, player: Player): void {
  const duration = Number(player.duration());
  if (!(duration > 0) || duration === Infinity) return;
  const percent = ((player.currentTime() ?? 0) / duration) * 100;
  for (const q of [25, 50, 75] as const) if (percent >= q) host['emitQuartile'](q);
}

/** The next `<source>` after a failure, else `unavailable` with the failure told apart. */
async function onMediaError(host: NewsPlayer, player: Player, generation: number): Promise<void> {
  const mediaErrorCode = player.error()?.code;
  const sources = host.sources;
  const failed = sources[host['sourceIndex']];
  host.dispatchEvent(new Event('error'));
  // Try the next `<source>` before giving up, as a reader would expect of "all failed".
  if (host['sourceIndex'] + 1 < sources.length) {
    host['sourceIndex']++;
    player.error(null);
    applySource(host, player);
    if (host['intent'] === 'play') player.play()?.catch(() => undefined);
    return;
  }
  const offline = navigator.onLine === false;
  const probe = failed && !offline ? await probeUrl(new URL(failed.src, document.baseURI).href) : undefined;
  if (generation !== host['generation']) return;
  host['fail'](classifyFailure(mediaErrorCode, probe), mediaErrorCode);
}

/** Live detection, ranges (the time-update check is in `wire`) and structured-data refreshes. */
function wireTimestamps(host: NewsPlayer, player: Player, live: () => boolean): void {
  player.on('durationchange', () => {
    if (!live()) return;
    const duration = Number(player.duration());
    // Detected, not declared: a later on-demand source makes it not live again.
    if (duration === Infinity) {
      host['liveDetected'] ||= !host.live;
      host.live = true;
    } else if (duration > 0 && host['liveDetected']) {
      host['liveDetected'] = false;
      host.live = false;
    }
    host['queueStructuredData']();
  });
  player.on(['playing', 'seeked', 'ratechange'], () => {
    if (live()) host['armRangeTimer'](player);
  });
  player.on('pause', () => clearTimeout(host['rangeTimer']));
  player.on('play', () => {
    // Play after the range's end means "go on": the range is done.
    if (live() && host['rangeReached']) host.range = undefined;
  });
  player.on('seeked', () => {
    const range = host.range;
    const time = player.currentTime() ?? 0;
    if (live() && range && (time < range.start - 1 || time > range.end + 1)) host.range = undefined;
  });
}
