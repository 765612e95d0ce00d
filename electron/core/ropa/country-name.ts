/** A country's name in the language, from its ISO 3166-1 code (the code itself when unknown). */
export function countryName(code: string, language: 'en' | 'it'): string {
  try {
    return new Intl.DisplayNames([language === 'it' ? 'it-IT' : 'en-GB'], { type: 'region', fallback: 'code' }).of(code) ?? code;
  } catch {
    return code;
  }
}
