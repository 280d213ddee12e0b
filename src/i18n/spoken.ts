import type { Translation } from './translation.js';

type Unit = 'hour' | 'minute' | 'second';
interface DurationFormatLike {
  format(duration: { hours: number; minutes: number; seconds: number }): string;
}
type DurationFormatConstructor = new (locale: string, options: { style: 'long' }) => DurationFormatLike;

/** Formatters per language: the progress bar asks twice a second while playing. */
const cache = new Map<string, (h: number, m: number, s: number) => string>();

function supported(lang: string): boolean {
  try {
    return Intl.NumberFormat.supportedLocalesOf(lang).length > 0;
  } catch {
    return false;
  }
}

function formatterFor(lang: string): (h: number, m: number, s: number) => string {
  let format = cache.get(lang);
  if (format) return format;
  const DurationFormat = (Intl as unknown as { DurationFormat?: DurationFormatConstructor }).DurationFormat;
  let units: Record<Unit, Intl.NumberFormat> | undefined;
  let list: Intl.ListFormat | undefined;
  let duration: DurationFormatLike | undefined;
  try {
    duration = DurationFormat ? new DurationFormat(lang, { style: 'long' }) : undefined;
    const unit = (u: Unit) => new Intl.NumberFormat(lang, { style: 'unit', unit: u, unitDisplay: 'long' });
    units = { hour: unit('hour'), minute: unit('minute'), second: unit('second') };
    list = new Intl.ListFormat(lang, { type: 'unit', style: 'long' });
  } catch {
    // An invalid tag: the plain fallback below.
  }
  format = (h, m, s) => {
    // DurationFormat leaves zero units out, and so says nothing at all for 0: units say "0 seconds".
    if (duration && (h || m || s)) return duration.format({ hours: h, minutes: m, seconds: s });
    const parts = units
      ? [h ? units.hour.format(h) : '', m ? units.minute.format(m) : '', s || !(h || m) ? units.second.format(s) : '']
      : [`${h ? `${h}:` : ''}${m}:${String(s).padStart(2, '0')}`];
    const words = parts.filter(Boolean);
    return list ? list.format(words) : words.join(' ');
  };
  cache.set(lang, format);
  return format;
}

/**
 * Seconds as words a screen reader says well, in `lang`: "1 minute, 23 seconds", "2 hours,
 * 5 seconds", "0 seconds". `Intl` writes it (DurationFormat where the browser has it, else unit
 * numbers joined as a list), in the language's digits; where the browser's `Intl` has no data for
 * `lang`, the translation's `$spokenTime` does, when it has one.
 */
export function spokenTime(seconds: number, lang: string, t?: Pick<Translation, '$spokenTime'>): string {
  const total = Number.isFinite(seconds) && seconds > 0 ? Math.floor(seconds + 0.001) : 0;
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  if (t?.$spokenTime && !supported(lang)) return t.$spokenTime(h, m, s);
  return formatterFor(lang)(h, m, s);
}
