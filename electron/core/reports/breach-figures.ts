import type { BreachFigures } from './audit-report-types';
import type { CompleteNotificationOwed } from './complete-notifications-owed';
import { median, share, tally } from './statistics';

/** The columns the breach figures read, with the first notice to the authority, the remedial steps and the complete notification owed joined in. */
export interface BreachFactsRow {
  reference: string;
  status: string;
  remedial_actions: number;
  complete_notification_owed: CompleteNotificationOwed | null;
  cause: string | null;
  severity_level: string | null;
  aware_at: string;
  authority_deadline: string;
  facts: string | null;
  facts_draft: string;
  first_authority_notice: string | null;
}

/** Accumulates the breach figures one row at a time (see RequestFiguresBuilder). */
export class BreachFiguresBuilder {
  private total = 0;
  private readonly bySeverity: Record<string, number> = {};
  private readonly byCause: Record<string, number> = {};
  private readonly hours: number[] = [];
  private inTime = 0;
  private people = 0;
  private readonly closedWithoutRemedy: string[] = [];
  private readonly overdue: BreachFigures['completeNotificationsOverdue'] = [];

  add(row: BreachFactsRow): void {
    this.total += 1;
    // Art. 33(5): the register documents "the remedial action taken"; a breach closed with none recorded is a finding.
    if (row.status === 'closed' && row.remedial_actions === 0) this.closedWithoutRemedy.push(row.reference);
    // Art. 33(4): the complete notification a preliminary one announced, past the date planned for it.
    const owed = row.complete_notification_owed;
    if (owed && owed.daysOverdue > 0) this.overdue.push({ reference: row.reference, due: owed.due, daysOverdue: owed.daysOverdue });
    tally(this.bySeverity, row.severity_level ?? 'untriaged');
    tally(this.byCause, row.cause ?? 'unknown');
    const facts = JSON.parse(row.facts ?? row.facts_draft) as { subjects?: number };
    this.people += facts.subjects ?? 0;
    if (row.first_authority_notice) {
      const sent = Date.parse(row.first_authority_notice);
      this.hours.push(Math.round(((sent - Date.parse(row.aware_at)) / 3_600_000) * 10) / 10);
      if (sent <= Date.parse(row.authority_deadline)) this.inTime += 1;
    }
  }

  result(): BreachFigures {
    return {
      total: this.total,
      bySeverity: this.bySeverity,
      byCause: this.byCause,
      notifiedToAuthority: this.hours.length,
      notifiedWithin72h: share(this.inTime, this.hours.length),
      medianHoursToNotification: median(this.hours),
      hoursToNotification: [...this.hours].sort((a, b) => a - b),
      peopleAffected: this.people,
      closedWithoutRemedialAction: this.closedWithoutRemedy,
      completeNotificationsOverdue: this.overdue,
    };
  }
}
