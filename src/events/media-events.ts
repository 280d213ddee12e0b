/**
 * The media events `<news-player>` re-dispatches from its host under their native names, so the
 * element can stand in for a `<video>`; each with the name of its React prop (`on` + this name).
 *
 * The one list: the engine re-dispatches these, the React wrapper's event props are made from it,
 * and a test holds the element's JSDoc (`@event`, read into custom-elements.json) against it.
 */
export const MEDIA_EVENT_PROPS = {
  loadstart: 'LoadStart',
  loadedmetadata: 'LoadedMetadata',
  loadeddata: 'LoadedData',
  canplay: 'CanPlay',
  play: 'Play',
  pause: 'Pause',
  playing: 'Playing',
  waiting: 'Waiting',
  seeking: 'Seeking',
  seeked: 'Seeked',
  timeupdate: 'TimeUpdate',
  durationchange: 'DurationChange',
  ended: 'Ended',
  volumechange: 'VolumeChange',
  ratechange: 'RateChange',
  error: 'Error',
} as const;

/** One re-dispatched media event. */
export type MediaEventType = keyof typeof MEDIA_EVENT_PROPS;

/** Media events re-dispatched from the host with their native names. */
export const MEDIA_EVENTS = Object.keys(MEDIA_EVENT_PROPS) as readonly MediaEventType[];
