import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema';
import { appendAuditEvent } from '../audit/append-audit-event';
import type { AuditReport } from './audit-report-types';

/** What was generated: the range, the format, whether the data subjects were named, and the chain head it certified. */
export interface GeneratedReport {
  report: AuditReport;
  format: 'pdf' | 'csv' | 'json';
  withNames: boolean;
}

/**
 * Records in the audit trail that an audit report was generated: its range, format, whether
 * it named the data subjects and the chain head (and event count) it certified. The event
 * follows the report, so the report's integrity statement covers every event before it.
 * No figures and no personal data are stored.
 */
export async function recordReportGenerated(db: Kysely<Database>, generated: GeneratedReport, actor: string, now: Date): Promise<void> {
  const { report } = generated;
  await db.transaction().execute(async (trx) => {
    await appendAuditEvent(
      trx,
      {
        actor,
        action: 'report.generated',
        entityType: 'report',
        data: { from: report.from, to: report.to, format: generated.format, withNames: generated.withNames, certifiedHead: report.integrity.headHash, certifiedEvents: report.integrity.eventCount },
      },
      now,
    );
  });
}
