import type { DocumentKind, LetterInputs, LetterWarning } from '../../../shared/document-contract';
import { msg, type Message } from '../../i18n';

/** The FADP letters that may rely on the controller's own overriding interests (Art. 26(2)(a)). */
const WITHHOLDING_LETTERS: readonly DocumentKind[] = ['fadp-refusal', 'fadp-response'];

/** The recipients a list input holds, typed as lines or given as a list. */
function recipientsOf(value: LetterInputs[string] | null | undefined): string[] {
  if (value === undefined || value === null) return [];
  const lines = Array.isArray(value) ? value : String(value).split(/\r?\n/);
  return lines.map((line) => String(line).trim()).filter((line) => line !== '');
}

/**
 * The caution on a FADP refusal or restriction grounded on the controller's own overriding
 * interests (ninth review, J2): Art. 26(2)(a) FADP holds only for a private controller that
 * "does not disclose the personal data to third parties" (number 2), and the data meant are the
 * ones withheld; companies of the same group are not third parties (Art. 26(3)). When the letter
 * (its recipients, Art. 25(2)(g)) or, for a refusal that lists none, the register names
 * recipients of the person's data, the DPO checks that none of them receives the data withheld
 * before finalising: the letter cannot tell which data each recipient gets.
 */
export function fadpWithheldDisclosedCaution(kind: DocumentKind, given: LetterInputs | undefined, registerRecipients: () => string | null): { code: LetterWarning['code']; message: Message }[] {
  if (!WITHHOLDING_LETTERS.includes(kind) || given?.['fadp.ground'] !== 'own-interest') return [];
  const typed = recipientsOf(given['fadp.recipients']);
  const recipients = typed.length > 0 ? typed : recipientsOf(registerRecipients());
  if (recipients.length === 0) return [];
  return [{ code: 'fadp-withheld-disclosed', message: msg('msg.letterWarning.fadpWithheldDisclosed', { recipients: recipients.join('; ') }) }];
}
