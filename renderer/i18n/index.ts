import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from './en.json';
import it from './it.json';
import backupEn from './backup.en.json';
import backupIt from './backup.it.json';
import breachesEn from './breaches.en.json';
import breachesIt from './breaches.it.json';
import clientsEn from './clients.en.json';
import clientsIt from './clients.it.json';
import dashboardEn from './dashboard.en.json';
import dashboardIt from './dashboard.it.json';
import documentsEn from './documents.en.json';
import documentsIt from './documents.it.json';
import requestsEn from './requests.en.json';
import requestsIt from './requests.it.json';
import reportsEn from './reports.en.json';
import reportsIt from './reports.it.json';
import { messageFormatters } from '../../electron/shared/pure/i18n/format';
import messagesEn from '../../electron/shared/pure/i18n/messages.en.json';
import messagesIt from '../../electron/shared/pure/i18n/messages.it.json';
import ropaEn from './ropa.en.json';
import ropaIt from './ropa.it.json';
import teamEn from './team.en.json';
import teamIt from './team.it.json';
import { readLanguagePreference, resolveLanguage, type Language, type LanguagePreference, writeLanguagePreference } from './language';

/**
 * The renderer's catalogue: its own files, plus the messages core builds (`msg`, shared with
 * core from electron/shared/pure/i18n), so a core message renders the same on both sides.
 */
export const resources = {
  en: { translation: { ...en, requests: requestsEn, breaches: breachesEn, documents: documentsEn, reports: reportsEn, dashboard: dashboardEn, ropa: ropaEn, clients: clientsEn, backup: backupEn, team: teamEn, msg: messagesEn } },
  it: { translation: { ...it, requests: requestsIt, breaches: breachesIt, documents: documentsIt, reports: reportsIt, dashboard: dashboardIt, ropa: ropaIt, clients: clientsIt, backup: backupIt, team: teamIt, msg: messagesIt } },
} as const;

function applyDocumentLanguage(language: Language): void {
  document.documentElement.lang = language;
}

/** Starts i18next in the language the user chose, or the operating system's. */
export async function initI18n(): Promise<void> {
  const language = resolveLanguage(readLanguagePreference(), navigator.language);
  await i18next.use(initReactI18next).init({
    resources,
    lng: language,
    fallbackLng: 'en',
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
  await i18next.changeLanguage(language);
  applyDocumentLanguage(language);
}
