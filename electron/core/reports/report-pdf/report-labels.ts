import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { BREACH_STATUSES } from '../../../shared/breaches';
import { IDENTITY_OUTCOMES, OUTCOMES, REFUSAL_GROUNDS, REQUEST_STATUSES } from '../../../shared/requests';
import { assetsDir } from '../../assets-dir';
import { riskLevels } from '../../../shared/triage-result';
import { REGIMES, REQUEST_TYPES, type RequestType } from '../../../shared/regimes';

const localised = z.object({ en: z.string().min(1), it: z.string().min(1) }).strict();
/** Every code of a closed list has its words (a record over an enum is exhaustive in zod 4). */
const every = <const T extends readonly [string, ...string[]]>(codes: T) => z.record(z.enum(codes), localised);

/** The report's own words, by key; sentences hold `{{a.b}}` slots. */
export const REPORT_TEXTS = [
  'title', 'subtitle', 'organisation', 'period', 'periodValue', 'periodToDate', 'timeZone', 'generatedAt', 'basis', 'summary',
  'measure', 'value', 'requestsHeading', 'received', 'closed', 'open', 'overdue', 'withinLegal', 'withinCommitment',
  'shareOf', 'notApplicable', 'medianDays', 'p90Days', 'extensions', 'identityFailures', 'breachesHeading',
  'breaches', 'notified', 'within72h', 'medianHours', 'hoursEach', 'peopleAffected', 'requestsSection', 'requestsByType',
  'requestsByRegime', 'requestsByRole', 'role', 'type', 'regime', 'receivedColumn', 'closedColumn', 'openColumn', 'overdueColumn', 'refusals',
  'ground', 'number', 'noRefusals', 'chartTitle', 'chartTitleYears', 'chartAxis', 'chartMonths', 'chartYears',
  'otherTypes', 'noRequests', 'breachesSection', 'breachesBySeverity', 'severity', 'untriaged', 'breachesByCause',
  'cause', 'unknownCause', 'noBreaches', 'integrity', 'integrityOk', 'integrityBroken', 'verified', 'events',
  'headHash', 'yes', 'no', 'requestRegister', 'requestRegisterNote', 'requestRegisterNoteNames', 'breachRegister',
  'breachRegisterNote', 'continued', 'page', 'footer', 'colReference', 'colRegime', 'colTypes', 'colReceived',
  'colStatus', 'colOutcome', 'colIdentity', 'colLegalDue', 'colExtendedDue', 'colOrgDue', 'colAnswered', 'colDays',
  'colInTime', 'colInCommitment', 'colSubject', 'colTitle', 'colAwareAt', 'colCause', 'colSeverity', 'colRisk',
  'colDecision', 'colFirstNotice', 'colHours', 'colWithin72h', 'colPeopleTold', 'colPeople', 'colClosed',
  'lateRegister', 'lateRegisterNote', 'noLate', 'colLateLegal', 'colLateCommitment',
  'overdueCommitment', 'totalsExplained', 'totalsAllAnswered', 'typesExplained', 'colEffects', 'colRemedial', 'effectsUnknown', 'noRemedialAction', 'notNotifiedBecause', 'reasonNotRecorded', 'noDataHeld',
  'authorityDueRunning', 'authorityDueOverdue', 'clientNotices', 'clientNotified', 'clientNotifiedRef', 'clientNotYetTold', 'nis2Reports', 'nis2ReportRef', 'nis2EarlyWarning', 'nis2Notification', 'nis2Progress', 'nis2Final',
  'commitmentsHeading', 'commitmentsStated', 'commitmentsNone', 'commitmentResponse', 'commitmentComplex', 'commitmentAcknowledge', 'commitmentsWithinLaw', 'commitmentBeyondLaw',
  'commitmentWhatResponse', 'commitmentWhatComplex', 'commitmentWhatAcknowledge', 'commitmentTypesAll', 'commitmentTypesSome', 'commitmentTypeItem', 'commitmentTypesAnd', 'commitmentNotApplied',
  'legalPeriodMonth', 'legalPeriodMonths', 'legalPeriodCalendarDays', 'legalPeriodBusinessDays',
  'processorForwardedInTime', 'processorForwardedLate', 'processorLateItem', 'processorLateItemOne', 'processorExplained', 'processorFor', 'processorForwardBy', 'processorNoAgreedTime', 'processorForwarded', 'processorNotForwarded', 'processorNoLegalDue', 'processorAgreementKept', 'processorRegisterNote',
  'openOverdueNote', 'openOverdueItem', 'openOverdueItemOne', 'openOverdueItemExtension', 'openOverdueItemOneExtension', 'extensionNotInEffect', 'lateOriginalDue',
  'delayReasons', 'delayReasonsMissing', 'completeOwed', 'completeOverdue', 'completeOverdueOneDay', 'severityOutweighed', 'severitySetAside', 'effectsNotExpected', 'effectsEncrypted',
] as const;
export type ReportText = (typeof REPORT_TEXTS)[number];

/** `assets/templates/reports/labels.json`: the report's words and the registers' codes in each language. */
export const reportLabelsSchema = z
  .object({
    text: every(REPORT_TEXTS),
    types: every(REQUEST_TYPES as [RequestType, ...RequestType[]]),
    regimes: every(REGIMES),
    statuses: every(REQUEST_STATUSES),
    outcomes: every(OUTCOMES),
    refusalGrounds: every(REFUSAL_GROUNDS),
    identity: every(IDENTITY_OUTCOMES),
    breachStatuses: every(BREACH_STATUSES),
    risk: every(riskLevels),
    roles: every(['controller', 'processor'] as const),
  })
  .strict();
export type ReportLabels = z.infer<typeof reportLabelsSchema>;

let cached: ReportLabels | null = null;

/** The report labels, checked against their schema once per process (a malformed file names its path). */
export function loadReportLabels(): ReportLabels {
  if (cached) return cached;
  const path = join(assetsDir(), 'templates', 'reports', 'labels.json');
  const parsed = reportLabelsSchema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
  if (!parsed.success) throw new Error(`The report labels ${path} are not valid: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  cached = parsed.data;
  return cached;
}
