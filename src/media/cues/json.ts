import { voiceOf } from './markup.js';
import { CueParseError, type Cue } from './types.js';

function invalid(message: string): CueParseError {
  return new CueParseError('invalid-cue', `Invalid JSON cues: ${message}`);
}

function time(item: Record<string, unknown>, name: 'start' | 'end', where: string): number {
  const value = item[name] ?? item[`${name}Time`];
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
    throw invalid(`${where}.${name} must be a number of seconds, 0 or more.`);
  }
  return value;
}

/**
 * Parses the JSON cue form; throws CueParseError for invalid JSON or a cue of the wrong shape.
 *
 * The form, either wrapped or as a bare array:
 * ```json
 * { "cues": [ { "start": 1.5, "end": 3, "text": "Good evening.", "speaker": "Anna", "id": "c1" } ] }
 * [ { "startTime": 1.5, "endTime": 3, "text": "Good evening." } ]
 * ```
 * - `start`/`end` (or `startTime`/`endTime`): seconds, finite numbers, `0 <= start <= end`;
 * - `text`: string, the cue text (WebVTT cue markup such as `<v Anna>` or `<i>` is allowed);
 * - `id`: optional string or number; `speaker`: optional string, else the text's first `<v>`.
 * Other fields are ignored. Cues keep the order they are given in.
 */
export function parseJSONCues(text: string): Cue[] {
  let data: unknown;
  try {
    data = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (e) {
    throw new CueParseError('invalid-json', `Invalid JSON cues: ${e instanceof Error ? e.message : String(e)}`);
  }
  const list = Array.isArray(data)
    ? data
    : data !== null && typeof data === 'object' && Array.isArray((data as { cues?: unknown }).cues)
      ? (data as { cues: unknown[] }).cues
      : undefined;
  if (!list) throw invalid('expected an array of cues or an object with a "cues" array.');

  return list.map((entry: unknown, index): Cue => {
    const where = `cues[${index}]`;
    if (entry === null || typeof entry !== 'object' || Array.isArray(entry)) throw invalid(`${where} must be an object.`);
    const item = entry as Record<string, unknown>;
    const start = time(item, 'start', where);
    const end = time(item, 'end', where);
    if (end < start) throw invalid(`${where} ends before it starts.`);
    if (typeof item.text !== 'string') throw invalid(`${where}.text must be a string.`);
    const { id, speaker } = item;
    if (id !== undefined && typeof id !== 'string' && typeof id !== 'number') {
      throw invalid(`${where}.id must be a string or a number.`);
    }
    if (speaker !== undefined && typeof speaker !== 'string') throw invalid(`${where}.speaker must be a string.`);
    const cue: Cue = { id: id === undefined ? '' : String(id), start, end, text: item.text };
    const voice = speaker || voiceOf(item.text);
    if (voice) cue.voice = voice;
    return cue;
  });
}
