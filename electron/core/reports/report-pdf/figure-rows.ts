import type { Localised } from '../../../shared/document-contract';
import type { BreachLabels } from '../../documents/breach-notices/breach-labels-schema';
import type { AuditReport, RequestFigures } from '../audit-report-types';
import type { ReportWords } from './report-words';

type Bucket = RequestFigures['byType'][string];

/** The request figures as measure/value rows (the summary's first table). */
export function requestSummaryRows(report: AuditReport, w: ReportWords, asOf: string): string[][] {
  const r = report.requests;
  return [
    [w.t('received'), w.count(r.received)],
    [w.t('closed'), w.count(r.closed)],
    [w.t('open'), w.count(r.open)],
    [w.t('overdue', { 'report.asOf': w.date(asOf) }), w.count(r.overdue)],
    [w.t('overdueCommitment', { 'report.asOf': w.date(asOf) }), w.count(r.overdueCommitment)],
    [w.t('withinLegal'), w.share(r.withinLegalDeadline)],
    [w.t('withinCommitment'), w.share(r.withinCommitment)],
    ...processorRows(r.asProcessor, w),
    [w.t('medianDays'), w.decimal(r.daysToRespond.median)],
    [w.t('p90Days'), w.decimal(r.daysToRespond.p90)],
    [w.t('extensions'), w.count(r.extensions)],
    [w.t('noDataHeld'), w.count(r.noDataHeld)],
    [w.t('identityFailures'), w.count(r.identityVerificationFailures)],
  ];
}

/**
 * The requests handled as processor, judged on forwarding to the client within the agreement's time (Art. 28(3)(e) GDPR):
 * how many of those due were forwarded in time, and which were not (lawyer review 5, E1). Nothing when there are none.
 */
function processorRows(p: RequestFigures['asProcessor'], w: ReportWords): string[][] {
  if (p.received === 0) return [];
  const late = p.late.map((l) =>
    w.t(l.daysLate === 1 ? 'processorLateItemOne' : 'processorLateItem', { 'request.reference': l.reference, 'client.name': l.client, 'late.days': w.count(l.daysLate) }),
  );
  return [[w.t('processorForwardedInTime'), w.share(p.forwardedInTime)], ...(late.length > 0 ? [[w.t('processorForwardedLate'), late.join('; ')]] : [])];
}

/**
 * Why the request totals differ, in a sentence: received = closed + open, and of the closed
 * only those answered are judged against a deadline (the withdrawn are not).
 */
export function totalsExplained(report: AuditReport, w: ReportWords): string {
  const r = report.requests;
  const answered = r.withinLegalDeadline.of;
  // Closed requests handled as processor are not ours to answer: they are neither answered nor unanswered here.
  const unanswered = r.closed - answered - r.byRole.processor.closed;
  const totals = w.t(unanswered === 0 ? 'totalsAllAnswered' : 'totalsExplained', {
    'report.received': w.count(r.received),
    'report.closed': w.count(r.closed),
    'report.open': w.count(r.open),
    'report.answered': w.count(answered),
    'report.unanswered': w.count(unanswered),
  });
  return r.asProcessor.received === 0 ? totals : `${totals} ${w.t('processorExplained', { 'report.processor': w.count(r.asProcessor.received) })}`;
}

/** Why the rows by type add up to more than the requests received (a request may name several rights), or null when they do not. */
export function typesExplained(report: AuditReport, w: ReportWords): string | null {
  const sum = Object.values(report.requests.byType).reduce((total, g) => total + g.received, 0);
  return sum > report.requests.received ? w.t('typesExplained', { 'report.sum': w.count(sum), 'report.received': w.count(report.requests.received) }) : null;
}

/** The breach figures as measure/value rows (the summary's second table). */
export function breachSummaryRows(report: AuditReport, w: ReportWords): string[][] {
  const b = report.breaches;
  return [
    [w.t('breaches'), w.count(b.total)],
    [w.t('notified'), w.count(b.notifiedToAuthority)],
    [w.t('within72h'), w.share(b.notifiedWithin72h)],
    // A median of one or two values reads as a typical time neither notification had (review 4, D6): each value instead.
    b.hoursToNotification.length > 0 && b.hoursToNotification.length < 3
      ? [w.t('hoursEach'), b.hoursToNotification.map((hours) => w.decimal(hours)).join('; ')]
      : [w.t('medianHours'), w.decimal(b.medianHoursToNotification)],
    [w.t('peopleAffected'), w.count(b.peopleAffected)],
  ];
}

/** Received/closed/open/overdue per type or regime, the largest first, names in words. */
export function bucketRows(buckets: Record<string, Bucket>, names: Record<string, Localised | undefined>, w: ReportWords): string[][] {
  return Object.entries(buckets)
    .sort(([a, x], [b, y]) => y.received - x.received || a.localeCompare(b))
    .map(([code, g]) => [w.code(names, code), w.count(g.received), w.count(g.closed), w.count(g.open), w.count(g.overdue)]);
}

/** A tally (refusals by ground, breaches by severity or cause) as name/number rows, the largest first. */
export function tallyRows(counts: Record<string, number>, name: (code: string) => string, w: ReportWords): string[][] {
  return Object.entries(counts)
    .sort(([a, x], [b, y]) => y - x || a.localeCompare(b))
    .map(([code, n]) => [name(code), w.count(n)]);
}

/** Rows of a tally in a fixed order (severities from low to very high, then the untriaged), leaving out what is zero. */
export function orderedRows(counts: Record<string, number>, order: readonly string[], name: (code: string) => string, w: ReportWords): string[][] {
  const rank = (code: string) => (order.includes(code) ? order.indexOf(code) : order.length);
  return Object.entries(counts)
    .sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b))
    .map(([code, n]) => [name(code), w.count(n)]);
}

/** Names for severity levels and causes, with the register's placeholders for "none yet". */
export function breachNames(labels: BreachLabels, w: ReportWords) {
  return {
    severity: (code: string) => (code === 'untriaged' ? w.t('untriaged') : w.code(labels.severity, code)),
    cause: (code: string) => (code === 'unknown' ? w.t('unknownCause') : w.code(labels.causes, code)),
  };
}
