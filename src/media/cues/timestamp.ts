/** Largest value Chromium keeps for a run of digits (an unsigned 32-bit int); longer runs clamp. */
const MAX_DIGITS_VALUE = 4294967295;

function digitsEnd(s: string, pos: number): number {
  let i = pos;
  while (i < s.length) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) break;
    i++;
  }
  return i;
}

function digitsValue(s: string, from: number, to: number): number {
  // Number() of a very long run is Infinity, which the clamp turns into the 32-bit maximum.
  return Math.min(Number(s.slice(from, to)), MAX_DIGITS_VALUE);
}

/**
 * Scans a WebVTT timestamp (`mm:ss.ttt` or `h+:mm:ss.ttt`) starting at `pos`, following the
 * spec's "collect a WebVTT timestamp" as Chromium implements it.
 *
 * Returns `[seconds, positionAfter]`, or `undefined` when there is no valid timestamp there.
 */
export function scanTimestamp(s: string, pos: number): [number, number] | undefined {
  let p = pos;
  let end = digitsEnd(s, p);
  if (end === p) return undefined;
  let v1 = digitsValue(s, p, end);
  // Two digits up to 59 may be minutes; anything else can only be hours.
  const hours = end - p !== 2 || v1 > 59;
  p = end;
  if (s.charCodeAt(p) !== 58 /* : */) return undefined;
  end = digitsEnd(s, ++p);
  if (end - p !== 2) return undefined;
  let v2 = digitsValue(s, p, end);
  p = end;
  let v3: number;
  if (hours || s.charCodeAt(p) === 58) {
    if (s.charCodeAt(p) !== 58) return undefined;
    end = digitsEnd(s, ++p);
    if (end - p !== 2) return undefined;
    v3 = digitsValue(s, p, end);
    p = end;
  } else {
    v3 = v2;
    v2 = v1;
    v1 = 0;
  }
  if (s.charCodeAt(p) !== 46 /* . */) return undefined;
  end = digitsEnd(s, ++p);
  if (end - p !== 3) return undefined;
  const v4 = digitsValue(s, p, end);
  if (v2 > 59 || v3 > 59) return undefined;
  // Whole milliseconds divided once, so 1.001 comes out as the same double a browser reports.
  return [(((v1 * 60 + v2) * 60 + v3) * 1000 + v4) / 1000, end];
}

/** Parses a string that is exactly one WebVTT timestamp, or returns `undefined`. */
export function parseTimestamp(s: string): number | undefined {
  const r = scanTimestamp(s, 0);
  return r && r[1] === s.length ? r[0] : undefined;
}
