import type { LetterLanguage } from '../../../shared/document-contract';

/**
 * The choice a law leaves to the person, as a letter to a representative says it: the form in
 * which the LGPD's data and information are given is "a critério do titular" (Art. 19, § 2), so
 * "as you prefer" / "come preferisce" become "as Ana Souza prefers" / "a scelta di Ana Souza",
 * never the agent's choice nor a singular courtesy form left in a plural letter (tenth review, K7).
 */
export function personsChoice(text: string, language: LetterLanguage, subjectName: string): string {
  if (language === 'en') return text.replace(/\bas you prefer\b/g, `as ${subjectName} prefers`);
  return text.replace(/\bcome preferisce\b/g, `a scelta di ${subjectName}`);
}
