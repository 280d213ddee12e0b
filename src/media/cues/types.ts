/** WebVTT cue settings as the VTTCue attributes report them (`null` stands for `auto`). */
export interface CueSettings {
  readonly vertical: '' | 'rl' | 'lr';
  readonly line: number | null;
  readonly snapToLines: boolean;
  readonly lineAlign: 'start' | 'center' | 'end';
  readonly position: number | null;
  readonly positionAlign: 'line-left' | 'center' | 'line-right' | 'auto';
  readonly size: number;
  readonly align: 'start' | 'center' | 'end' | 'left' | 'right';
  /** Identifier of the cue's region, `null` when it has none or names an undefined one. */
  readonly region: string | null;
}

/** A WebVTT region definition, named after the VTTRegion attributes. */
export interface CueRegion {
  readonly id: string;
  readonly width: number;
  readonly lines: number;
  readonly regionAnchorX: number;
  readonly regionAnchorY: number;
  readonly viewportAnchorX: number;
  readonly viewportAnchorY: number;
  readonly scroll: '' | 'up';
}

/** One timed piece of text, whatever format it came from. */
export interface Cue {
  /** Cue identifier, `''` when the source gave none. */
  id: string;
  /** Start time in seconds. */
  start: number;
  /** End time in seconds; the cue is active while `start <= t < end`. */
  end: number;
  /** Raw cue text: WebVTT markup is not interpreted here (see `parseCueText`). */
  text: string;
  /** First `<v>` speaker of the text, or the speaker a JSON cue names. */
  voice?: string;
  /** WebVTT cue settings; only WebVTT cues carry them. */
  settings?: CueSettings;
}

/** A parsed cue file together with the format it was recognised as. */
export interface CueTrack {
  cues: Cue[];
  kind: 'vtt' | 'srt' | 'json' | 'html';
}

/** Why a cue file was rejected; `reason` is a stable machine-readable code. */
export type CueParseErrorReason =
  | 'bad-signature'
  | 'invalid-json'
  | 'invalid-cue'
  | 'no-cues'
  | 'unrecognised-format'
  | 'unsupported-format'
  | 'not-text'
  | 'internal';

/** Error thrown for a cue file that must be rejected; never thrown for a merely odd cue. */
export class CueParseError extends Error {
  /** Stable code saying why the file was rejected. */
  readonly reason: CueParseErrorReason;

  constructor(reason: CueParseErrorReason, message: string) {
    super(message);
    this.name = 'CueParseError';
    this.reason = reason;
  }
}

/** One chapter of a clip, from a `<track kind="chapters">` cue. */
export interface Chapter {
  /** Start, in seconds. */
  start: number;
  /** End, in seconds (after `start`; the next chapter's start when the cue gave none). */
  end: number;
  /** The cue's text as plain text (WebVTT markup removed). */
  title: string;
}
