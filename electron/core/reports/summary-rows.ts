import type { AuditReport } from './audit-report-types';

type Row = [string, string | number | boolean | null];

/** The report's figures flattened to metric/value pairs (summary.csv). */
export function summaryRows(report: AuditReport): Row[] {
  const r = report.requests;
  const b = report.breaches;
  const rows: Row[] = [
    ['range.from', report.from],
    ['range.to', report.to],
    ['generated_at', report.generatedAt],
    ['time_zone', report.timeZone],
    ['requests.received', r.received],
    ['requests.closed', r.closed],
    ['requests.open', r.open],
    ['requests.overdue', r.overdue],
    ['requests.overdue_commitment', r.overdueCommitment],
    ['requests.no_data_held', r.noDataHeld],
    ['requests.within_legal_deadline', r.withinLegalDeadline.share],
    ['requests.within_commitment', r.withinCommitment.share],
    ['requests.days_to_respond.median', r.daysToRespond.median],
    ['requests.days_to_respond.p90', r.daysToRespond.p90],
    ['requests.extensions', r.extensions],
    ['requests.identity_verification_failures', r.identityVerificationFailures],
    ['requests.answered_late.legal', r.late.filter((l) => (l.legalDaysLate ?? 0) > 0).length],
    ['requests.answered_late.commitment', r.late.filter((l) => (l.commitmentDaysLate ?? 0) > 0).length],
    ['requests.open_overdue.references', r.openOverdue.map((o) => o.reference).join(' ')],
    // As processor the agreement's time to forward to the client binds (Art. 28(3)(e) GDPR), not Art. 12(3).
    ['requests.as_processor.received', r.asProcessor.received],
    ['requests.as_processor.forwarded_in_time', r.asProcessor.forwardedInTime.count],
    ['requests.as_processor.forwarding_judged', r.asProcessor.forwardedInTime.of],
    ['requests.as_processor.forwarded_late.references', r.asProcessor.late.map((l) => l.reference).join(' ')],
    ['commitments.response_days', report.commitments.responseDays],
    ['commitments.complex_response_days', report.commitments.complexResponseDays],
    ['commitments.acknowledge_days', report.commitments.acknowledgeDays],
    // Receipt dates (of those tried) on which a commitment ends later than the law allows, per regime and request types.
    ...report.commitments.beyondLaw.map((f): Row => [`commitments.later_than_law.${f.commitment}.${f.regime}.${f.types.join('+')}`, f.datesLater]),
    ...Object.entries(r.refusalsByGround).map(([ground, n]): Row => [`requests.refused.${ground}`, n]),
    ...Object.entries(r.byType).map(([type, g]): Row => [`requests.by_type.${type}.received`, g.received]),
    ...Object.entries(r.byRegime).map(([regime, g]): Row => [`requests.by_regime.${regime}.received`, g.received]),
    ...Object.entries(r.byRole).flatMap(([role, g]): Row[] => [
      [`requests.by_role.${role}.received`, g.received],
      [`requests.by_role.${role}.closed`, g.closed],
      [`requests.by_role.${role}.open`, g.open],
      [`requests.by_role.${role}.overdue`, g.overdue],
    ]),
    ['breaches.total', b.total],
    ...Object.entries(b.bySeverity).map(([level, n]): Row => [`breaches.by_severity.${level}`, n]),
    ...Object.entries(b.byCause).map(([cause, n]): Row => [`breaches.by_cause.${cause}`, n]),
    ['breaches.notified_to_authority', b.notifiedToAuthority],
    ['breaches.notified_within_72h', b.notifiedWithin72h.share],
    ['breaches.median_hours_to_notification', b.medianHoursToNotification],
    ['breaches.hours_to_notification', b.hoursToNotification.join(' ')],
    ['breaches.people_affected', b.peopleAffected],
    // What an inspector asks first of the Art. 33(5) register: breaches closed with no remedial action, complete notifications overdue.
    ['breaches.closed_without_remedial_action', b.closedWithoutRemedialAction.length],
    ['breaches.closed_without_remedial_action.references', b.closedWithoutRemedialAction.join(' ')],
    ['breaches.complete_notification_overdue', b.completeNotificationsOverdue.length],
    ['breaches.complete_notification_overdue.references', b.completeNotificationsOverdue.map((o) => o.reference).join(' ')],
    ['audit.verified', report.integrity.ok],
    ['audit.event_count', report.integrity.eventCount],
    ['audit.head_hash', report.integrity.headHash],
  ];
  return rows;
}
