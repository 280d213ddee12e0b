import type { Cue } from './types.js';

/**
 * Answers "which cues are active at time t?" in O(log n + k) for a list built once.
 *
 * A cue is active when `start <= t < end`. Cues may overlap, so the cue found by binary search
 * (the last one starting at or before t) is not the only candidate: earlier cues may still be
 * running. A prefix maximum of end times (`maxEnd[i]` = latest end among cues 0..i) tells when to
 * stop scanning back: once `maxEnd[i] <= t`, no cue at or before i can be active. So the scan
 * touches only the cues inside the window of overlap; a single very long cue that spans many
 * others widens that window (worst case O(n)), which transcripts and captions do not do.
 */
export class CueIndex {
  /** The cues as given; `active()` returns indices into this array. */
  readonly cues: readonly Cue[];

  // Positions sorted by start, mapped back to indices in `cues`; undefined when already sorted.
  private readonly order: Uint32Array | undefined;
  private readonly starts: Float64Array;
  private readonly ends: Float64Array;
  private readonly maxEnd: Float64Array;

  constructor(cues: readonly Cue[]) {
    this.cues = cues;
    const n = cues.length;
    // NaN would break both the sort and the search; such a cue simply never becomes active.
    const start = (c: Cue): number => (Number.isNaN(c.start) ? Infinity : c.start);
    const end = (c: Cue): number => (Number.isNaN(c.end) ? -Infinity : c.end);
    let sorted = true;
    for (let i = 1; i < n && sorted; i++) sorted = start(cues[i - 1]) <= start(cues[i]);
    if (!sorted) {
      const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => start(cues[a]) - start(cues[b]) || a - b);
      this.order = Uint32Array.from(order);
    }
    this.starts = new Float64Array(n);
    this.ends = new Float64Array(n);
    this.maxEnd = new Float64Array(n);
    let max = -Infinity;
    for (let i = 0; i < n; i++) {
      const cue = cues[this.order ? this.order[i] : i];
      this.starts[i] = start(cue);
      this.ends[i] = end(cue);
      max = Math.max(max, this.ends[i]);
      this.maxEnd[i] = max;
    }
  }

  /** Number of cues indexed. */
  get size(): number {
    return this.starts.length;
  }

  /** Returns the indices (into `cues`, ascending) of the cues active at `time`. */
  active(time: number): number[] {
    const result: number[] = [];
    if (Number.isNaN(time)) return result;
    // Binary search for the first position whose start is after `time`.
    let lo = 0;
    let hi = this.starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.starts[mid] <= time) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo - 1; i >= 0 && this.maxEnd[i] > time; i--) {
      if (this.ends[i] > time) result.push(this.order ? this.order[i] : i);
    }
    return this.order ? result.sort((a, b) => a - b) : result.reverse();
  }
}

// One index per cue array, so repeated calls on the same list cost O(log n + k), not O(n).
const cache = new WeakMap<readonly Cue[], CueIndex>();

/**
 * Returns the indices of the cues active at `time` (`start <= time < end`), in ascending order.
 *
 * The index behind it is built on the first call for an array and reused; treat the array as
 * immutable (a change of length is noticed, an in-place edit is not), or use `CueIndex` directly.
 */
export function activeIndices(cues: readonly Cue[], time: number): number[] {
  let index = cache.get(cues);
  if (!index || index.size !== cues.length) {
    index = new CueIndex(cues);
    cache.set(cues, index);
  }
  return index.active(time);
}
