/**
 * Locale formats both sides apply inside messages (i18next formatters `civil`, `civilLong`, `monthShort`,
 * `score`, `count`, `capital`), so a date or a figure reads the same in the app, the CLI and a letter.
 * Pure: no Node, no DOM. Dates use fixed word lists, not the host's ICU data, so Node and
 * Chromium print the same text.
 */

import { numberFormat } from '../intl-formats';

/** The BCP 47 locale of a UI language: British English or Italian. */
export function localeOf(language: string | undefined): 'en-GB' | 'it-IT' {
  return language?.toLowerCase().startsWith('it') ? 'it-IT' : 'en-GB';
}

const WORDS = {
  'en-GB': {
    weekdays: ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'],
    months: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
    weekdaysLong: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
    monthsLong: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  },
  'it-IT': {
    weekdays: ['dom', 'lun', 'mar', 'mer', 'gio', 'ven', 'sab'],
    months: ['gen', 'feb', 'mar', 'apr', 'mag', 'giu', 'lug', 'ago', 'set', 'ott', 'nov', 'dic'],
    weekdaysLong: ['domenica', 'lunedì', 'martedì', 'mercoledì', 'giovedì', 'venerdì', 'sabato'],
    monthsLong: ['gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre'],
  },
} as const;

function parts(value: unknown): { year: number; month: number; day: number; weekday: number } | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(String(value));
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return { year, month, day, weekday: new Date(Date.UTC(year, month - 1, day)).getUTCDay() };
}

/** A civil date `YYYY-MM-DD` with its weekday: `Wed 30 Dec 2026`, `mer 30 dic 2026`. */
export function formatCivilDate(value: unknown, language: string | undefined): string {
  const p = parts(value);
  if (!p) return String(value);
  const words = WORDS[localeOf(language)];
  return `${words.weekdays[p.weekday]} ${p.day} ${words.months[p.month - 1]} ${p.year}`;
}

/**
 * A civil date written in full, as a sentence addressed to the reader says it: `Thursday
 * 3 December 2026`, `giovedì 3 dicembre 2026` (`1º` for the first of the month in Italian).
 */
function formatCivilDateLong(value: unknown, language: string | undefined): string {
  const p = parts(value);
  if (!p) return String(value);
  const locale = localeOf(language);
  const words = WORDS[locale];
  const day = locale === 'it-IT' && p.day === 1 ? '1º' : String(p.day);
  return `${words.weekdaysLong[p.weekday]} ${day} ${words.monthsLong[p.month - 1]} ${p.year}`;
}

/** The short month name of a civil date: `Apr`, `apr`. */
export function formatMonthShort(value: unknown, language: string | undefined): string {
  const p = parts(value);
  return p ? WORDS[localeOf(language)].months[p.month - 1] ?? '' : String(value);
}

/** A score with two decimals: `3.25`, `3,25`. */
export function formatScore(value: unknown, language: string | undefined): string {
  return numberFormat(localeOf(language), { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(Number(value));
}

/** A figure as written in the language: `0.75`, `0,75`; counts with grouping (`1,200`, `12.000`). */
export function formatCount(value: unknown, language: string | undefined): string {
  return numberFormat(localeOf(language), { maximumFractionDigits: 2 }).format(Number(value));
}

/** The text with its first letter in capitals, for a list that opens a sentence. */
export function formatCapital(value: unknown): string {
  const text = String(value);
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A name given in each language (`{ en, it }`), in the language asked for. */
export function formatPick(value: unknown, language: string | undefined): string {
  if (typeof value !== 'object' || value === null) return String(value);
  const names = value as Record<string, unknown>;
  return String(localeOf(language) === 'it-IT' ? (names.it ?? names.en) : names.en);
}

/** The formatters both i18next instances register, by the name messages use (`{{date, civil}}`). */
export const messageFormatters = { civil: formatCivilDate, civilLong: formatCivilDateLong, monthShort: formatMonthShort, score: formatScore, count: formatCount, capital: formatCapital, pick: formatPick } as const;
