import type { Kysely } from 'kysely';
import type { Database } from '../../../../db/schema';
import { civilDateInZone, todayInZone } from '../../deadlines';
import { getRequestDetail } from '../../requests/request-detail';
import { recordRequestEvent } from '../../requests/record-request-event';
import { requestAccessInputs } from '../../ropa/access-inputs';
import { readSettings } from '../../settings/settings-service';
import { REQUEST_LETTER_KINDS, type DocumentKind } from '../../../shared/document-contract';
import { hasLetters } from '../../../shared/pure/letter-regimes';
import type { LetterCase, LetterSource } from '../letters/letter-source';
import { loadFrame, loadLabels, loadLawTable } from '../letters/template-files';
import { checkExemption } from './exemption-check';
import { exemptionWords } from './exemption-words';
import { listDocuments } from '../document-store';
import { checkExtensionNoticeDate, datedAfterAnswerDue, extensionNoticeDefaultDate, requestDateRules } from './request-date-rules';
import { delayedStopDays, forwardedBefore, lateCcpaStopDue, requestLetterCautions } from './request-letter-cautions';
import { lateAcknowledgement } from './late-acknowledgement';
import { clockStartFields } from './clock-start-fields';
import { holdingReplyForwarding } from './holding-reply-forwarding';
import { prejudiceByRight, prejudiceDefault } from './undecies-prejudice';
import { formatCivilDate } from '../letters/format-date';
import { requestInputDefaults, requestLetterFields } from './request-letter-fields';
import { msg } from '../../i18n';
import { AppError, fieldIssue } from '../../errors';
import { hasImmediateType } from '../../requests/immediate-types';
import { outcomeMisfit } from './outcome-fit';
import { checkIdentityLetter, identityClockCautions, identityLetterFields } from './identity-letter';
import { ccpaDenialSections } from './ccpa-denial-sections';
import { noDataFields } from './no-data-fields';
import { optOutSubject } from './opt-out-subject';
import { portabilityAnsweredByAccess, portabilityFields } from './portability-fields';
import { addressesInPlural } from './recipient-greeting';
import { pluralAddress } from './plural-address';
import { labelForRepresentative } from './subject-voice';
import { personsChoice } from './person-choice';
import { getClient } from '../../clients/clients';
import { processorInstructionsCaution } from './processor-instructions';
import { fadpInputDefaults } from './fadp-fields';
import { fadpWithheldDisclosedCaution } from './fadp-withheld-caution';
import { checkLaterDate, laterDateCautions, laterDateFacts, laterDateNotYet } from './fadp-later-date';
import { identityHold } from './identity-hold';

/**
 * Letters only a request held in processor capacity has: the holding reply and the forwarding
 * notice. Every other kind is the controller's to send (Art. 28(3)(e)) and is refused on it.
 */
const PROCESSOR_KINDS: readonly DocumentKind[] = ['processor-holding-reply', 'client-forwarding-notice'];

/** The acknowledgements of receipt, one per law with letters: the case page offers the request's own first, before its identity letter. */
const ACKNOWLEDGEMENTS: readonly DocumentKind[] = ['acknowledgement', 'lgpd-acknowledgement', 'pipeda-acknowledgement', 'fadp-acknowledgement'];
const OFFERED_ORDER: readonly DocumentKind[] = [...ACKNOWLEDGEMENTS, ...REQUEST_LETTER_KINDS.filter((kind) => !ACKNOWLEDGEMENTS.includes(kind))];

/** Letters that promise an answer still to come: refused on a request already answered or withdrawn. */
const PROMISES_ANSWER: readonly DocumentKind[] = [
  'acknowledgement',
  'extension-notice',
  'lgpd-confirmation',
  'pipeda-extension',
  'lgpd-acknowledgement',
  'pipeda-acknowledgement',
  'fadp-acknowledgement',
  'fadp-later-date',
];

/** The first day a processor holding reply on this request was recorded as sent, or null. */
async function holdingReplySentOn(db: Kysely<Database>, requestId: string): Promise<string | null> {
  const days = (await listDocuments(db, 'request', requestId)).filter((d) => d.kind === 'processor-holding-reply').flatMap((d) => d.dispatches.map((s) => s.sentOn));
  return days.length > 0 ? days.reduce((a, b) => (a < b ? a : b)) : null;
}

/**
 * The day a confirmation says the action was taken is held to the facts, as the letter's own
 * date is: not before the request was received, not after the letter's date (a future action
 * confirmed in the present tense). VALIDATION naming the field otherwise.
 */
function checkActionDate(receivedDate: string, letterDate: string, given: unknown): void {
  if (typeof given !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(given.trim())) return;
  const day = given.trim();
  const problem =
    day < receivedDate ? msg('msg.error.letter.actionBeforeReceipt', { date: day, received: receivedDate }) : day > letterDate ? msg('msg.error.letter.actionAfterLetter', { date: day, letterDate }) : null;
  if (problem) throw new AppError('VALIDATION', problem, [fieldIssue('action.date', problem)]);
}

/**
 * Rights requests as letter cases: facts from the request page and the organisation
 * settings, dates in the organisation's zone, templates chosen by regime and request type,
 * and "letter finalised" recorded on the request's timeline.
 */
export const requestLetterSource: LetterSource = {
  caseType: 'request',
  kinds: OFFERED_ORDER,
  async load(db: Kysely<Database>, caseId: string, now: Date): Promise<LetterCase> {
    const [detail, settings] = await Promise.all([getRequestDetail(db, caseId, now), readSettings(db)]);
    const fromRegister = await requestAccessInputs(db, detail.id);
    const holdingSentOn = detail.processorSide ? await holdingReplySentOn(db, detail.id) : null;
    const client = detail.processorSide ? await getClient(db, detail.processorSide.clientId) : null;
    const law = loadLawTable();
    const labels = loadLabels();
    const today = todayInZone(detail.timeZone, now);
    const regimeName = msg(`msg.error.letter.regimeName.${detail.regime}`);
    const whyNot = (kind: DocumentKind) => {
      // A regime no template serves: said plainly, with what to do instead, before any other reason (review 7, G2).
      if (!hasLetters(detail.regime)) return msg('msg.error.letter.noLettersForRegime', { regime: [regimeName], reference: detail.reference });
      if (detail.processorSide !== null && !PROCESSOR_KINDS.includes(kind)) {
        return msg('msg.error.letter.processorSide', { kind, reference: detail.reference, client: detail.processorSide.clientName });
      }
      // An acknowledgement or extension notice promises an answer: none once the request was answered or withdrawn (review 5, E27).
      const closedOn = detail.closedAt ? civilDateInZone(detail.closedAt, detail.timeZone) : null;
      if (PROMISES_ANSWER.includes(kind) && closedOn !== null && (detail.status === 'responded' || detail.status === 'withdrawn')) {
        return msg(detail.status === 'responded' ? 'msg.error.letter.answeredAlready' : 'msg.error.letter.withdrawnAlready', { kind, reference: detail.reference, closedOn });
      }
      // The Swiss notice of a later date tells the reasons of the extension the register records: that comes first (Ordinance Art. 18(2)).
      const unextended = laterDateNotYet(detail, kind);
      if (unextended) return unextended;
      const immediate = hasImmediateType(detail.regime, detail.types);
      if (kind === 'extension-notice' && immediate) return msg('msg.error.letter.noExtensionImmediate', { reference: detail.reference, law: law[detail.regime]?.short ?? detail.regime });
      // Stopping marketing or ending a consent discloses nothing: no identity step, and no refusal for want of one (Art. 12(6)).
      const identityStep = kind === 'identity-verification' || (kind === 'refusal' && detail.refusalGround === 'identity-not-verified');
      if (identityStep && immediate) return msg('msg.error.letter.noIdentityImmediate', { kind, reference: detail.reference, law: law[detail.regime]?.short ?? detail.regime });
      // The confirmation of the other immediate right names the one that fits (Arts 7(3), 21(3)).
      const withdraws = detail.types.includes('consent-withdrawal');
      const optsOut = detail.types.includes('marketing-opt-out');
      if (kind === 'opt-out-confirmation' && withdraws && !optsOut) return msg('msg.error.letter.optOutForWithdrawal', { reference: detail.reference });
      if (kind === 'withdrawal-confirmation' && optsOut && !withdraws) return msg('msg.error.letter.withdrawalForOptOut', { reference: detail.reference });
      // Access and portability asked together: one letter, the access response with its portability section, answers both (review 7, G1).
      if (portabilityAnsweredByAccess(detail, kind)) return msg('msg.error.letter.portabilityInAccess', { reference: detail.reference });
      // Beside the fit to the request's type, the fit to its recorded outcome (review 6, F14, F15).
      return outcomeMisfit(detail, kind);
    };
    // Letters that give the person their data wait for the identity check (or its record that none is needed), citing the request's own law.
    const notYet = (kind: DocumentKind) => identityHold(detail, kind, law[detail.regime]?.short ?? detail.regime);
    return {
      caseType: 'request',
      caseId: detail.id,
      notYet,
      reference: detail.reference,
      description: msg('msg.error.letter.case.request', { law: [regimeName], types: detail.types.join(', ') }),
      frameKeys: ['recipient.name', 'recipient.contact', 'request.reference', 'request.receivedDate'],
      today,
      dateRules: (kind) => requestDateRules(detail, kind),
      // The forwarding notice is dated, unless the DPO says otherwise, on the day the forwarding is recorded; the extension notice on the day the extension is (F13).
      defaultDate: (kind) =>
        kind === 'extension-notice' || kind === 'fadp-later-date'
          ? extensionNoticeDefaultDate(detail, today)
          : kind === 'client-forwarding-notice' && detail.processorSide?.forwardedOn && detail.processorSide.forwardedOn <= today
            ? detail.processorSide.forwardedOn
            : null,
      cautions: (kind, date, given) => [
        ...requestLetterCautions(detail, kind, date, given, today, settings['ccpa.sellsOrShares']),
        ...identityClockCautions(detail, kind, date),
        ...processorInstructionsCaution(kind, client, law[detail.regime]?.short ?? detail.regime),
        ...fadpWithheldDisclosedCaution(kind, given, () => fromRegister('en')['access.recipients'] ?? null),
        ...laterDateCautions(detail, kind, date, today),
      ],
      // The Swiss notice of a later date keeps the date it names, which binds the register once the notice is recorded sent.
      documentFacts: (kind, given) => laterDateFacts(kind, given),
      whyNot,
      // To a representative the person is named where a choice or a label says "your" (review 7, G18), and a company or a firm is addressed in the plural in Italian; the client's forwarding notice already is, the person herself never.
      address: (language, kind) => {
        if (kind === 'client-forwarding-notice' || detail.requesterRelation === 'self') return null;
        const plural = addressesInPlural(detail.requesterName, language);
        return (text: string) => {
          const named = personsChoice(labelForRepresentative(text, language, detail.subjectName), language, detail.subjectName);
          return plural ? pluralAddress(named, [detail.subjectName]) : named;
        };
      },
      applies(template) {
        if (PROCESSOR_KINDS.includes(template.kind) && detail.processorSide === null) return false;
        if (whyNot(template.kind) !== null) return false;
        const fit = template.appliesTo[detail.regime];
        return fit === '*' || (Array.isArray(fit) && detail.types.some((t) => fit.includes(t)));
      },
      fields(language, kind, given, date) {
        checkActionDate(detail.receivedDate, date ?? today, given?.['action.date']);
        checkExtensionNoticeDate(detail, kind, date ?? today, law[detail.regime]?.short ?? detail.regime);
        checkLaterDate(detail, kind, date ?? today, given);
        // A letter being prepared (it has its date), not the list of kinds: the refusal names the field that lifts it.
        if (date !== undefined) checkIdentityLetter(detail, kind, date, given);
        if (kind === 'refusal' && detail.refusalGround === 'exemption') {
          const italian = settings['organisation.country'] === 'IT' && detail.regime === 'gdpr';
          checkExemption({ reference: detail.reference, types: detail.types, italian, uk: detail.regime === 'uk-gdpr', typeName: (t) => labels.requestTypes[t] ?? { en: t, it: t } }, given);
        }
        const dated = date ?? today;
        const earlier = forwardedBefore(detail, kind, dated);
        // A letter states as done only what had happened by its date: a holding reply sent later is not yet told.
        const toldBy = holdingSentOn !== null && holdingSentOn <= dated ? holdingSentOn : null;
        return {
          ...requestLetterFields({ detail, kind, settings, language, law, labels, holdingSentOn: toldBy, letterDate: dated }),
          'forward.earlier': earlier ? formatCivilDate(earlier, language) : null,
          ...lateAcknowledgement(detail, kind, dated, given, language),
          ...clockStartFields(detail, dated, language),
          ...identityLetterFields(detail, dated),
          ...(kind === 'ccpa-denial' ? ccpaDenialSections(detail.types, language, detail.outcome === 'partially-fulfilled') : {}),
          ...(kind === 'no-data-held' ? noDataFields(detail.types) : {}),
          // A stop dated past the caution's threshold is owned in the letter, with an apology (Arts 21(3), 7(3); review 5, E17; CCPA regs §§ 7026(f), 7027(g), review 6, F17).
          'action.delayed': delayedStopDays(detail, kind, given) !== null || lateCcpaStopDue(detail, kind, given, settings['ccpa.sellsOrShares']) !== null,
          'request.pastDue': datedAfterAnswerDue(detail, dated),
          ...(kind === 'processor-holding-reply' ? holdingReplyForwarding(detail, dated, language) : {}),
          ...(kind === 'opt-out-confirmation' ? optOutSubject(detail, language) : {}),
          ...portabilityFields(detail, kind, language),
          'refusal.prejudiceByRight': kind === 'refusal' ? prejudiceByRight(detail, labels, language, given) : null,
          ...exemptionWords(given, language, law[detail.regime]?.short ?? null, labels),
        };
      },
      inputDefaults: (language) => {
        const register = fromRegister(language);
        // The LGPD declaration and the PIPEDA response start from the register's purposes and sources as the access response does (LGPD Art. 19, II; PIPEDA Sch. 1, 4.9).
        const lgpd = { 'lgpd.purposes': register['access.purposes'] ?? null, 'lgpd.origin': register['access.source'] ?? null, 'pipeda.uses': register['access.purposes'] ?? null };
        const base = requestInputDefaults(detail, language, labels);
        return { ...register, ...lgpd, ...fadpInputDefaults(register, base['refusal.explanation'] ?? null), ...base, 'refusal.prejudice': prejudiceDefault(detail, labels, language),
          // Art. 20(2): offering the direct transmission is always true; the DPO says when it was done or cannot be.
          'portability.transmission': detail.types.includes('portability') ? 'offered' : null,
        };
      },
      extraReferences(language, fields) {
        // The forwarding notice goes to the client: the request is not "yours" to it.
        if (fields['client.name'] !== null && fields['recipient.name'] === fields['client.name']) return [];
        const received = fields['request.receivedDate'];
        const plural = detail.requesterRelation !== 'self' && addressesInPlural(detail.requesterName, language);
        const label = loadFrame().yourRequestOf[language];
        return typeof received === 'string' ? [{ label: plural ? pluralAddress(label, [detail.subjectName]) : label, value: received }] : [];
      },
      async recordFinalised(trx, facts, actor, at) {
        await recordRequestEvent(trx, { requestId: detail.id, action: 'request.letter-finalised', actor, at, facts });
      },
      async recordDocumentEvent(trx, action, facts, actor, at) {
        await recordRequestEvent(trx, { requestId: detail.id, action: `request.${action}`, actor, at, facts });
      },
    };
  },
};
