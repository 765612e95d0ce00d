import type { GeneratedFile } from '../generated-file';
import { auditReportRequestSchema, type AuditReport } from '../reports';
import { channel } from './define-channel';

/** Reports: the audit report. CSV gives the summary, requests and breaches registers as three files; JSON one file. */
export const reportChannels = {
  'reports.audit': channel(auditReportRequestSchema).returns<{ files: GeneratedFile[]; summary: AuditReport }>(),
};
