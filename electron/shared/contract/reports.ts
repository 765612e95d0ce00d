import type { WrittenFile } from '../generated-file';
import { auditReportRequestSchema, reportProgressRequestSchema, type AuditReport, type ReportProgressView } from '../reports';
import { channel } from './define-channel';

/**
 * A generated audit report: its files written by the app itself (where the save dialog said,
 * the four CSV files into the folder chosen, or as downloads in browser mode), and its
 * figures; or nothing, when the person cancelled the dialog or the generation.
 */
export type AuditReportResult = { written: WrittenFile[]; summary: AuditReport } | { cancelled: true };

/** Reports: the audit report. CSV gives the summary, requests and breaches registers as three files; JSON and PDF one file. */
export const reportChannels = {
  'reports.audit': channel(auditReportRequestSchema).returns<AuditReportResult>(),
  /** Stops the report being built under an id: its file is not written, and `reports.audit` answers cancelled. */
  'reports.cancel': channel(reportProgressRequestSchema).returns<{ cancelled: boolean }>(),
  /** How far the report being built under an id has got, asked while `reports.audit` runs. */
  'reports.progress': channel(reportProgressRequestSchema).returns<ReportProgressView | null>(),
};
