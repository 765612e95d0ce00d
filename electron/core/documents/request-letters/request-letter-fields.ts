import type { RefusalGround, RequestDetail, RequestType } from '../../../shared/requests';
import type { Settings } from '../../../shared/settings';
import { grantedOn } from './outcome-fit';
import type { DocumentKind, LetterLanguage } from '../../../shared/document-contract';
import type { FieldValues } from '../letters/field-catalogue';
import { complaintAuthority } from '../letters/complaint-phrase';
import { formatCivilDate } from '../letters/format-date';
import { fillPlaceholders } from '../letters/placeholders';
import { hasImmediateType } from '../../requests/immediate-types';
import type { LawTable, LetterLabels } from '../letters/template-schema';
import { requestTypesPhrase } from './request-types-phrase';
import { labelForRepresentative, subjectVoice } from './subject-voice';
import { recipientGreeting } from './recipient-greeting';
import { identityNeededDefault } from './identity-needed';
import { MANDATE_CHECKS } from './request-letter-cautions';
import { lgpdPetition } from './lgpd-petition';

/** Everything a request letter is filled from, besides the DPO's inputs. */
export interface RequestLetterContext {
  detail: RequestDetail;
  /** The letter's kind: the forwarding notice goes to the client, not to the person. */
  kind: DocumentKind;
  settings: Settings;
  language: LetterLanguage;
  law: LawTable;
  labels: LetterLabels;
  /** The day the holding reply to the person was first recorded as sent (YYYY-MM-DD), or null: the forwarding notice says only what was really said. */
  holdingSentOn: string | null;
  /** The letter's date (YYYY-MM-DD): the UK complaint phrase offers section 164A only from its coming into force (review 8, H6). */
  letterDate?: string;
}

const has = (detail: RequestDetail, ...types: RequestType[]) => detail.types.some((t) => types.includes(t));

/** The reason recorded with the last move into `status` (what the DPO wrote in the case). */
export function lastReasonInto(detail: RequestDetail, status: string): string | null {
  for (const entry of [...detail.timeline].reverse()) {
    const data = entry.data as { to?: unknown; reason?: unknown } | null;
    if (data && data.to === status && typeof data.reason === 'string' && data.reason.trim() !== '') return data.reason;
  }
  return null;
}

/** An address or e-mail as the recipient block prints it: trimmed lines, one per line. */
function lines(text: string | null): string | null {
  if (!text) return null;
  const parts = text.split(/\r?\n/).map((l) => l.trim()).filter((l) => l !== '');
  return parts.length > 0 ? parts.join('\n') : null;
}

/** An address as running text prints it: its lines joined with ", " (a line already ending in a comma keeps just that). */
function inline(text: string | null): string | null {
  const joined = lines(text);
  return joined === null ? null : joined.split('\n').map((l) => l.replace(/,$/, '')).join(', ');
}

/**
 * The facts of a request and of the organisation, as a letter prints them: dates in the
 * letter's language, request types in words, the authority the regime names, and the flags
 * templates test (regime, request types, identity, refusal ground). A request held for a client
 * names the client; its forwarding notice is addressed to the client. Nothing is invented:
 * what the vault does not hold stays null and is reported as missing where it is used.
 */
export function requestLetterFields(ctx: RequestLetterContext): FieldValues {
  const { detail: d, settings: s, language } = ctx;
  const date = (value: string | null) => (value ? formatCivilDate(value, language) : null);
  const law = ctx.law[d.regime];
  const byAgent = d.requesterRelation !== 'self';
  // A parent acting for a minor child is not an authorized agent: the CCPA lets a parent make the
  // request in the child's stead (Civ. Code § 1798.140(ak)); § 7063(a) is the agent's (thirteenth review, M1–M4).
  const byParent = d.requesterRelation === 'parent-guardian';
  const ccpaAgent = byAgent && !byParent;
  const lawFields = {
    'law.short': law?.short ?? null,
    'law.outsideArea': law?.outsideArea?.[language] ?? null,
    'law.monthRule': law?.monthRule?.[language] ?? null,
  };
  // Written to a representative, the person is named where the labels say "your" (review 7, G18); an identity refusal is about the mandate as well.
  const named = (text: string) => (byAgent ? labelForRepresentative(text, language, d.subjectName) : text);
  // PIPEDA's term is "personal information", in the opening as in the subject line (review 8, H8(a)).
  const toReader = (text: string) => (d.regime === 'pipeda' && language === 'en' ? named(text).replace(/\bpersonal data\b/g, 'personal information') : named(text));
  const groundKey = byAgent && d.refusalGround === 'identity-not-verified' ? 'identity-not-verified-agent' : d.refusalGround;
  const groundText = groundKey ? ctx.labels.refusalGrounds[groundKey]?.[language] : undefined;
  const ground = groundText === undefined ? undefined : toReader(groundText);
  const verifiable = has(d, 'know', 'delete', 'correct');
  const client = d.processorSide;
  const toClient = ctx.kind === 'client-forwarding-notice' && client !== null;
  const recipientName = toClient ? client.clientName : byAgent ? d.requesterName : d.subjectName;
  // A CCPA letter is read in California: American usage (review 10, K29); a client's forwarding notice is not the person's.
  const greeting = recipientGreeting(recipientName, language, d.regime === 'ccpa' && !toClient ? 'american' : 'british');
  const optOut = has(d, 'opt-out', 'limit');
  const immediate = hasImmediateType(d.regime, d.types);
  return {
    'organisation.name': s['organisation.name'],
    'organisation.address': s['organisation.address'],
    'organisation.dpoName': s['organisation.dpoName'],
    'organisation.dpoEmail': s['organisation.dpoEmail'],
    'organisation.dpoPhone': s['organisation.dpoPhone'],
    'organisation.privacyPolicyUrl': s['organisation.privacyPolicyUrl'],
    'ccpa.optOutNoticeUrl': s['ccpa.optOutNoticeUrl'],
    // Not said yet: the denial that must offer the opt-out names the setting as missing (§7022(g)).
    'ccpa.sellsOrShares': s['ccpa.sellsOrShares'],
    'authority.name': law?.authority ? law.authority.name[language] : s['organisation.authorityName'],
    // Printed inside a sentence ("…: Garante, Piazza Venezia 11, 00187 Roma (https://…)"): its lines joined by commas, never a line break mid-sentence.
    'authority.address': inline(law?.authority ? law.authority.address[language] : s['organisation.authorityAddress']),
    'authority.website': law?.authority ? law.authority.website : s['organisation.authorityWebsite'],
    'complaint.authority': complaintAuthority({
      language,
      regime: d.regime,
      authority: law?.authority
        ? { name: law.authority.name[language], address: law.authority.address[language], website: law.authority.website }
        : { name: s['organisation.authorityName'], address: s['organisation.authorityAddress'], website: s['organisation.authorityWebsite'] },
      country: s['organisation.country'],
      subjectName: byAgent ? d.subjectName : null,
      date: ctx.letterDate ?? null,
    }),
    'lgpd.petition': d.regime === 'lgpd' ? lgpdPetition(language, byAgent ? d.subjectName : null) : null,
    ...lawFields,
    'request.reference': d.reference,
    'request.receivedDate': date(d.receivedDate),
    // Parallel noun phrases where the types have them (CCPA; review 4, D21); otherwise their names, listed.
    'request.types': requestTypesPhrase(d.types, language, ctx.labels, toReader) ?? d.types.map((t) => toReader(ctx.labels.requestTypes[t]?.[language] ?? t)),
    'request.typesForClient': d.types.map((t) => ctx.labels.subjectRequestTypes[t]?.[language] ?? ctx.labels.requestTypes[t]?.[language] ?? t),
    'subject.name': d.subjectName,
    'recipient.name': recipientName,
    'recipient.greeting': greeting.greeting,
    'recipient.closing': greeting.closing,
    'recipient.contact': toClient ? lines(client.privacyContact) : byAgent ? lines(d.requesterEmail) : (lines(d.subjectAddress) ?? lines(d.subjectEmail)),
    'client.name': client?.clientName ?? null,
    'client.contact': client ? lines(client.privacyContact) : null,
    'forward.by': date(client?.forwardBy ?? null),
    'forward.on': date(client?.forwardedOn ?? null),
    'forward.holdingSentOn': client ? date(ctx.holdingSentOn) : null,
    'deadlines.due': date(d.deadlines.extendedDue ?? d.deadlines.due),
    'deadlines.originalDue': date(d.deadlines.due),
    'deadlines.extendedDue': date(d.deadlines.extendedDue),
    'refusal.ground': ground ? fillPlaceholders(ground, (key) => (key === 'subject.name' ? d.subjectName : (lawFields[key as keyof typeof lawFields] ?? ''))) : null,
    ...subjectVoice(d, language, date(d.receivedDate)),
    'regime.gdpr': d.regime === 'gdpr',
    'regime.ukGdpr': d.regime === 'uk-gdpr',
    'regime.ccpa': d.regime === 'ccpa',
    'regime.euOrUk': d.regime === 'gdpr' || d.regime === 'uk-gdpr',
    // The identity letter's branches under the other laws with letters (LGPD Art. 18 § 3; PIPEDA Sch. 1, 4.9.2; FADO Art. 16(5)).
    'regime.lgpd': d.regime === 'lgpd',
    'regime.pipeda': d.regime === 'pipeda',
    'regime.chFadp': d.regime === 'ch-fadp',
    'request.byAgent': byAgent,
    'request.ccpaAgent': ccpaAgent,
    'request.byParent': byParent,
    // The authority to act recorded as checked (an agent's signed permission, a parent's proof): a CCPA letter then asks for it no more (CCPA regs § 7063(a)).
    'request.agentPermission': ccpaAgent && d.identity.outcome === 'verified' && d.identity.method !== null && MANDATE_CHECKS.includes(d.identity.method),
    // Made by an agent, with no check of the consumer's own identity recorded (none asked, or only the agent's permission): an identity denial is then for want of the signed permission, never a failed identity check (CCPA regs § 7063(a); review 10, K19).
    'request.agentPermissionMissing': ccpaAgent && (d.identity.method === null || (MANDATE_CHECKS.includes(d.identity.method) && d.identity.outcome !== 'verified')),
    'request.ccpaVerifiable': verifiable,
    'request.ccpaOptOut': optOut,
    'request.ccpaMixed': verifiable && optOut,
    'request.hasKnow': has(d, 'know'),
    'request.hasDelete': has(d, 'delete'),
    'request.hasCorrect': has(d, 'correct'),
    'request.hasSaleOptOut': has(d, 'opt-out'),
    'request.hasLimit': has(d, 'limit'),
    'outcome.partial': d.outcome === 'partially-fulfilled',
    // The LGPD declaration then states the absence of record (Art. 19, II).
    'outcome.noData': d.outcome === 'no-data-held',
    // The period was extended: a letter then announces the extended day, never "one month" or "45 days", nor a further extension (Art. 12(3); CCPA §7021(b)).
    'request.extended': d.deadlines.extendedDue !== null,
    'ccpa.sells': s['ccpa.sellsOrShares'] === 'yes',
    'ccpa.sellsUnknown': s['ccpa.sellsOrShares'] === null,
    'request.immediate': immediate,
    'request.immediateMarketing': immediate && has(d, 'marketing-opt-out'),
    'request.immediateConsent': immediate && has(d, 'consent-withdrawal'),
    'identity.verified': d.identity.outcome === 'verified',
    // A copy of an identity document is asked for only when the DPO chose it; the letter then says it is deleted once verified (Art. 5(1)(c), (e); review D19).
    'identity.idCopy': d.identity.method === 'id-document',
    'refusal.exemption': d.refusalGround === 'exemption',
    'controller.italian': s['organisation.country'] === 'IT' && d.regime === 'gdpr',
  };
}

/** The CCPA denial's ground as the request's recorded refusal ground gives it. */
const DENIAL_GROUND: Partial<Record<RefusalGround, string>> = { 'identity-not-verified': 'identity', exemption: 'exception' };

/**
 * What the editable fields start from, taken from the case: what the identity check needs
 * (by its method), the reasons the DPO recorded for the identity request, the extension
 * and the refusal, and the date the request was closed. The DPO sees and edits them in the
 * preview; the rest start empty.
 */
export function requestInputDefaults(detail: RequestDetail, language: LetterLanguage, labels: LetterLabels): Record<string, string | null> {
  const refusedReason = detail.outcome === 'refused' ? lastReasonInto(detail, 'responded') : null;
  return {
    'identity.needed': identityNeededDefault(detail, language, labels),
    'identity.reason': lastReasonInto(detail, 'awaiting-identity'),
    'extension.reasons': detail.extensionReason,
    // The closing is the day of the action only when the request was granted: never a refusal's day (review 6, F15).
    'action.date': grantedOn(detail),
    'refusal.explanation': refusedReason,
    'denial.reasons': refusedReason,
    // Art. 19, in the finding's words: the recipients told, named on request; the DPO changes it when there were none or telling them proved impossible (review D26).
    'action.recipientsTold': 'notified',
    // The ground the request was closed on, when it was closed as refused; otherwise the DPO chooses it (review D20).
    'denial.ground': detail.refusalGround ? (DENIAL_GROUND[detail.refusalGround] ?? null) : null,
    ...ccpaAgentNeeds(detail, language, labels),
  };
}

/**
 * What a CCPA authorized agent is asked for: proof of the consumer's signed permission, and
 * that the consumer may be asked to verify or confirm directly (CCPA regs § 7063(a)); never the
 * agent's own identity, which § 7063(a) gives no ground to collect (§ 7002; review 10, K18).
 */
function ccpaAgentNeeds(detail: RequestDetail, language: LetterLanguage, labels: LetterLabels): Record<string, string> {
  const need = labels.identityNeeds['agent-authorisation-ccpa']?.[language];
  if (detail.regime !== 'ccpa' || detail.identity.method !== 'agent-authorisation' || need === undefined) return {};
  return { 'identity.needed': fillPlaceholders(need, (key) => (key === 'subject.name' ? detail.subjectName : '')) };
}
