import type { LetterLanguage } from '../../../shared/document-contract';

const CIVIL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * A civil date (`YYYY-MM-DD`) as a letter writes it: "30 April 2026", "30 aprile 2026"
 * (and "1º maggio 2026", as Italian writes the first of the month). The date is read as a
 * calendar day, never through the machine's time zone.
 */
export function formatCivilDate(date: string, language: LetterLanguage): string {
  const match = CIVIL_DATE.exec(date);
  if (!match) throw new Error(`Not a civil date: ${date}`);
  const [, y, m, d] = match;
  const utc = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  const text = new Intl.DateTimeFormat(language === 'it' ? 'it-IT' : 'en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(utc);
  return language === 'it' && Number(d) === 1 ? text.replace(/^1 /, '1º ') : text;
}

/** True when `value` is a valid `YYYY-MM-DD` calendar date. */
export function isCivilDate(value: string): boolean {
  const match = CIVIL_DATE.exec(value);
  if (!match) return false;
  const utc = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(utc.getTime()) && utc.toISOString().startsWith(value);
}
