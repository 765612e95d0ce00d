import { useEffect, useState } from 'react';
import type { ApiError } from '../../../electron/shared/result';
import { call, type Output } from '../../lib/api';
import { useLanguage } from '../../i18n/use-language';
import type { AuditReportOutput, AuditReportRequest } from './report-types';

/** How far the report being built has got, as `reports.progress` says. */
export type ReportProgress = NonNullable<Output<'reports.progress'>>;

const POLL_MS = 300;

/**
 * Generates the audit report. The renderer receives no pushes, so while the report is built
 * the hook asks `reports.progress` how far it has got (stage, done of total) under an id it
 * chose, and `cancel` stops it under that id. Every format is written by the app itself
 * (where the save dialog said, the CSV files into the folder chosen, or staged for
 * download); a cancelled dialog or generation leaves the screen as it was. CSV files and the PDF follow the UI's language (Italian: `;`,
 * decimal comma, dd/mm/yyyy, Italian labels and names).
 */
export function useAuditReport(): {
  generate: (request: AuditReportRequest) => Promise<void>;
  cancel: () => void;
  generating: boolean;
  progress: ReportProgress | null;
  output: AuditReportOutput | null;
  error: ApiError | null;
} {
  const [running, setRunning] = useState<string | null>(null);
  const [progress, setProgress] = useState<ReportProgress | null>(null);
  const [output, setOutput] = useState<AuditReportOutput | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const language = useLanguage();

  useEffect(() => {
    if (running === null) return undefined;
    let live = true;
    const timer = setInterval(() => {
      void call('reports.progress', { id: running }).then((result) => {
        if (live && result.ok && result.value) setProgress(result.value);
      });
    }, POLL_MS);
    return () => {
      live = false;
      clearInterval(timer);
    };
  }, [running]);

  const generate = async (request: AuditReportRequest) => {
    const id = crypto.randomUUID();
    setRunning(id);
    setProgress(null);
    setError(null);
    const result = await call('reports.audit', { locale: language, ...request, progressId: id });
    setRunning(null);
    setProgress(null);
    if (!result.ok) setError(result.error);
    else if (!('cancelled' in result.value)) setOutput(result.value);
  };
  const cancel = () => {
    if (running !== null) void call('reports.cancel', { id: running });
  };
  return { generate, cancel, generating: running !== null, progress, output, error };
}
