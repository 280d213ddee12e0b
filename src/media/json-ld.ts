// A lazy chunk of its own that must not reach back into the entry file: what it shares with the
// player comes in as arguments; the cue markup reader (itself lazy) it imports. It imports no
// element: a player is described through the plain facts of `DescribedPlayer`.
import type { Chapter } from './chapters.js';
import { cueTextToPlain } from './cues/markup.js';
import type { deepLinkUrl as DeepLinkUrl } from './deep-link.js';
import { usableUrl } from './url.js';
import { scriptText } from './trusted-types.js';
import { tagSelector } from '../internal/tags.js';

/** What a `<news-player>` knows about its clip, for {@link videoObject}. */
export interface VideoFacts {
  /**
   * The page's URL (canonical if the page names one) opening the player at `start` seconds, or
   * with `start` written as given (`{seek_to_second_number}`): the query deep-link form,
   * `?t=83` or `?t=<player id>:83`, as search engines expect time in query parameters.
   */
  link: (start: number | string) => string;
  /** The story's title. */
  name: string;
  /** A summary of the clip. */
  description?: string;
  /** Absolute URL of the poster image. */
  thumbnailUrl?: string;
  /** When the clip was first published, ISO 8601 (`2014-06-17` or `2014-06-17T09:00:00+00:00`). */
  uploadDate?: string;
  /** Length in seconds; omitted for live streams. */
  duration?: number;
  /** Absolute URL of the media file or stream. */
  contentUrl?: string;
  /** The words spoken, from a bound `<news-transcript>`. */
  transcript?: string;
  /** Chapters, each becoming a `Clip`. */
  chapters: readonly Chapter[];
  /** Live broadcast: its start and end (ISO 8601), when known. */
  live?: { startDate?: string; endDate?: string };
}

/** A schema.org object as plain JSON. */
export type JsonLd = Record<string, unknown>;

/** Seconds as an ISO 8601 duration, `PT2M44S` (`PT1H2M3S`, `PT0S`); whole seconds. */
export function isoDuration(seconds: number): string {
  const total = Math.max(0, Math.round(seconds));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  return `PT${h ? `${h}H` : ''}${m ? `${m}M` : ''}${s || (!h && !m) ? `${s}S` : ''}`;
}

/**
 * A schema.org `VideoObject` for the clip, shaped as Google's video structured data documents it:
 * name, description, thumbnailUrl, uploadDate, duration, contentUrl, transcript; chapters as
 * `hasPart` `Clip`s (name, startOffset, endOffset, url); a `SeekToAction` whose target is the
 * page URL with `?t={seek_to_second_number}`; a `BroadcastEvent` (`publication`) for live streams.
 *
 * Deep links here use the query form (`?t=83`, or `?t=<id>:83`) that `link` writes: search engines
 * treat URLs that differ only in their fragment as one, and Google asks for time in query
 * parameters. The player reads both forms. Empty facts are left out rather than written empty.
 */
export function videoObject(facts: VideoFacts): JsonLd {
  const link = facts.link;
  const data: JsonLd = {
    '@context': 'https://schema.org',
    '@type': 'VideoObject',
    name: facts.name,
  };
  if (facts.description) data.description = facts.description;
  if (facts.thumbnailUrl) data.thumbnailUrl = [facts.thumbnailUrl];
  if (facts.uploadDate) data.uploadDate = facts.uploadDate;
  if (!facts.live && facts.duration !== undefined && Number.isFinite(facts.duration) && facts.duration > 0) {
    data.duration = isoDuration(facts.duration);
  }
  if (facts.contentUrl) data.contentUrl = facts.contentUrl;
  if (facts.transcript) data.transcript = facts.transcript;
  if (facts.chapters.length > 0) {
    data.hasPart = facts.chapters.map((c) => {
      const startOffset = Math.floor(c.start);
      const endOffset = Math.max(startOffset + 1, Math.round(c.end));
      return { '@type': 'Clip', name: c.title, startOffset, endOffset, url: link(startOffset) };
    });
  }
  if (!facts.live) {
    data.potentialAction = {
      '@type': 'SeekToAction',
      target: link('{seek_to_second_number}'),
      'startOffset-input': 'required name=seek_to_second_number',
    };
  } else {
    const publication: JsonLd = { '@type': 'BroadcastEvent', isLiveBroadcast: true };
    const start = facts.live.startDate ?? facts.uploadDate;
    if (start) publication.startDate = start;
    if (facts.live.endDate) publication.endDate = facts.live.endDate;
    data.publication = publication;
  }
  return data;
}

/** A `<news-transcript>` as structured data sees it: its public `player` and `cues`. */
interface BoundTranscript extends Element {
  readonly player?: unknown;
  readonly cues?: readonly { text: string; voice?: string }[];
}

/** What {@link describePlayer} reads of a player: its public facts, and the element itself (for its bound transcripts). */
export interface DescribedPlayer extends Element {
  readonly headline: string;
  readonly description?: string;
  readonly poster?: string;
  readonly uploadDate?: string;
  readonly duration: number;
  readonly sources: readonly { src: string }[];
  readonly chapters: readonly Chapter[];
  readonly live: boolean;
  readonly liveStart?: string;
  readonly liveEnd?: string;
}

/** What {@link describePlayer} borrows from the player's own modules. */
export interface DescribeHelpers {
  /** The `id` deep links must name the player by, `undefined` for the unnamed form. */
  id?: string;
  /** The deep-link writer. */
  deepLinkUrl: typeof DeepLinkUrl;
}

/**
 * The words of the `<news-transcript>`s bound to `player` in its document or shadow root, one
 * line per cue, a speaker named when the speaker changes; `undefined` without any.
 */
export function transcriptOf(player: Element): string | undefined {
  const root = player.getRootNode() as ParentNode;
  if (typeof root.querySelectorAll !== 'function') return undefined;
  const lines: string[] = [];
  for (const el of root.querySelectorAll<BoundTranscript>(tagSelector('news-transcript'))) {
    if (el.player !== player || !el.cues) continue;
    let voice: string | undefined;
    for (const cue of el.cues) {
      const words = cueTextToPlain(cue.text).replace(/\s+/g, ' ').trim();
      if (!words) continue;
      lines.push(cue.voice && cue.voice !== voice ? `${cue.voice}: ${words}` : words);
      voice = cue.voice ?? voice;
    }
  }
  return lines.length ? lines.join('\n') : undefined;
}

/**
 * The {@link VideoFacts} of a player: its headline (else the document's title), description,
 * absolute poster and first source, upload date, duration (media's, else the hint), chapters,
 * bound transcripts and live attributes; deep links on the page's canonical URL.
 */
export function describePlayer(player: DescribedPlayer, helpers: DescribeHelpers): JsonLd {
  // Only addresses others can follow: http(s), never `javascript:`, `blob:` or a syntax error.
  const absolute = (url: string | undefined) => usableUrl(url, 'publish');
  const canonical = absolute(document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? undefined);
  const page = new URL(canonical ?? window.location.href);
  page.hash = '';
  const duration = player.duration;
  return videoObject({
    link: (start) => helpers.deepLinkUrl(page.href, start, { id: helpers.id, query: true }),
    name: player.headline || document.title,
    description: player.description?.trim() || undefined,
    thumbnailUrl: absolute(player.poster),
    uploadDate: player.uploadDate?.trim() || undefined,
    duration: Number.isFinite(duration) ? duration : undefined,
    contentUrl: absolute(player.sources[0]?.src),
    transcript: transcriptOf(player),
    chapters: player.chapters,
    live: player.live ? { startDate: player.liveStart || undefined, endDate: player.liveEnd || undefined } : undefined,
  });
}

/** Marks the one `<script type="application/ld+json">` child a player manages. */
const MARKER = 'data-news-player';

/**
 * Writes `data` into the element's `<script type="application/ld+json" data-news-player>` child,
 * creating it when missing (a server may render it already: it is updated in place), or removes
 * it when `data` is undefined. Other scripts are never touched. The text changes only when the
 * JSON does, so observers and crawlers see no churn.
 */
export function writeJsonLd(host: Element, data: JsonLd | undefined): HTMLScriptElement | undefined {
  let script = host.querySelector<HTMLScriptElement>(`:scope > script[type="application/ld+json"][${MARKER}]`);
  if (!data) {
    script?.remove();
    return undefined;
  }
  // `</script>` inside a string must not end the element when the page is serialised.
  const json = JSON.stringify(data).replace(/</g, '\\u003c');
  if (!script) {
    script = document.createElement('script');
    script.type = 'application/ld+json';
    script.setAttribute(MARKER, '');
    host.append(script);
  }
  if (script.textContent !== json) script.textContent = scriptText(json);
  return script;
}
