import type { Localised } from '../../../shared/document-contract';
import type { BreachLabels } from '../../documents/breach-notices/breach-labels-schema';
import type { LateAnswer } from '../../../shared/reports';
import type { BreachRegisterRow, RequestRegisterRow } from '../build-audit-report';
import { BREACH_REGISTER_COLUMNS, REQUEST_REGISTER_COLUMNS, breachRegisterCells, requestRegisterCells } from '../register-rows';
import type { BreachEffects } from './breach-effects';
import type { BreachRowNotes } from './breach-row-notes';
import type { RegisterColumn } from './register-table';
import type { ReportWords } from './report-words';

/** A label continuing a cell after a colon starts in lower case ("Rifiutata: identità non verificata"). */
const afterColon = (label: string, language: string): string => label.charAt(0).toLocaleLowerCase(language) + label.slice(1);

type Cell = string | number | boolean | null;
type RequestKey = (typeof REQUEST_REGISTER_COLUMNS)[number] | 'subject';
type BreachKey = (typeof BREACH_REGISTER_COLUMNS)[number];

/** A printed column: which register column it shows, its width share and header. */
interface Printed<K extends string> extends RegisterColumn {
  key: K;
}

/** Every word of a code table in the report's language (a column's closed list). */
const vocabulary = (w: ReportWords, table: Record<string, Localised | undefined>): string[] => Object.keys(table).map((code) => w.code(table, code));

const yesNo = (w: ReportWords, value: Cell) => (value === null ? '' : value === true ? w.t('yes') : w.t('no'));

/**
 * The requests register as the PDF prints it: the CSV's columns (same cells, same rules for
 * "answered" and "on time"), codes in words, the channel left out for width, the refusal
 * ground beside the outcome, and the data subject only when asked for.
 */
export function requestRegister(w: ReportWords, withNames: boolean) {
  const l = w.labels;
  const columns: Printed<RequestKey>[] = [
    { key: 'reference', header: w.t('colReference'), weight: 56 },
    { key: 'regime', header: w.t('colRegime'), weight: 42, words: vocabulary(w, l.regimes) },
    { key: 'types', header: w.t('colTypes'), weight: withNames ? 62 : 82, words: vocabulary(w, l.types) },
    { key: 'received', header: w.t('colReceived'), weight: 50 },
    { key: 'status', header: w.t('colStatus'), weight: withNames ? 56 : 60, words: vocabulary(w, l.statuses) },
    { key: 'outcome', header: w.t('colOutcome'), weight: withNames ? 100 : 108, words: [...vocabulary(w, l.outcomes), ...vocabulary(w, l.refusalGrounds)] },
    { key: 'identity', header: w.t('colIdentity'), weight: withNames ? 46 : 50, words: vocabulary(w, l.identity) },
    { key: 'legal_due', header: w.t('colLegalDue'), weight: 50 },
    { key: 'extended_due', header: w.t('colExtendedDue'), weight: withNames ? 46 : 50 },
    { key: 'organisation_due', header: w.t('colOrgDue'), weight: 50 },
    { key: 'answered_on', header: w.t('colAnswered'), weight: 50 },
    { key: 'days_to_respond', header: w.t('colDays'), weight: 28, align: 'right' },
    { key: 'within_legal_deadline', header: w.t('colInTime'), weight: 38 },
    { key: 'within_commitment', header: w.t('colInCommitment'), weight: 48 },
    ...(withNames ? [{ key: 'subject' as const, header: w.t('colSubject'), weight: 84 }] : []),
  ];
  // Where each printed column's value sits in the register's cells, found once rather than row by row.
  const names: readonly RequestKey[] = [...REQUEST_REGISTER_COLUMNS, 'subject'];
  const at = columns.map((c) => names.indexOf(c.key));
  const refusalAt = names.indexOf('refusal_ground');
  const extensionAt = names.indexOf('extension_in_effect');
  const text = (key: RequestKey, value: Cell, refusal: Cell): string => {
    if (value === null) return '';
    switch (key) {
      case 'regime': return w.code(l.regimes, String(value));
      case 'types': return String(value).split('+').map((t) => w.code(l.types, t)).join(', ');
      case 'status': return w.code(l.statuses, String(value));
      case 'outcome': return refusal ? `${w.code(l.outcomes, String(value))}: ${afterColon(w.code(l.refusalGrounds, String(refusal)), w.language)}` : w.code(l.outcomes, String(value));
      case 'identity': return w.code(l.identity, String(value));
      case 'days_to_respond': return w.count(Number(value));
      case 'within_legal_deadline':
      case 'within_commitment': return yesNo(w, value);
      default: return String(value);
    }
  };
  /**
   * A request handled as processor is left out of the legal deadline and the commitment (section 1): "—" under both,
   * never a date or a "Yes" the law does not give (review 6, F4). The client is named as controller under the outcome;
   * the agreement's time to forward it, the day it was forwarded and whether the agreement was kept stand as their own
   * facts in the commitment's column, which the register's note explains (Art. 28(3)(e) GDPR; lawyer review 5, E1).
   */
  const processorCell = (key: RequestKey, printed: string, value: (k: RequestKey) => Cell): string => {
    switch (key) {
      case 'outcome': return [printed, w.t('processorFor', { 'client.name': String(value('controller_client') ?? '') })].filter((line) => line !== '').join('\n');
      case 'legal_due':
      case 'within_legal_deadline':
      case 'within_commitment': return w.t('processorNoLegalDue');
      case 'organisation_due': {
        const agreed = value('forward_by') === null ? w.t('processorNoAgreedTime') : w.t('processorForwardBy', { 'request.forwardBy': String(value('forward_by')) });
        const forwarded = value('forwarded_on') === null ? w.t('processorNotForwarded') : w.t('processorForwarded', { 'request.forwardedOn': String(value('forwarded_on')) });
        const kept = value('forwarded_in_time');
        return [agreed, forwarded, ...(kept === null ? [] : [w.t('processorAgreementKept', { 'request.kept': yesNo(w, kept) })])].join('\n');
      }
      default: return printed;
    }
  };
  return {
    columns,
    cells(row: RequestRegisterRow): string[] {
      const values = requestRegisterCells(row, withNames);
      const refusal = values[refusalAt] ?? null;
      const printed = columns.map((c, i) => text(c.key, values[at[i] ?? -1] ?? null, refusal));
      if (row.client_id === null) {
        // An extension whose notice was not recorded sent within the first period: its date, and that the original binds (review 6, F13).
        if (values[extensionAt] !== false) return printed;
        return columns.map((c, i) => (c.key === 'extended_due' ? `${printed[i] ?? ''}\n${w.t('extensionNotInEffect')}` : (printed[i] ?? '')));
      }
      const value = (key: RequestKey) => values[names.indexOf(key)] ?? null;
      return columns.map((c, i) => processorCell(c.key, printed[i] ?? '', value));
    },
  };
}

/**
 * What the register says under a first notification to the authority: the reasons for the delay when it came after
 * 72 hours (Art. 33(1), or that none are recorded), and the complete notification still owed after it (Art. 33(4)),
 * with how late it is.
 */
function noticeNotes(row: BreachRegisterRow, late: boolean, w: ReportWords): string[] {
  const notes: string[] = [];
  const reasons = (row.first_notice_delay_reasons ?? '').trim();
  if (late) notes.push(reasons === '' ? w.t('delayReasonsMissing') : w.t('delayReasons', { 'breach.reasons': reasons }));
  const owed = row.complete_notification_owed;
  if (owed) {
    const phase = { 'phase.due': w.date(owed.due), 'phase.days': w.count(owed.daysOverdue) };
    notes.push(w.t(owed.daysOverdue <= 0 ? 'completeOwed' : owed.daysOverdue === 1 ? 'completeOverdueOneDay' : 'completeOverdue', phase));
  }
  return notes;
}

/**
 * The breach register (Art. 33(5)) as the PDF prints it: the CSV's cells, codes in words,
 * times in the report's zone, then what Art. 33(5) asks besides the facts: the breach's
 * effects and the remedial action taken (cells that wrap). Under the first notification, the
 * reasons for its delay and the complete notification still owed; a high severity that a
 * decision not to notify set aside is marked so, and the effects say it (lawyer review 4, D3–D5).
 */
export function breachRegister(w: ReportWords, breachLabels: BreachLabels) {
  const l = w.labels;
  const columns: Printed<BreachKey | 'effects' | 'remedial'>[] = [
    { key: 'reference', header: w.t('colReference'), weight: 50 },
    { key: 'title', header: w.t('colTitle'), weight: 72 },
    { key: 'aware_at', header: w.t('colAwareAt'), weight: 50 },
    { key: 'cause', header: w.t('colCause'), weight: 58, words: vocabulary(w, breachLabels.causes) },
    { key: 'severity', header: w.t('colSeverity'), weight: 40, words: [...vocabulary(w, breachLabels.severity), w.t('severityOutweighed', { 'breach.severity': '' })] },
    { key: 'risk', header: w.t('colRisk'), weight: 40, words: vocabulary(w, l.risk) },
    { key: 'status', header: w.t('colStatus'), weight: 42, words: vocabulary(w, l.breachStatuses) },
    { key: 'decision_notify_authority', header: w.t('colDecision'), weight: 50 },
    { key: 'first_authority_notice', header: w.t('colFirstNotice'), weight: 96 },
    { key: 'hours_to_authority_notice', header: w.t('colHours'), weight: 28, align: 'right' },
    { key: 'within_72_hours', header: w.t('colWithin72h'), weight: 30 },
    { key: 'subjects_notified', header: w.t('colPeopleTold'), weight: 40 },
    { key: 'people_affected', header: w.t('colPeople'), weight: 36, align: 'right' },
    { key: 'effects', header: w.t('colEffects'), weight: 110 },
    { key: 'remedial', header: w.t('colRemedial'), weight: 110 },
  ];
  const text = (key: BreachKey, value: Cell, all: Record<string, Cell>): string => {
    switch (key) {
      case 'aware_at':
      case 'first_authority_notice': return value === null ? '' : w.instant(String(value));
      case 'cause': return value === null ? '' : w.code(breachLabels.causes, String(value));
      case 'severity': return value === null ? '' : w.code(breachLabels.severity, String(value));
      case 'risk': return value === null ? '' : w.code(l.risk, String(value));
      case 'status': return w.code(l.breachStatuses, String(value));
      case 'decision_notify_authority': return value === null ? '' : `${yesNo(w, value)} / ${yesNo(w, all.decision_notify_subjects ?? null)}`;
      case 'hours_to_authority_notice': return value === null ? '' : w.decimal(Number(value));
      case 'people_affected': return value === null ? '' : w.count(Number(value));
      case 'within_72_hours':
      case 'subjects_notified': return yesNo(w, value);
      default: return value === null ? '' : String(value);
    }
  };
  return {
    columns,
    /** The row's cells; `notes` adds the authority's due time of an open breach not yet notified under "First notice" (review 4, D7). */
    cells(row: BreachRegisterRow, effects: BreachEffects | undefined, notes?: BreachRowNotes): string[] {
      const values = breachRegisterCells(row);
      const all = Object.fromEntries(values.map((v, i) => [BREACH_REGISTER_COLUMNS[i] as string, v]));
      return columns.map((c) => {
        if (c.key === 'remedial') return effects?.remedialAction ?? w.t('noRemedialAction');
        const outweighed = all.severity_outweighed_by_decision === true;
        const severity = { 'breach.severity': text('severity', all.severity ?? null, all) };
        if (c.key === 'effects') return [effects?.effects ?? w.t('effectsUnknown'), ...(outweighed ? [w.t('severitySetAside', severity)] : [])].join('\n');
        if (c.key === 'severity' && outweighed) return w.t('severityOutweighed', severity);
        if (c.key === 'first_authority_notice') return [text(c.key, all[c.key] ?? null, all), notes?.authorityDue ?? '', ...noticeNotes(row, all.within_72_hours === false, w)].filter((line) => line !== '').join('\n');
        return text(c.key, all[c.key] ?? null, all);
      });
    },
  };
}

/** The requests answered late as the PDF prints them: both clocks side by side, days late in figures, codes in words. */
export function lateRegister(w: ReportWords) {
  const l = w.labels;
  const columns: RegisterColumn[] = [
    { header: w.t('colReference'), weight: 60 },
    { header: w.t('colRegime'), weight: 50, words: vocabulary(w, l.regimes) },
    { header: w.t('colStatus'), weight: 60, words: vocabulary(w, l.statuses) },
    { header: w.t('colReceived'), weight: 56 },
    { header: w.t('colAnswered'), weight: 56 },
    { header: w.t('colLegalDue'), weight: 56 },
    { header: w.t('colLateLegal'), weight: 50, align: 'right' },
    { header: w.t('colOrgDue'), weight: 56 },
    { header: w.t('colLateCommitment'), weight: 56, align: 'right' },
  ];
  const days = (value: number | null) => (value === null ? '' : w.count(value));
  return {
    columns,
    cells: (a: LateAnswer): string[] => [
      a.reference,
      w.code(l.regimes, a.regime),
      w.code(l.statuses, a.status),
      a.received,
      a.answeredOn,
      // Held to the original deadline because the extension was not notified in time (Art. 12(3); review 6, F13).
      a.extensionInEffect === false && a.legalDue !== null ? `${a.legalDue}\n${w.t('lateOriginalDue')}` : (a.legalDue ?? ''),
      days(a.legalDaysLate),
      a.organisationDue ?? '',
      days(a.commitmentDaysLate),
    ],
  };
}
