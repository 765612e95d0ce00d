import type { Input, Output } from '../../lib/api';

/** The shapes the Reports section works with, derived from the API contract. */
export type AuditReportRequest = Input<'reports.audit'>;
export type AuditReportOutput = Output<'reports.audit'>;
export type AuditReport = AuditReportOutput['summary'];
export type ReportFormat = AuditReportRequest['format'];
