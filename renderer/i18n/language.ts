/** The languages the UI is translated into. */
export type Language = 'en' | 'it';
/** What the user chose in Settings → Language; 'system' follows the operating system. */
export type LanguagePreference = 'system' | Language;

const storageKey = 'dpo-desk.language';

/** Maps a BCP 47 tag to a UI language: any Italian tag gives Italian, everything else English. */
export function languageFromTag(tag: string | undefined): Language {
  return tag?.toLowerCase().startsWith('it') ? 'it' : 'en';
}

export function resolveLanguage(preference: LanguagePreference, systemTag: string | undefined): Language {
  return preference === 'system' ? languageFromTag(systemTag) : preference;
}

/** The stored preference; anything unknown or unreadable counts as 'system'. */
export function readLanguagePreference(): LanguagePreference {
  try {
    const stored = localStorage.getItem(storageKey);
    return stored === 'en' || stored === 'it' ? stored : 'system';
  } catch {
    return 'system';
  }
}

export function writeLanguagePreference(preference: LanguagePreference): void {
  try {
    if (preference === 'system') localStorage.removeItem(storageKey);
    else localStorage.setItem(storageKey, preference);
  } catch {
    /* Storage can be unavailable; the choice then lasts for this session only. */
  }
}
