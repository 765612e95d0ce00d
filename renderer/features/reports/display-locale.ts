import type { Language } from '../../i18n/language';

/** The locale figures and dates are written in: British English or Italian, as elsewhere in the app. */
export function displayLocale(language: Language): string {
  return language === 'it' ? 'it-IT' : 'en-GB';
}
