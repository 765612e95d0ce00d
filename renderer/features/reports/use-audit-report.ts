import { useState } from 'react';
import type { ApiError } from '../../../electron/shared/result';
import { call } from '../../lib/api';
import { useLanguage } from '../../i18n/use-language';
import type { AuditReportOutput, AuditReportRequest } from './report-types';

/**
 * Generates the audit report. The call cannot report progress (the renderer receives no
 * pushes), so the caller shows an indeterminate bar while `generating` is true. CSV files
 * follow the UI's language (Italian: `;`, decimal comma, dd/mm/yyyy, Italian labels and names).
 */
export function useAuditReport(): { generate: (request: AuditReportRequest) => Promise<void>; generating: boolean; output: AuditReportOutput | null; error: ApiError | null } {
  const [generating, setGenerating] = useState(false);
  const [output, setOutput] = useState<AuditReportOutput | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const language = useLanguage();
  const generate = async (request: AuditReportRequest) => {
    setGenerating(true);
    setError(null);
    const result = await call('reports.audit', { locale: language, ...request });
    setGenerating(false);
    if (result.ok) setOutput(result.value);
    else setError(result.error);
  };
  return { generate, generating, output, error };
}
