import { dateTimeFormat, numberFormat } from '../../../electron/shared/pure/intl-formats';
import type { Language } from '../../i18n/language';

/**
 * Dates as a DPO reads them. Deadlines are civil dates (`YYYY-MM-DD`) in the organisation's
 * zone, so they are formatted as calendar days with no zone arithmetic at all; instants
 * (receipt, history) are formatted in the organisation's zone, never the machine's.
 */
const locales: Record<Language, string> = { en: 'en-GB', it: 'it-IT' };

const CIVIL = /^(\d{4})-(\d{2})-(\d{2})$/;

/** `Thu, 30 Apr 2026` / `gio 30 apr 2026` (punctuation as the runtime's CLDR data has it); the text itself when it is not a civil date. */
export function formatCivilDate(date: string, language: Language, withWeekday = true): string {
  const match = CIVIL.exec(date);
  if (!match) return date;
  const utc = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return dateTimeFormat(locales[language], {
    timeZone: 'UTC',
    weekday: withWeekday ? 'short' : undefined,
    day: 'numeric',
    month: 'short',
    year: 'numeric',
  }).format(utc);
}

/** `30 Apr 2026, 09:30` in the given zone. */
export function formatInstant(instant: string, timeZone: string, language: Language): string {
  const time = Date.parse(instant);
  if (Number.isNaN(time)) return instant;
  return dateTimeFormat(locales[language], { timeZone, dateStyle: 'medium', timeStyle: 'short' }).format(time);
}

/** `512 B`, `14.2 KiB`, `3.4 MiB`, with the language's decimal separator. */
export function formatBytes(bytes: number, language: Language): string {
  const number = (value: number) => numberFormat(locales[language], { maximumFractionDigits: 1 }).format(value);
  if (bytes < 1024) return `${number(bytes)} B`;
  if (bytes < 1024 * 1024) return `${number(bytes / 1024)} KiB`;
  return `${number(bytes / (1024 * 1024))} MiB`;
}

/** A number in the UI language (`1,234` / `1.234`). */
export function formatCount(value: number, language: Language): string {
  return numberFormat(locales[language]).format(value);
}
