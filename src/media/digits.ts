const digitSets = new Map<string, string[] | undefined>();

/** The ten digits `lang` writes numbers with (`Intl.NumberFormat`, so CLDR), `undefined` for 0–9. */
export function digitsOf(lang: string): string[] | undefined {
  if (!digitSets.has(lang)) {
    let set: string[] | undefined;
    try {
      const format = new Intl.NumberFormat(lang, { useGrouping: false });
      if (format.format(0) !== '0') set = [...'0123456789'].map((d) => format.format(Number(d)));
    } catch {
      // An invalid tag: Latin digits.
    }
    digitSets.set(lang, set);
  }
  return digitSets.get(lang);
}

/** `text` with its digits 0–9 written the way `lang` writes numbers (Persian `fa`: ۱:۲۳). */
export function localDigits(text: string, lang: string): string {
  const set = digitsOf(lang);
  return set ? text.replace(/\d/g, (d) => set[Number(d)]) : text;
}
