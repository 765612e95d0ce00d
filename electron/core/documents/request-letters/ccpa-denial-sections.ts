import type { LetterLanguage } from '../../../shared/document-contract';
import type { RequestType } from '../../../shared/requests';
import type { FieldValues } from '../letters/field-catalogue';

/**
 * The sections of the CCPA regulations (Cal. Code Regs., tit. 11) a denial cites, by the
 * request's type (review 7, G4): a request to know is governed by § 7024, not by the deletion
 * section § 7022. Identity not verified: know § 7024(a) and (b) (no specific pieces; the request
 * then weighed as one for categories, which may be denied, pointing to the privacy policy),
 * delete § 7022(d), correct § 7023(a) ("may deny the request to correct … shall inform the
 * requestor that their identity cannot be verified"), with the verification rules §§ 7060–7062.
 * An exception or a conflicting law: know § 7024(e) ("inform the requestor and explain the basis
 * for the denial … If the request is denied only in part, … disclose the other information"),
 * delete § 7022(f)(1), correct § 7023(f)(1) ("Explain the basis for the denial, including any
 * conflict with federal or state law, exception to the CCPA …"). Checked against the text of the
 * regulations (4 December 2026): § 7024(e) and § 7023(f)(1) are right for an exception; § 7023(f)(1)
 * was wrong for an identity denial, which § 7023(a) governs.
 */
const IDENTITY: Partial<Record<RequestType, readonly string[]>> = { know: ['7024(a)', '7024(b)'], delete: ['7022(d)'], correct: ['7023(a)'] };
const EXCEPTION: Partial<Record<RequestType, readonly string[]>> = { know: ['7024(e)'], delete: ['7022(f)(1)'], correct: ['7023(f)(1)'] };

/** "section X" / "sections X and Y" in the letter's language. */
function sections(items: string[], language: LetterLanguage): string | null {
  if (items.length === 0) return null;
  // "A, B and C" / "A, B e C": no serial comma, as the letters write lists.
  const joined = items.length === 1 ? items[0] : `${items.slice(0, -1).join(', ')} ${language === 'it' ? 'e' : 'and'} ${items.at(-1)}`;
  const word = language === 'it' ? (items.length > 1 ? 'sezioni' : 'sezione') : items.length > 1 ? 'sections' : 'section';
  return `${word} ${joined}`;
}

/** What the subject line says we cannot do: a request denied in part is not "we cannot comply" (review 8, H7). */
const CANNOT = { en: { all: 'we cannot comply', part: 'we cannot comply in part' }, it: { all: 'impossibilità di dare seguito', part: 'impossibilità di dare seguito in parte' } } as const;

/** The sections the identity and the exception grounds of a CCPA denial cite, for the request's types, in the letter's language; and the subject's words for a denial in full or in part. */
export function ccpaDenialSections(types: readonly RequestType[], language: LetterLanguage, partial = false): FieldValues {
  const pick = (table: Partial<Record<RequestType, readonly string[]>>) => [...new Set(types.flatMap((t) => table[t] ?? []))];
  const identity = pick(IDENTITY);
  return {
    'denial.identitySections': identity.length === 0 ? null : sections([...identity, language === 'it' ? '7060–7062' : '7060 to 7062'], language),
    'denial.exceptionSections': sections(pick(EXCEPTION), language),
    'denial.cannotComply': CANNOT[language][partial ? 'part' : 'all'],
  };
}
