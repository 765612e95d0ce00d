import type { DocumentKind, LetterInputs, LetterWarning } from '../../../shared/document-contract';
import { daysBetween, isCivilDate } from '../../../shared/pure/civil-date';
import type { RequestDetail } from '../../../shared/requests';
import type { Settings } from '../../../shared/settings';
import { msg, type Message } from '../../i18n';
import { loadLawTable } from '../letters/template-files';
import { portableCopyNamedTwice } from './portable-copy-enclosure';

/**
 * Days between receipt and the confirmed stop beyond which an objection to direct marketing or
 * a withdrawal of consent reads as deferred: "at once" (Arts 21(3), 7(3)) leaves room for a
 * weekend, not for a week.
 */
const PROMPT_DAYS = 3;

/** The confirmations of a request acted on at once, with the rule each answers to. */
const IMMEDIATE_CONFIRMATIONS: Partial<Record<DocumentKind, { type: 'marketing-opt-out' | 'consent-withdrawal'; rule: string }>> = {
  'opt-out-confirmation': { type: 'marketing-opt-out', rule: 'msg.letterWarning.ruleMarketing' },
  'withdrawal-confirmation': { type: 'consent-withdrawal', rule: 'msg.letterWarning.ruleConsent' },
};

/** A caution: its code and its words. */
type Caution = { code: LetterWarning['code']; message: Message };

/** The day a forwarding notice dated `date` says the forwarding happened, when it was recorded before that day; null otherwise. */
export function forwardedBefore(detail: RequestDetail, kind: DocumentKind, date: string): string | null {
  const on = kind === 'client-forwarding-notice' ? (detail.processorSide?.forwardedOn ?? null) : null;
  return on !== null && on < date ? on : null;
}

/**
 * The days from receipt to the stop a confirmation of an objection to direct marketing or of a
 * withdrawal of consent records (GDPR and UK GDPR), when they pass {@link PROMPT_DAYS}; null
 * when the letter is not such a confirmation, the day is not given or the stop was prompt. The
 * caution and the letter's own apology (review 5, E17) answer to this one threshold.
 */
export function delayedStopDays(detail: RequestDetail, kind: DocumentKind, given?: LetterInputs): number | null {
  const immediate = IMMEDIATE_CONFIRMATIONS[kind];
  const actionDate = typeof given?.['action.date'] === 'string' ? given['action.date'].trim() : '';
  const euOrUk = detail.regime === 'gdpr' || detail.regime === 'uk-gdpr';
  if (!immediate || !euOrUk || !detail.types.includes(immediate.type) || !isCivilDate(actionDate)) return null;
  const days = daysBetween(detail.receivedDate, actionDate);
  return days > PROMPT_DAYS ? days : null;
}

/** The CCPA request types whose stop has 15 business days, with the rule each answers to. */
const CCPA_STOPS: readonly { type: 'opt-out' | 'limit'; rule: string }[] = [
  { type: 'opt-out', rule: 'msg.letterWarning.ruleCcpaSale' },
  { type: 'limit', rule: 'msg.letterWarning.ruleCcpaLimit' },
];

/** Whether the business sells or shares personal information, as Settings say (CCPA), or null when they do not say. */
type SellsOrShares = Settings['ccpa.sellsOrShares'];

/**
 * The CCPA stops a request asks for: a limit on sensitive personal information always; an opt-out
 * of sale or sharing unless Settings say the business neither sells nor shares, when there is
 * nothing to stop and the confirmation says so instead (review 10, K16).
 */
function ccpaStops(detail: RequestDetail, sells: SellsOrShares): typeof CCPA_STOPS {
  return CCPA_STOPS.filter((s) => detail.types.includes(s.type) && !(s.type === 'opt-out' && sells === 'no'));
}

/**
 * The last of the 15 business days a CCPA opt-out of sale or sharing (CCPA regs § 7026(f)) or a
 * limit on sensitive personal information (§ 7027(g)) allows ("as soon as feasibly possible, but
 * no later than 15 business days from the date the business receives the request"), when the
 * opt-out confirmation records the stop after it; null otherwise. The request's legal due is
 * that day (the earliest of its types' wins). The letter's apology and the caution answer to it
 * alike (review 6, F17, as E17 for the GDPR). A business that neither sells nor shares stops
 * nothing on an opt-out, so only a limit can be late (review 10, K16).
 */
export function lateCcpaStopDue(detail: RequestDetail, kind: DocumentKind, given: LetterInputs | undefined, sells: SellsOrShares): string | null {
  const actionDate = typeof given?.['action.date'] === 'string' ? given['action.date'].trim() : '';
  const due = detail.deadlines.due;
  const stops = ccpaStops(detail, sells).length > 0;
  if (kind !== 'opt-out-confirmation' || detail.regime !== 'ccpa' || !stops || due === null || !isCivilDate(actionDate)) return null;
  return actionDate > due ? due : null;
}

/**
 * What the DPO should weigh before finalising a request letter: a forwarding notice dated
 * after the forwarding the request records (it then confirms it, and says so); a confirmation
 * that marketing or consent-based processing stopped more than {@link PROMPT_DAYS} days after
 * the request arrived (Arts 21(3) and 7(3): at once), citing the request's own law (GDPR or UK
 * GDPR), or a CCPA opt-out or limit stopped after its 15 business days; a 2-undecies refusal giving
 * every right the same reason; a GDPR or UK GDPR extension notice dated within the first month
 * but written (`today`) after it, which extends only if it reached the person by then; an answer
 * to a representative whose authority to act is not recorded as checked.
 */
export function requestLetterCautions(detail: RequestDetail, kind: DocumentKind, date: string, given?: LetterInputs, today?: string, sells: SellsOrShares = null): Caution[] {
  const cautions: Caution[] = [];
  // Dated within the first month but written after it: only a notice that reached the person by then extends (Art. 12(3); review 6, F13).
  const due = detail.deadlines.due;
  if (kind === 'extension-notice' && (detail.regime === 'gdpr' || detail.regime === 'uk-gdpr') && due !== null && today !== undefined && date <= due && today > due) {
    cautions.push({ code: 'extension-month-over', message: msg('msg.letterWarning.extensionMonthOver', { date, due, law: loadLawTable()[detail.regime]?.short ?? detail.regime }) });
  }
  const forwardedOn = forwardedBefore(detail, kind, date);
  if (forwardedOn !== null) {
    cautions.push({ code: 'forwarded-earlier', message: msg('msg.letterWarning.forwardedEarlier', { client: detail.processorSide?.clientName ?? '', forwardedOn, date }) });
  }
  const immediate = IMMEDIATE_CONFIRMATIONS[kind];
  const days = delayedStopDays(detail, kind, given);
  if (immediate && days !== null) {
    const actionDate = String(given?.['action.date']).trim();
    const law = loadLawTable()[detail.regime]?.short ?? detail.regime;
    cautions.push({ code: 'action-delayed', message: msg('msg.letterWarning.actionDelayed', { actionDate, days, received: detail.receivedDate, rule: [msg(immediate.rule, { law })] }) });
  }
  const ccpaDue = lateCcpaStopDue(detail, kind, given, sells);
  if (ccpaDue !== null) {
    const rules = ccpaStops(detail, sells);
    const rule = [msg(rules.length > 1 ? 'msg.letterWarning.ruleCcpaBoth' : (rules[0]?.rule ?? 'msg.letterWarning.ruleCcpaSale'))];
    cautions.push({ code: 'action-delayed', message: msg('msg.letterWarning.actionDelayedCcpa', { actionDate: String(given?.['action.date']).trim(), due: ccpaDue, rule }) });
  }
  if (answersWithoutMandate(detail, kind)) {
    const law = loadLawTable()[detail.regime]?.short ?? detail.regime;
    cautions.push({ code: 'no-mandate', message: msg('msg.letterWarning.noMandate', { reference: detail.reference, requester: detail.requesterName ?? '', subject: detail.subjectName, kind, law }) });
  }
  const same = kind === 'refusal' ? samePrejudice(given) : null;
  if (same !== null) cautions.push({ code: 'same-prejudice', message: msg('msg.letterWarning.samePrejudice', { reason: same }) });
  // The list opens with the portable copy the letter encloses; a typed line naming it too would list it twice (review 8, H3 (c)).
  const twice = portableCopyNamedTwice(detail, kind, given);
  if (twice !== null) cautions.push({ code: 'enclosure-twice', message: msg('msg.letterWarning.enclosureTwice', { line: twice, format: String(given?.['portability.format'] ?? '').trim() }) });
  return cautions;
}

/** Letters that only receive, ask or wait: they disclose nothing and act on nothing, so they need no authority checked yet. */
const BEFORE_ANSWER: readonly DocumentKind[] = [
  'acknowledgement',
  'identity-verification',
  'extension-notice',
  'processor-holding-reply',
  'client-forwarding-notice',
  'lgpd-acknowledgement',
  'pipeda-acknowledgement',
  'fadp-acknowledgement',
  'fadp-later-date',
];

/** The identity checks that, verified, record a representative's authority: an agent's written authorisation, a parent's proof of responsibility. */
export const MANDATE_CHECKS: readonly string[] = ['agent-authorisation', 'parental-authority-proof'];

/**
 * True when a request made on someone's behalf (`requesterRelation` not `self`) reaches an answer
 * with no authority to act recorded as checked: the answer would go to someone who has not shown
 * they may act for the person (Art. 12(6) GDPR; EDPB Guidelines 01/2022 on the right of access,
 * §§ 79–85; ICO guidance on requests made on behalf of others; CCPA regs § 7063). A refusal for
 * want of identity is the answer to exactly that, and is not cautioned (review 7, G18).
 */
function answersWithoutMandate(detail: RequestDetail, kind: DocumentKind): boolean {
  if (detail.requesterRelation === 'self' || BEFORE_ANSWER.includes(kind)) return false;
  if ((kind === 'refusal' || kind === 'ccpa-denial') && detail.refusalGround === 'identity-not-verified') return false;
  return !(detail.identity.outcome === 'verified' && detail.identity.method !== null && MANDATE_CHECKS.includes(detail.identity.method));
}

/**
 * The one reason every right of a 2-undecies refusal carries, when there are two rights or more
 * and the DPO gave each the same words: the "pregiudizio effettivo e concreto" is per right
 * (art. 2-undecies, comma 1; review 5, E4, after D12), and a reason good for access says nothing
 * about erasure or rectification. Null otherwise.
 */
function samePrejudice(given: LetterInputs | undefined): string | null {
  const letter = given?.['refusal.undeciesLetter'];
  const raw = given?.['refusal.prejudice'];
  if (typeof letter !== 'string' || letter.trim() === '' || raw === undefined || raw === null) return null;
  const lines = (Array.isArray(raw) ? raw : raw.split(/\r?\n/)).filter((line) => line.includes(':'));
  const reasons = lines.map((line) => line.slice(line.indexOf(':') + 1).trim()).filter((reason) => reason !== '');
  if (reasons.length < 2 || reasons.length < lines.length) return null;
  const first = reasons[0] as string;
  return reasons.every((reason) => reason.toLowerCase() === first.toLowerCase()) ? first : null;
}
