import type { Input, Output } from '../../lib/api';

/** The shapes the Reports section works with, derived from the API contract. */
export type AuditReportRequest = Input<'reports.audit'>;
/** A generated report (a cancelled one is not kept). */
export type AuditReportOutput = Exclude<Output<'reports.audit'>, { cancelled: true }>;
export type AuditReport = AuditReportOutput['summary'];
export type ReportFormat = AuditReportRequest['format'];
