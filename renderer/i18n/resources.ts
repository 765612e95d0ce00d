import { translation as en } from './catalogue.en';
import { translation as it } from './catalogue.it';

/**
 * Both languages at once, for tests that start their own i18next; the app loads only the
 * language it shows (see `initI18n`).
 */
export const resources = { en: { translation: en }, it: { translation: it } } as const;
