// Media Session (issue 13): what the lock screen, the notification shade, headphones and media keys
// show and control while a player plays: the headline, the poster as artwork, the position, and
// play/pause/seek/stop (previous/next chapter when the clip has chapters). Part of the engine's
// lazy chunk, so nothing of it weighs on a page before play. The page's session is one: the player
// that plays last sets it, and a player clears it only while it is still the one that set it.
import type { Player } from './videojs-loader.js';
import { chapterAt, type Chapter } from './chapters.js';
import { usableUrl } from './url.js';

/** What the session shows of a clip, read when it plays (and when its headline or language changes). */
export interface SessionFacts {
  /** The story's title; the page's title is shown without one. */
  headline(): string;
  /** The poster's address, as the page gave it. */
  poster(): string | undefined;
  chapters(): readonly Chapter[];
}

/** Seconds the "skip" actions move when the system gives no offset (as video.js's skip buttons and YouTube). */
const SKIP = 10;
/** Within this many seconds of a chapter's start, "previous" goes to the chapter before (as CD players do). */
const RESTART = 3;

const ACTIONS = ['play', 'pause', 'seekbackward', 'seekforward', 'seekto', 'stop', 'previoustrack', 'nexttrack'] as const;
export type Action = (typeof ACTIONS)[number];

const IMAGE_TYPES: Readonly<Record<string, string>> = {
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
  avif: 'image/avif',
  gif: 'image/gif',
  svg: 'image/svg+xml',
};

/** The link that set the page's session last: only it may clear it. */
let owner: MediaSessionLink | undefined;
/** The poster sizes learnt so far (`"640x360"`), by address. */
const sizes = new Map<string, string>();

const supported = (): boolean => typeof navigator !== 'undefined' && 'mediaSession' in navigator && typeof MediaMetadata !== 'undefined';

/** The site's name for the session's second line: `<meta property="og:site_name">`, if the page has one. */
function siteName(): string | undefined {
  return document.querySelector<HTMLMetaElement>('meta[property="og:site_name"]')?.content.trim() || undefined;
}

/** The poster as session artwork: an absolute address, its type from the extension, its size once known. */
export function artworkOf(poster: string | undefined, onSize?: () => void): MediaImage[] {
  const src = usableUrl(poster);
  if (!src) return [];
  const image: MediaImage = { src };
  const type = IMAGE_TYPES[/\.(\w+)$/.exec(new URL(src).pathname)?.[1]?.toLowerCase() ?? ''];
  if (type) image.type = type;
  const size = sizes.get(src);
  if (size) image.sizes = size;
  else if (onSize) {
    // The poster card showed it: it comes from the cache; the session learns its size when decoded.
    const img = new Image();
    img.src = src;
    img.decode().then(
      () => {
        if (!img.naturalWidth) return;
        sizes.set(src, `${img.naturalWidth}x${img.naturalHeight}`);
        onSize();
      },
      () => undefined,
    );
  }
  return [image];
}

/**
 * One player's part in the page's Media Session: it takes the session when it plays, keeps the
 * playback state and position up to date while it holds it, and hands it back (cleared) when the
 * player goes, unless another player has taken it since.
 */
export class MediaSessionLink {
  private readonly events: [string | string[], () => void][];

  constructor(
    private readonly player: Player,
    private readonly facts: SessionFacts,
  ) {
    this.events = [
      ['play', () => this.claim()],
      [['playing', 'pause', 'ended'], () => this.state()],
      [['durationchange', 'ratechange', 'seeked', 'loadedmetadata', 'play', 'pause'], () => this.position()],
    ];
    if (!supported()) return;
    for (const [type, listener] of this.events) player.on(type, listener);
  }

  /** True while this player's clip is the page's session. */
  get active(): boolean {
    return owner === this;
  }

  /** The headline, language or chapters changed: the session shows them, if it is ours. */
  refresh(): void {
    if (this.active) this.describe();
  }

  /** The player goes: its listeners go, and the session is cleared if it is still ours. */
  dispose(): void {
    if (!supported()) return;
    if (!this.player.isDisposed()) for (const [type, listener] of this.events) this.player.off(type, listener);
    if (!this.active) return;
    owner = undefined;
    const session = navigator.mediaSession;
    session.metadata = null;
    session.playbackState = 'none';
    try {
      session.setPositionState?.();
    } catch {
      // Nothing to clear.
    }
    for (const action of ACTIONS) this.handle(action, null);
  }

  /** This player plays: the session is its own (another player's is replaced). */
  private claim(): void {
    owner = this;
    this.describe();
    this.state();
    this.position();
  }

  /** The metadata (title, site, artwork) and the actions, chapters' included, of the clip. */
  private describe(): void {
    const { facts, player } = this;
    const artist = siteName();
    navigator.mediaSession.metadata = new MediaMetadata({
      title: facts.headline() || document.title,
      ...(artist ? { artist } : {}),
      artwork: artworkOf(facts.poster(), () => this.refresh()),
    });
    const actions = sessionActions(player, facts.chapters());
    for (const action of ACTIONS) this.handle(action, actions[action]);
  }

  private state(): void {
    if (!this.active) return;
    const player = this.player;
    navigator.mediaSession.playbackState = player.paused() || player.ended() ? 'paused' : 'playing';
  }

  /** Where playback is, for the system's progress bar (it moves it on by the rate meanwhile); not for a live stream. */
  private position(): void {
    if (!this.active || !navigator.mediaSession.setPositionState) return;
    const player = this.player;
    const duration = Number(player.duration());
    if (!Number.isFinite(duration) || duration <= 0) return;
    try {
      navigator.mediaSession.setPositionState({
        duration,
        position: Math.min(Math.max(0, player.currentTime() ?? 0), duration),
        playbackRate: Number(player.playbackRate()) || 1,
      });
    } catch {
      // A rate of 0 or a position the browser rejects: the system shows no progress this time.
    }
  }

  private handle(action: Action, handler: MediaSessionActionHandler | null): void {
    try {
      navigator.mediaSession.setActionHandler(action, handler);
    } catch {
      // This browser does not know the action.
    }
  }
}

/**
 * What each Media Session action does to `player`; `null` for the chapter actions of a clip
 * without chapters (the system then shows no previous/next).
 */
export function sessionActions(player: Player, chapters: readonly Chapter[]): Record<Action, MediaSessionActionHandler | null> {
  const now = () => player.currentTime() ?? 0;
  const seek = (time: number) => {
    const duration = Number(player.duration());
    player.currentTime(Math.max(0, Number.isFinite(duration) && duration > 0 ? Math.min(time, duration) : time));
  };
  const has = chapters.length > 0;
  return {
    play: () => void player.play()?.catch(() => undefined),
    pause: () => player.pause(),
    seekbackward: (d) => seek(now() - (d.seekOffset || SKIP)),
    seekforward: (d) => seek(now() + (d.seekOffset || SKIP)),
    // `fastSeek` (scrubbing): video.js has no fast seek of its own; setting the time is the exact one.
    seekto: (d) => (d.seekTime !== undefined && Number.isFinite(d.seekTime) ? seek(d.seekTime) : undefined),
    stop: () => {
      player.pause();
      seek(0);
    },
    previoustrack: has ? () => seek(previousChapterStart(chapters, now())) : null,
    nexttrack: has
      ? () => {
          const next = chapters.find((c) => c.start > now() + 0.5);
          if (next) seek(next.start);
        }
      : null,
  };
}

/** "Previous": the current chapter's start, or the one before when playback is near that start. */
export function previousChapterStart(chapters: readonly Chapter[], time: number): number {
  const current = chapterAt(chapters, time);
  if (current && time - current.start > RESTART) return current.start;
  const before = chapters.filter((c) => c.start < (current?.start ?? time) - 0.01);
  return before.at(-1)?.start ?? 0;
}
