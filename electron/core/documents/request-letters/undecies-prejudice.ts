import type { LetterInputs, LetterLanguage } from '../../../shared/document-contract';
import type { RequestDetail } from '../../../shared/requests';
import type { LetterLabels } from '../letters/template-schema';

/**
 * A refusal on Codice privacy art. 2-undecies, comma 1, must show the test the article sets:
 * that exercising the right "possa derivare un pregiudizio effettivo e concreto" to the
 * interest protected, and comma 3 asks for a reasoned communication (review D12). A reason
 * good for access says nothing about rectification or restriction, so the DPO gives one line
 * per right the request exercises, "right: why", in `refusal.prejudice`; the letter prints them
 * only when every right has its reason.
 */
const typeName = (labels: LetterLabels, language: LetterLanguage) => (type: string) => labels.requestTypes[type]?.[language] ?? type;

/** What `refusal.prejudice` starts from: one line per right the request exercises, "right: ", for the DPO to complete. */
export function prejudiceDefault(detail: RequestDetail, labels: LetterLabels, language: LetterLanguage): string {
  return detail.types.map((type) => `${typeName(labels, language)(type)}: `).join('\n');
}

/** The lines the letter prints, or null (named as missing) while a right the request exercises has no line with its reason. */
export function prejudiceByRight(detail: RequestDetail, labels: LetterLabels, language: LetterLanguage, given: LetterInputs | undefined): string[] | null {
  const raw = given?.['refusal.prejudice'];
  if (raw === undefined || raw === null) return null;
  const lines = (Array.isArray(raw) ? raw : raw.split(/\r?\n/)).map((line) => line.trim()).filter((line) => line !== '');
  const reasoned = (name: string) =>
    lines.some((line) => {
      const lower = line.toLowerCase();
      const head = name.toLowerCase();
      return lower.startsWith(head) && /^\s*:\s*\S/.test(line.slice(head.length));
    });
  return detail.types.map(typeName(labels, language)).every(reasoned) ? lines : null;
}
