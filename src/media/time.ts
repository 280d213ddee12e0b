/**
 * Parses a time given as seconds (`83`, `83.5`), a clock (`1:23`, `0:02:44`) or units
 * (`1m23s`, `1h2m`, `83s`). Returns `undefined` for anything else, never NaN or a negative.
 */
export function parseTime(value: string | number | null | undefined): number | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'number') return Number.isFinite(value) && value >= 0 ? value : undefined;
  const text = value.trim();
  if (text === '') return undefined;
  if (/^\d+(\.\d+)?$/.test(text)) return Number(text);
  const clock = /^(?:(\d+):)?(\d{1,2}):(\d{1,2}(?:\.\d+)?)$/.exec(text);
  if (clock) {
    const [, h, m, s] = clock;
    if (Number(s) >= 60 || (h !== undefined && Number(m) >= 60)) return undefined;
    return Number(h ?? 0) * 3600 + Number(m) * 60 + Number(s);
  }
  const units = /^(?:(\d+)h)?(?:(\d+)m)?(?:(\d+(?:\.\d+)?)s)?$/i.exec(text);
  if (units && (units[1] || units[2] || units[3])) {
    return Number(units[1] ?? 0) * 3600 + Number(units[2] ?? 0) * 60 + Number(units[3] ?? 0);
  }
  return undefined;
}

/**
 * Formats seconds as `m:ss`, or `h:mm:ss` from one hour (or when `guide` reaches an hour, so a
 * current time lines up with its duration). Unknown times show as `0:00`, never `NaN:NaN`.
 */
export function formatTime(seconds: number, guide = 0): string {
  // Media durations come out a hair short (5.999999 s); within a millisecond counts as the second.
  const safe = Number.isFinite(seconds) && seconds > 0 ? Math.floor(seconds + 0.001) : 0;
  const h = Math.floor(safe / 3600);
  const m = Math.floor((safe % 3600) / 60);
  const s = safe % 60;
  const ss = String(s).padStart(2, '0');
  if (h > 0 || (Number.isFinite(guide) && guide >= 3600)) {
    return `${h}:${String(m).padStart(2, '0')}:${ss}`;
  }
  return `${m}:${ss}`;
}
