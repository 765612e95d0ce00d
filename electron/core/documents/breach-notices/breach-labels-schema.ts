import { z } from 'zod';
import { availabilityLosses, confidentialityLosses, dataCategories, integrityLosses } from '../../../shared/breach-facts';
import { riskLevels, severityLevels } from '../../../shared/triage-result';
import { ART34_EXEMPTIONS, AUTHORITY_CHANNELS, BREACH_CAUSES, SUBJECT_CHANNELS, SUBJECT_CATEGORIES } from '../../../shared/breaches';

const localised = z.object({ en: z.string().min(1), it: z.string().min(1) }).strict();
/** Every code of a closed list has its words (a record over an enum is exhaustive in zod 4). */
const every = <const T extends readonly [string, ...string[]]>(codes: T) => z.record(z.enum(codes), localised);
/** Some codes have words (consequences and advice exist only for some data categories). */
const some = <const T extends readonly [string, ...string[]]>(codes: T) => z.partialRecord(z.enum(codes), localised);

/** The sentences breach notices build from the register's facts, with `{{a.b}}` slots. */
export const BREACH_PHRASES = [
  'yes',
  'no',
  'none',
  'noOtherStates',
  'otherStatesUnknown',
  'nis2PreviousReference',
  'authoritySingleStateChecking',
  'authorityNamed',
  'authorityUnknown',
  'authoritySingleState',
  'authorityOneStopShop',
  'authorityOneStopShopSingle',
  'authorityNonEu',
  'ended',
  'contained',
  'period',
  'since',
  'sinceContained',
  'until',
  'causeWithIntent',
  'severity',
  'consequences',
  'consequencesYou',
  'unintelligibleYou',
  'unlikelyRiskYou',
  'noHighRiskYou',
  'availabilityConsequence',
  'integrityConsequence',
  'misuseObserved',
  'misuseObservedYou',
  'noMisuseObserved',
  'noMisuseObservedYou',
  'genericConsequence',
  'subjectsTold',
  'subjectsEarlier',
  'subjectsEarlierChannel',
  'subjectsToBeTold',
  'subjectsNotToldExempt',
  'subjectsNotToldNoHighRisk',
  'publicCommunication',
  'previousNotice',
  'previousReference',
  'completesPreliminary',
  'completesPreliminaryReference',
  'earlierNotice',
  'earlierNoticeReference',
  'earlierNoticeLate',
  'unintelligible',
  'adviceAlways',
  'recipient',
  'measure',
  'deliberate',
  'accidental',
  'clientDeadlineHours',
  'clientDeadlineNone',
  'clientAgreement',
  'clientAgreementUndated',
  'clientPrevious',
  'clientPreviousReference',
  'clientEarlier',
  'clientEarlierReference',
  'clientAuthorityNotice',
  'clientAuthorityNoticeReference',
  'clientNoticeSent',
  'clientNoticeSentReference',
  'clientNoticeUnsent',
  'clientNoticeUnsentLate',
  'clientChannelPec',
  'otherBodyNis2',
  'controllerInformed',
  'nis2Previous',
  'nis2DueHours',
  'nis2DueMonth',
  'nis2DueAfterNotification',
  'nis2DueOnRequest',
  'nis2DueOnRequestOf',
  'nis2DueAfterHandling',
  'csirtContact',
  'nis2Essential',
  'nis2Important',
  'suspectedMalicious',
  'notSuspectedMalicious',
  'crossBorderStates',
  'noCrossBorder',
  'alsoPersonalData',
  'discoveredByAwareness',
] as const;

/** The facts a notice to a client may not know yet, listed as "still to follow" (Art. 33(4)). */
export const CLIENT_UNKNOWN_FACTS = [
  'breach.occurred',
  'breach.discoveredAt',
  'breach.ongoing',
  'breach.cause',
  'breach.confidentiality',
  'breach.integrity',
  'breach.availability',
  'breach.systems',
  'client.subjects',
  'client.records',
  'client.subjectCategories',
  'client.dataCategories',
  'breach.consequences',
  'breach.securityMeasures',
  'breach.measuresTaken',
] as const;

const channels = [...new Set([...AUTHORITY_CHANNELS, ...SUBJECT_CHANNELS])] as [string, ...string[]];

/** `assets/templates/breaches/labels.json`: the words for the register's codes in each language. */
export const breachLabelsSchema = z
  .object({
    causes: every(BREACH_CAUSES),
    subjectCategories: every(SUBJECT_CATEGORIES),
    greetings: some([...SUBJECT_CATEGORIES, 'default'] as const).refine((g) => g.default !== undefined, 'greetings needs a default'),
    dataCategories: every(dataCategories),
    consequences: some(dataCategories),
    advice: some(dataCategories),
    confidentiality: every(confidentialityLosses),
    integrity: every(integrityLosses),
    availability: every(availabilityLosses),
    severity: every(severityLevels),
    risk: every(riskLevels),
    art34Exemptions: every(ART34_EXEMPTIONS),
    channels: every(channels),
    phrases: every(BREACH_PHRASES),
    unknownFacts: every(CLIENT_UNKNOWN_FACTS),
  })
  .strict();
export type BreachLabels = z.infer<typeof breachLabelsSchema>;
export type BreachPhrase = (typeof BREACH_PHRASES)[number];
