import type { GeneratedFile } from '../generated-file';
import { auditReportRequestSchema, reportProgressRequestSchema, type AuditReport, type ReportProgressView } from '../reports';
import { channel } from './define-channel';

/** Reports: the audit report. CSV gives the summary, requests and breaches registers as three files; JSON and PDF one file. */
export const reportChannels = {
  'reports.audit': channel(auditReportRequestSchema).returns<{ files: GeneratedFile[]; summary: AuditReport }>(),
  /** How far the report being built under an id has got, asked while `reports.audit` runs. */
  'reports.progress': channel(reportProgressRequestSchema).returns<ReportProgressView | null>(),
};
