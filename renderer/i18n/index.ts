import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { messageFormatters } from '../../electron/shared/pure/i18n/format';
import { readLanguagePreference, resolveLanguage, type Language, type LanguagePreference, writeLanguagePreference } from './language';

/**
 * The renderer's catalogue in each language (its own files, plus the messages core builds
 * under `msg`, shared with core from electron/shared/pure/i18n, so a core message renders the
 * same on both sides), each its own chunk: the app loads the language it shows, and the
 * other only when the user switches to it.
 */
const catalogues: Record<Language, () => Promise<{ translation: object }>> = {
  en: () => import('./catalogue.en'),
  it: () => import('./catalogue.it'),
};

async function ensureLoaded(language: Language): Promise<void> {
  if (i18next.hasResourceBundle(language, 'translation')) return;
  const { translation } = await catalogues[language]();
  i18next.addResourceBundle(language, 'translation', translation);
}

function applyDocumentLanguage(language: Language): void {
  document.documentElement.lang = language;
}

/** Starts i18next in the language the user chose, or the operating system's. */
export async function initI18n(): Promise<void> {
  const language = resolveLanguage(readLanguagePreference(), navigator.language);
  const { translation } = await catalogues[language]();
  await i18next.use(initReactI18next).init({
    resources: { [language]: { translation } },
    lng: language,
    // Both catalogues hold the same keys (locales.test), so nothing falls back to English.
    fallbackLng: false,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  for (const [name, format] of Object.entries(messageFormatters)) {
    i18next.services.formatter?.add(name, (value: unknown, lng: string | undefined) => format(value, lng));
  }
  applyDocumentLanguage(language);
}

/** Stores the preference and switches the UI (and `<html lang>`) at once. */
export async function setLanguagePreference(preference: LanguagePreference): Promise<void> {
  writeLanguagePreference(preference);
  const language = resolveLanguage(preference, navigator.language);
  await ensureLoaded(language);
  await i18next.changeLanguage(language);
  applyDocumentLanguage(language);
}
