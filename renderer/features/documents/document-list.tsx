import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../electron/shared/result';
import { ErrorAlert } from '../../components/error-alert';
import { useLanguage } from '../../i18n/use-language';
import { call } from '../../lib/api';
import { downloadFile } from '../../lib/download-file';
import type { DocumentSummary } from './document-types';

/** When a document was finalised, in the case's time zone (UTC when the organisation has none yet). */
function finalisedAt(iso: string, timeZone: string | null, language: string): string {
  return new Intl.DateTimeFormat(language === 'it' ? 'it-IT' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: timeZone ?? 'UTC' }).format(new Date(iso));
}

/** The finalised documents of a case: kind, language, version, date and fingerprint, each with Export. */
export function DocumentList({ documents, timeZone }: { documents: DocumentSummary[]; timeZone: string | null }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [error, setError] = useState<ApiError | null>(null);
  const exportDocument = async (documentId: string) => {
    setError(null);
    const result = await call('documents.export', { documentId });
    if (result.ok) downloadFile(result.value);
    else setError(result.error);
  };
  if (documents.length === 0) return <p className="muted">{t('documents.list.empty')}</p>;
  return (
    <>
      <ul className="documents-list" aria-label={t('documents.list.caption')}>
        {documents.map((document) => (
          <li key={document.id} className="documents-item" data-version={document.version}>
            <span className="documents-text">
              <span className="documents-title">{document.title}</span>
              <span className="documents-meta">
                {t(`documents.languages.${document.language}`)} · {t('documents.list.versionNumber', { version: document.version })} ·{' '}
                {finalisedAt(document.createdAt, timeZone, language)} ·{' '}
                <span title={t('documents.list.fingerprintTitle', { hash: document.sha256 })}>
                  {t('documents.list.fingerprint')} <code>{document.sha256.slice(0, 12)}</code>
                </span>
              </span>
            </span>
            <button
              type="button"
              className="button"
              aria-label={t('documents.list.exportName', { title: document.title, version: document.version })}
              onClick={() => void exportDocument(document.id)}
            >
              {t('documents.list.export')}
            </button>
          </li>
        ))}
      </ul>
      <ErrorAlert error={error} />
    </>
  );
}
