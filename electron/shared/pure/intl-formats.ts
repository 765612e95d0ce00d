/**
 * Shared `Intl` formatters. Building one costs far more than using it (the runtime resolves
 * the locale's and the zone's ICU data each time), and a screen such as Today formats
 * hundreds of dates in one render; so each distinct locale and set of options is built once
 * and reused. A formatter holds no state between calls, so sharing one changes no output.
 */

const MAX_KEPT = 256;
const dateFormats = new Map<string, Intl.DateTimeFormat>();
const numberFormats = new Map<string, Intl.NumberFormat>();

function kept<T>(cache: Map<string, T>, key: string, build: () => T): T {
  let value = cache.get(key);
  if (value === undefined) {
    // Distinct formats are few (languages × zones × styles); the bound only guards against a caller that varies them without end.
    if (cache.size >= MAX_KEPT) cache.clear();
    value = build();
    cache.set(key, value);
  }
  return value;
}

/** `new Intl.DateTimeFormat(locale, options)`, built once per locale and options. */
export function dateTimeFormat(locale: string, options: Intl.DateTimeFormatOptions = {}): Intl.DateTimeFormat {
  return kept(dateFormats, `${locale}\u0000${JSON.stringify(options)}`, () => new Intl.DateTimeFormat(locale, options));
}

/** `new Intl.NumberFormat(locale, options)`, built once per locale and options. */
export function numberFormat(locale: string, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  return kept(numberFormats, `${locale}\u0000${JSON.stringify(options)}`, () => new Intl.NumberFormat(locale, options));
}
