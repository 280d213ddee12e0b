/**
 * React components for the news-player elements (`news-player/react`), made with `@lit/react`.
 * Importing this module registers `<news-player>`, `<news-transcript>` and `<news-timestamp>`
 * (a guarded define: with another copy of the elements on the page, the first one stays).
 *
 * Props are the elements' properties (`src`, `muted`, `headline`, `htmlFor`…), set as
 * properties, and a `ref` gives the element itself (`ref.current.play()`). Events are `on…`
 * props with the element's own event types. A custom event gets a short name
 * (`onStateChange`) unless React already has a DOM event prop of that name, where it keeps its
 * full name (`onNewsPlayerError`, `onNewsPlayerProgress`, `onNewsTranscriptLoad`), so `onError`
 * and `onProgress` keep their React meaning.
 *
 * @example
 * ```tsx
 * import { NewsPlayer, NewsTranscript, type NewsPlayerElement } from 'news-player/react';
 *
 * const ref = useRef<NewsPlayerElement>(null);
 * <NewsPlayer ref={ref} id="clip" src="/clip.webm" headline="…" onStateChange={(e) => track(e.detail.state)} />
 * <NewsTranscript htmlFor="clip" />
 * ```
 */
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import { NewsPlayer as NewsPlayerElement } from '../components/news-player/news-player.component.js';
import { NewsTranscript as NewsTranscriptElement } from '../components/news-transcript/news-transcript.component.js';
import { NewsTimestamp as NewsTimestampElement } from '../components/news-timestamp/news-timestamp.component.js';
import type { NewsPlayerStateChangeEvent } from '../events/news-player-statechange.js';
import type { NewsPlayerErrorEvent } from '../events/news-player-error.js';
import type { NewsPlayerProgressEvent } from '../events/news-player-progress.js';
import type { NewsPlayerChaptersChangeEvent } from '../events/news-player-chapterschange.js';
import type { NewsPlayerRangeChangeEvent } from '../events/news-player-rangechange.js';
import type { NewsPlayerShareEvent } from '../events/news-player-share.js';
import type { NewsPlayerCreateEvent } from '../events/news-player-create.js';
import type { NewsTranscriptSeekEvent } from '../events/news-transcript-seek.js';
import type { NewsTranscriptLoadEvent } from '../events/news-transcript-load.js';
import type { NewsTimestampSeekEvent } from '../events/news-timestamp-seek.js';
import { MEDIA_EVENT_PROPS } from '../events/media-events.js';

export type { NewsPlayerElement, NewsTranscriptElement, NewsTimestampElement };
export type * from '../events/index.js';
export type { PlayerState } from '../media/state.js';
export type { ErrorCode, NewsPlayerErrorInfo } from '../media/errors.js';

NewsPlayerElement.define('news-player');
NewsTranscriptElement.define('news-transcript');
NewsTimestampElement.define('news-timestamp');

/** The media events `<news-player>` re-dispatches under their native names, as `on…` props (`onTimeUpdate`). */
type MediaEventProps = { [K in keyof typeof MEDIA_EVENT_PROPS as `on${(typeof MEDIA_EVENT_PROPS)[K]}`]: EventName<Event> };

/** The media events' props, made from the one list of them. */
const mediaEvents = Object.fromEntries(
  Object.entries(MEDIA_EVENT_PROPS).map(([type, name]) => [`on${name}`, type]),
) as MediaEventProps;

/** `<news-player>`: the player. */
export const NewsPlayer = createComponent({
  react: React,
  tagName: 'news-player',
  elementClass: NewsPlayerElement,
  displayName: 'NewsPlayer',
  events: {
    /** `news-player-statechange`: the `state` changed (`detail: { state, previous }`). */
    onStateChange: 'news-player-statechange' as EventName<NewsPlayerStateChangeEvent>,
    /** `news-player-error`: the player became `unavailable` (`detail: { code, message, mediaErrorCode? }`). */
    onNewsPlayerError: 'news-player-error' as EventName<NewsPlayerErrorEvent>,
    /** `news-player-progress`: a quartile was reached (`detail: { percent }`), for analytics. */
    onNewsPlayerProgress: 'news-player-progress' as EventName<NewsPlayerProgressEvent>,
    /** `news-player-chapterschange`: the chapters became known or changed (`detail: { chapters }`). */
    onChaptersChange: 'news-player-chapterschange' as EventName<NewsPlayerChaptersChangeEvent>,
    /** `news-player-rangechange`: the range to play changed (`detail: { range }`). */
    onRangeChange: 'news-player-rangechange' as EventName<NewsPlayerRangeChangeEvent>,
    /** `news-player-create`: video.js created its player, before it loads its source (`detail: { player }`): plugins, ads, analytics. */
    onCreate: 'news-player-create' as EventName<NewsPlayerCreateEvent>,
    /** `news-player-share`: the reader asked for a link to the moment; cancelable (`detail: { url, time }`). */
    onShare: 'news-player-share' as EventName<NewsPlayerShareEvent>,
    // The media events (`onPlay`, `onTimeUpdate`, …; `onError` is the media `error`, after
    // classification: `news-player-error` says why).
    ...mediaEvents,
  },
});

/** `<news-transcript>`: the synchronized transcript; `htmlFor` names the player's id. */
export const NewsTranscript = createComponent({
  react: React,
  tagName: 'news-transcript',
  elementClass: NewsTranscriptElement,
  displayName: 'NewsTranscript',
  events: {
    /** `news-transcript-seek`: a cue was activated; cancelable (`detail: { cue, time }`). */
    onSeek: 'news-transcript-seek' as EventName<NewsTranscriptSeekEvent>,
    /** `news-transcript-load`: new cues were rendered (`detail: { source, count }`). */
    onNewsTranscriptLoad: 'news-transcript-load' as EventName<NewsTranscriptLoadEvent>,
  },
});

/** `<news-timestamp>`: a link in the text that plays the player from a moment. */
export const NewsTimestamp = createComponent({
  react: React,
  tagName: 'news-timestamp',
  elementClass: NewsTimestampElement,
  displayName: 'NewsTimestamp',
  events: {
    /** `news-timestamp-seek`: the reader activated the timestamp; cancelable (`detail: { player, time, end? }`). */
    onSeek: 'news-timestamp-seek' as EventName<NewsTimestampSeekEvent>,
  },
});

/** Props of {@link NewsPlayer}. */
export type NewsPlayerProps = React.ComponentProps<typeof NewsPlayer>;
/** Props of {@link NewsTranscript}. */
export type NewsTranscriptProps = React.ComponentProps<typeof NewsTranscript>;
/** Props of {@link NewsTimestamp}. */
export type NewsTimestampProps = React.ComponentProps<typeof NewsTimestamp>;
