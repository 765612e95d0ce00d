import type { LetterLanguage } from '../../../shared/document-contract';

/** Patterns of the words a template already prints before a field, per language. */
export type LeadIn = Record<LetterLanguage, readonly RegExp[]>;

/**
 * The DPO's text without the verb the template's own lead-in already says before it
 * ("We continue to process only the following: we continue to keep the invoices" →
 * "…: the invoices"), its first letter as typed. Text that would be left empty is kept.
 */
export function trimLeadIn(text: string, leadIn: LeadIn | undefined, language: LetterLanguage): string {
  if (!leadIn) return text;
  for (const pattern of leadIn[language]) {
    const match = pattern.exec(text);
    if (!match || match.index !== 0) continue;
    const rest = text.slice(match[0].length).trimStart();
    if (rest !== '') return rest;
  }
  return text;
}

/** "continue to process", "we will continue to keep", "continuing to": what "We continue to process…" already says. */
export const CONTINUES_LEAD_IN: LeadIn = {
  en: [/^(?:we\s+)?(?:will\s+)?(?:continue|continues|continuing|go\s+on)\s+(?:to\s+)?(?:process|processing|keep|keeping|retain|retaining|store|storing|use|using|hold|holding|send|sending)?\b\s*/iu],
  it: [/^(?:continu(?:iamo|eremo|a|ano)|prosegu(?:iamo|iremo|e|ono))\s+(?:a|ad|con)?\s*(?:\p{L}+(?:are|ere|ire)\b)?\s*/iu],
};
