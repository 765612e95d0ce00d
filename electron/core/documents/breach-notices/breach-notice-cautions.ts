import type { BreachDetail } from '../../../shared/breaches';
import type { BreachNoticeKind, LetterInputs, LetterWarning } from '../../../shared/document-contract';
import { civilDateInZone } from '../../deadlines';
import { msg, type Message } from '../../i18n';
import type { BreachLabels } from './breach-labels-schema';
import { lossEffects, type LossEffect } from './loss-effects';
import { formatInstant } from './format-instant';
import { authorityPhaseOf } from './notice-moment';
import { describedData, describedTime } from './description-time';
import { voluntaryNoticeCaution } from './subject-notice-duty';

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

/** The notices that print the likely consequences the DPO may edit (Art. 33(3)(c), 34(2)). */
const CONSEQUENCE_KINDS: ReadonlySet<BreachNoticeKind> = new Set(['authority-notification', 'subject-notice', 'client-notice']);

/**
 * A loss of availability or integrity the register records, whose consequence for the people
 * the notice leaves out until the DPO writes it (review 4, D40): the losses, and the sentence
 * they may confirm, in both languages. Null once the DPO wrote the consequences themselves.
 */
function unconfirmedEffects(detail: BreachDetail, labels: BreachLabels, given: LetterInputs | undefined): { losses: { en: string; it: string }; effects: { en: string; it: string } } | null {
  const typed = given?.['breach.consequences'];
  if (typeof typed === 'string' ? typed.trim() !== '' : Array.isArray(typed) && typed.some((t) => t.trim() !== '')) return null;
  const [en, it] = [lossEffects(detail.facts.draft, labels, 'en'), lossEffects(detail.facts.draft, labels, 'it')];
  if (en.length === 0) return null;
  const join = (effects: LossEffect[], part: keyof LossEffect) => effects.map((e) => e[part]).join('; ');
  return { losses: { en: join(en, 'loss'), it: join(it, 'loss') }, effects: { en: join(en, 'effect'), it: join(it, 'effect') } };
}

/**
 * A first notification to the authority that goes (or went) after the 72 hours although the
 * register records the decision to notify taken within them (review 6, F11): the reasons for the
 * delay must answer for the hours after that decision, the controller's own from its awareness
 * (Art. 33(1); EDPB Guidelines 9/2022, paras 41–42), not for the time before it became aware.
 * The decision's instant and the deadline, in both languages; null otherwise.
 */
function decidedBeforeLate(detail: BreachDetail, given: LetterInputs | undefined): { decidedAt: { en: string; it: string }; deadline: { en: string; it: string } } | null {
  const decision = detail.decision;
  if (!decision?.notifyAuthority || Date.parse(decision.decidedAt) > Date.parse(detail.authorityDeadline)) return null;
  const first = detail.notifications.find((n) => n.recipient === 'authority');
  // Only the first notification gives the reasons for its delay; a later phase repeats them (Art. 33(1), 33(4)).
  if (first && first.phase !== authorityPhaseOf(detail, given)) return null;
  const late = first ? first.late : Date.parse(detail.now) > Date.parse(detail.authorityDeadline);
  if (!late) return null;
  const both = (iso: string) => ({ en: formatInstant(iso, detail.timeZone, 'en'), it: formatInstant(iso, detail.timeZone, 'it') });
  return { decidedAt: both(decision.decidedAt), deadline: both(detail.authorityDeadline) };
}

/**
 * The register's containment and remediation steps a client notice prints as its measures taken
 * while the DPO has not written them for it: the register's words, written for the file in
 * whatever language it is kept, which the notice's language check cannot judge on so short a
 * text (review 6, F12; review 4, D35). Null once the DPO wrote the measures, or with none recorded.
 */
function registerMeasures(detail: BreachDetail, date: string, given: LetterInputs | undefined): string | null {
  const typed = given?.['breach.measuresTaken'];
  if (typeof typed === 'string' ? typed.trim() !== '' : Array.isArray(typed) && typed.some((t) => t.trim() !== '')) return null;
  const zone = detail.timeZone ?? 'UTC';
  const steps = detail.actions.filter((a) => civilDateInZone(a.at, zone) <= date).map((a) => `“${a.text}”`);
  return steps.length > 0 ? steps.join('; ') : null;
}

/**
 * What the DPO should weigh before finalising a breach notice: a notice to the people when
 * the register already records one (it is then written as a follow-up, "Further to our
 * notice of …", and may not be needed at all; review 4, D36); a loss of availability or
 * integrity whose consequence for the people is not stated until the DPO confirms it
 * (review 4, D40: Art. 34(2) wants the likely consequences for these people); a notice to the
 * people the register does not oblige, written as a voluntary one (review 6, F1); a client notice
 * printing the register's measures as recorded (review 6, F12); a late first notification to the
 * authority after a decision to notify taken within the 72 hours (review 6, F11); a description that
 * seems to say when the breach happened while the register records no period (review 4, D9, D29, D34).
 */
export function breachNoticeCautions(detail: BreachDetail, labels: BreachLabels, kind: BreachNoticeKind, date: string, given?: LetterInputs): Caution[] {
  const cautions: Caution[] = [];
  const told = kind === 'subject-notice' ? subjectsToldBy(detail, date) : null;
  if (told) {
    const channel = told.channel ? [msg(`msg.cli.breach.channel.${told.channel}`)] : '—';
    cautions.push({ code: 'subjects-told-earlier', message: msg('msg.letterWarning.subjectsToldEarlier', { sentOn: told.sentOn, channel, count: told.count }) });
  }
  const voluntary = kind === 'subject-notice' ? voluntaryNoticeCaution(detail, labels, date) : null;
  if (voluntary) cautions.push(voluntary);
  const decided = kind === 'authority-notification' ? decidedBeforeLate(detail, given) : null;
  if (decided) cautions.push({ code: 'decided-before-late', message: msg('msg.letterWarning.decidedBeforeLate', decided) });
  const described = kind !== 'subject-notice' ? describedTime(detail) : null;
  if (described) cautions.push({ code: 'description-states-time', message: msg('msg.letterWarning.descriptionStatesTime', { words: described }) });
  const data = kind !== 'subject-notice' ? describedData(detail) : null;
  if (data) cautions.push({ code: 'description-states-data', message: msg('msg.letterWarning.descriptionStatesData', { words: data }) });
  const measures = kind === 'client-notice' ? registerMeasures(detail, date, given) : null;
  if (measures) cautions.push({ code: 'register-measures', message: msg('msg.letterWarning.registerMeasures', { measures }) });
  const effects = CONSEQUENCE_KINDS.has(kind) ? unconfirmedEffects(detail, labels, given) : null;
  if (effects) cautions.push({ code: 'effects-unconfirmed', message: msg('msg.letterWarning.effectsUnconfirmed', effects) });
  return cautions;
}
