import { useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportIssue } from '../../../electron/shared/registers';
import type { ApiError } from '../../../electron/shared/result';
import { ErrorAlert } from '../../components/error-alert';
import { StatusMessage } from '../../components/status-message';
import { call } from '../../lib/api';
import { downloadFile } from '../../lib/download-file';
import { useMessages } from '../../i18n/use-message';

const EXPORTS = [
  { key: 'pdfEn', format: 'pdf', language: 'en' },
  { key: 'pdfIt', format: 'pdf', language: 'it' },
  { key: 'csv', format: 'csv', language: 'en' },
  { key: 'json', format: 'json', language: 'en' },
] as const;

/** Export the register (PDF in either language, CSV, JSON) and import activities from CSV, showing each problem by row and column. */
export function RegisterToolbar({ onImported }: { onImported: () => void }) {
  const { t } = useTranslation();
  const messages = useMessages();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [issues, setIssues] = useState<ImportIssue[]>([]);

  const exportAs = async (format: 'pdf' | 'csv' | 'json', language: 'en' | 'it') => {
    setBusy(true);
    setNotice(t('ropa.export.working'));
    const result = await call('registers.export', { format, language });
    setBusy(false);
    setNotice(null);
    if (!result.ok) return setError(result.error);
    setError(null);
    downloadFile(result.value);
  };

  const importFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    setBusy(true);
    const result = await call('registers.import', { csv: await file.text() });
    setBusy(false);
    if (!result.ok) return setError(result.error);
    setError(null);
    setIssues(result.value.issues);
    setNotice(result.value.issues.length === 0 ? t('ropa.import.done', { count: result.value.imported }) : null);
    if (result.value.imported > 0) onImported();
  };

  return (
    <section className="ropa-card ropa-toolbar" aria-label={t('ropa.export.title')}>
      <div className="button-row">
        <span className="ropa-toolbar-label">{t('ropa.export.title')}:</span>
        {EXPORTS.map((e) => (
          <button key={e.key} type="button" className="button" disabled={busy} onClick={() => void exportAs(e.format, e.language)}>
            {t(`ropa.export.${e.key}`)}
          </button>
        ))}
      </div>
      <div className="field">
        <label className="field-label" htmlFor="ropa-import">
          {t('ropa.import.label')}
        </label>
        <input id="ropa-import" type="file" accept=".csv,text/csv" disabled={busy} onChange={(event) => void importFile(event)} aria-describedby="ropa-import-hint" />
        <p id="ropa-import-hint" className="field-hint">
          {t('ropa.import.hint')}
        </p>
      </div>
      <StatusMessage message={notice} />
      <ErrorAlert error={error} />
      {issues.length > 0 ? (
        <div role="alert" className="ropa-import-issues">
          <p>{t('ropa.import.failed')}</p>
          <table className="ropa-table">
            <thead>
              <tr>
                <th scope="col">{t('ropa.import.row')}</th>
                <th scope="col">{t('ropa.import.column')}</th>
                <th scope="col">{t('ropa.import.problem')}</th>
              </tr>
            </thead>
            <tbody>
              {issues.map((issue) => (
                <tr key={`${issue.row}-${issue.column}-${issue.message}`}>
                  <td>{issue.row}</td>
                  <td>{issue.column}</td>
                  <td>{messages.text(issue.detail)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}
