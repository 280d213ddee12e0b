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
import type { NewsPlayerCaptionsChangeEvent } from '../events/news-player-captionschange.js';
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

/**
 * What the server renders for an element: its props as the element's HTML attributes (strings
 * and numbers as text, `true` as a bare attribute), from the properties Lit declares, so the
 * poster card and headline show before hydration. Events, functions and objects are the client's.
 */
function serverAttributes(elementClass: { elementProperties: Map<PropertyKey, { attribute?: string | boolean }> }, props: Record<string, unknown>): Record<string, unknown> {
  const attributes: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(props)) {
    if (key === 'children' || key === 'className' || key === 'style' || key === 'id' || key === 'slot') {
      attributes[key] = value;
      continue;
    }
    const declared = elementClass.elementProperties.get(key);
    const name = declared ? (typeof declared.attribute === 'string' ? declared.attribute : declared.attribute === false ? undefined : key.toLowerCase()) : undefined;
    if (!name || value === undefined || value === null || value === false) continue;
    if (value === true) attributes[name] = '';
    else if (typeof value === 'string' || typeof value === 'number') attributes[name] = String(value);
  }
  return attributes;
}

const onServer = typeof document === 'undefined';

/** `<news-player>` as @lit/react makes it: props set as properties after React inserts it. */
const NewsPlayerBase = createComponent({
  react: React,
  tagName: 'news-player',
  elementClass: NewsPlayerElement,
  displayName: 'NewsPlayerElement',
  events: {
    /** `news-player-statechange`: the `state` changed (`detail: { state, previous }`). */
    onStateChange: 'news-player-statechange' as EventName<NewsPlayerStateChangeEvent>,
    /** `news-player-error`: the player became `unavailable` (`detail: { code, message, mediaErrorCode? }`). */
    onNewsPlayerError: 'news-player-error' as EventName<NewsPlayerErrorEvent>,
    /** `news-player-progress`: a quartile was reached (`detail: { percent }`), for analytics. */
    onNewsPlayerProgress: 'news-player-progress' as EventName<NewsPlayerProgressEvent>,
    /** `news-player-chapterschange`: the chapters became known or changed (`detail: { chapters }`). */
    onChaptersChange: 'news-player-chapterschange' as EventName<NewsPlayerChaptersChangeEvent>,
    /** `news-player-captionschange`: the captions tracks or the one shown changed (`detail: { tracks, showing }`). */
    onCaptionsChange: 'news-player-captionschange' as EventName<NewsPlayerCaptionsChangeEvent>,
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

/** Props of {@link NewsPlayer} under their HTML names too: `duration="2:44"`, `load="eager"`. */
type NewsPlayerHtmlProps = Omit<React.ComponentProps<typeof NewsPlayerBase>, 'duration' | 'load'> & {
  /** The `duration` attribute (the same as `durationHint`): known length, `164` or `2:44`. */
  duration?: string | number;
  /** The `load` attribute (the same as `loadStrategy`): `interaction`, `visible` or `eager`. */
  load?: NewsPlayerElement['loadStrategy'];
};

/**
 * `<news-player>`: the player. Takes the element's properties and its HTML names where they
 * differ (`duration`, `load`); on the server it renders the attributes, so the poster card shows
 * before hydration.
 */
export const NewsPlayer = React.forwardRef<NewsPlayerElement, NewsPlayerHtmlProps>(function NewsPlayer({ duration, load, ...props }, ref) {
  const all = {
    ...props,
    ...(duration !== undefined && props.durationHint === undefined ? { durationHint: String(duration) } : {}),
    ...(load !== undefined && props.loadStrategy === undefined ? { loadStrategy: load } : {}),
  };
  if (onServer) return React.createElement('news-player', serverAttributes(NewsPlayerElement, all));
  return React.createElement(NewsPlayerBase, { ...all, ref } as React.ComponentProps<typeof NewsPlayerBase>);
});
NewsPlayer.displayName = 'NewsPlayer';

/** `<news-transcript>` as @lit/react makes it. */
const NewsTranscriptBase = createComponent({
  react: React,
  tagName: 'news-transcript',
  elementClass: NewsTranscriptElement,
  displayName: 'NewsTranscriptElement',
  events: {
    /** `news-transcript-seek`: a cue was activated; cancelable (`detail: { cue, time }`). */
    onSeek: 'news-transcript-seek' as EventName<NewsTranscriptSeekEvent>,
    /** `news-transcript-load`: new cues were rendered (`detail: { source, count }`). */
    onNewsTranscriptLoad: 'news-transcript-load' as EventName<NewsTranscriptLoadEvent>,
  },
});

/** `<news-timestamp>` as @lit/react makes it. */
const NewsTimestampBase = createComponent({
  react: React,
  tagName: 'news-timestamp',
  elementClass: NewsTimestampElement,
  displayName: 'NewsTimestampElement',
  events: {
    /** `news-timestamp-seek`: the reader activated the timestamp; cancelable (`detail: { player, time, end? }`). */
    onSeek: 'news-timestamp-seek' as EventName<NewsTimestampSeekEvent>,
  },
});

/** `Base` on the client; on the server, `tag` with the props as attributes (see {@link serverAttributes}). */
function serverRendered<E extends HTMLElement, P extends object>(
  Base: React.ComponentType<P & React.RefAttributes<E>>,
  tag: string,
  elementClass: Parameters<typeof serverAttributes>[0],
  name: string,
) {
  const Component = React.forwardRef<E, P>((props, ref) =>
    onServer
      ? React.createElement(tag, serverAttributes(elementClass, props as Record<string, unknown>))
      : React.createElement(Base, { ...props, ref } as P & React.RefAttributes<E>),
  );
  Component.displayName = name;
  return Component;
}

/** `<news-transcript>`: the synchronized transcript; `htmlFor` names the player's id. */
export const NewsTranscript = serverRendered<NewsTranscriptElement, React.ComponentProps<typeof NewsTranscriptBase>>(
  NewsTranscriptBase, 'news-transcript', NewsTranscriptElement, 'NewsTranscript');

/** `<news-timestamp>`: a link in the text that plays the player from a moment. */
export const NewsTimestamp = serverRendered<NewsTimestampElement, React.ComponentProps<typeof NewsTimestampBase>>(
  NewsTimestampBase, 'news-timestamp', NewsTimestampElement, 'NewsTimestamp');

/** Props of {@link NewsPlayer}. */
export type NewsPlayerProps = NewsPlayerHtmlProps;
/** Props of {@link NewsTranscript}. */
export type NewsTranscriptProps = React.ComponentProps<typeof NewsTranscript>;
/** Props of {@link NewsTimestamp}. */
export type NewsTimestampProps = React.ComponentProps<typeof NewsTimestamp>;
