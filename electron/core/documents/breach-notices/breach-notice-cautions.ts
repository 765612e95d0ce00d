import type { BreachDetail } from '../../../shared/breaches';
import type { BreachNoticeKind, LetterInputs, LetterWarning } from '../../../shared/document-contract';
import type { Settings } from '../../../shared/settings';
import { FIELD_CATALOGUE } from '../letters/field-catalogue';
import { civilDateInZone } from '../../deadlines';
import { msg, type Message } from '../../i18n';

/** A caution: its code and its words. */
type Caution = { code: LetterWarning['code']; message: Message };

/**
 * The notices to the people the register records as sent by the notice's date (Art. 34):
 * the first one's day and channel, and how many people they reached.
 */
export function subjectsToldBy(detail: BreachDetail, date: string): { sentOn: string; channel: string | null; count: number } | null {
  const zone = detail.timeZone ?? 'UTC';
  const told = detail.notifications.filter((n) => n.recipient === 'subjects' && civilDateInZone(n.sentAt, zone) <= date);
  const first = told[0];
  if (!first) return null;
  return { sentOn: civilDateInZone(first.sentAt, zone), channel: first.channel, count: told.reduce((sum, n) => sum + (n.recipientsCount ?? 0), 0) };
}

/** The controller's identifiers section 3 of the notification prints when Settings hold them (the Garante's model, Provv. 157/2019: "dati del titolare"). */
const CONTROLLER_DETAILS = ['organisation.vatNumber', 'organisation.pec', 'organisation.email', 'organisation.phone'] as const;

/**
 * The controller's identifiers missing from Settings (the VAT number counts as given when the
 * DPO typed a tax code on the notice), named as the field catalogue names them, in both languages.
 */
function missingControllerDetails(settings: Settings, given: LetterInputs | undefined): { en: string; it: string } | null {
  const typedTaxCode = given?.['controller.taxCode'];
  const hasTaxCode = typeof typedTaxCode === 'string' && typedTaxCode.trim() !== '';
  const missing = CONTROLLER_DETAILS.filter((key) => settings[key] === null && !(key === 'organisation.vatNumber' && hasTaxCode));
  if (missing.length === 0) return null;
  const labels = missing.map((key) => FIELD_CATALOGUE[key]?.label ?? { en: key, it: key });
  return { en: labels.map((l) => l.en).join('; '), it: labels.map((l) => l.it).join('; ') };
}

/**
 * What the DPO should weigh before finalising a breach notice: a notice to the people when
 * the register already records one (it is then written as a follow-up, "Further to our
 * notice of …", and may not be needed at all; review 4, D36); a notification to the authority
 * whose controller section lacks identifiers Settings do not hold, named rather than silently
 * left out (review 4, D25).
 */
export function breachNoticeCautions(detail: BreachDetail, settings: Settings, kind: BreachNoticeKind, date: string, given?: LetterInputs): Caution[] {
  const cautions: Caution[] = [];
  const controllerGaps = kind === 'authority-notification' ? missingControllerDetails(settings, given) : null;
  if (controllerGaps) cautions.push({ code: 'controller-details-missing', message: msg('msg.letterWarning.controllerDetailsMissing', { fields: controllerGaps }) });
  const told = kind === 'subject-notice' ? subjectsToldBy(detail, date) : null;
  if (told) {
    const channel = told.channel ? [msg(`msg.cli.breach.channel.${told.channel}`)] : '—';
    cautions.push({ code: 'subjects-told-earlier', message: msg('msg.letterWarning.subjectsToldEarlier', { sentOn: told.sentOn, channel, count: told.count }) });
  }
  return cautions;
}
