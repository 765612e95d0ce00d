import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../electron/shared/result';
import { ErrorAlert } from '../../components/error-alert';
import { useLanguage } from '../../i18n/use-language';
import { call } from '../../lib/api';
import { downloadFile } from '../../lib/download-file';
import { todayInZone } from '../../../electron/shared/pure/zoned-time';
import type { DocumentSummary } from './document-types';
import { SentDialog } from './sent-dialog';

/** When a document was finalised, in the case's time zone (UTC when the organisation has none yet). */
function finalisedAt(iso: string, timeZone: string | null, language: string): string {
  return new Intl.DateTimeFormat(language === 'it' ? 'it-IT' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: timeZone ?? 'UTC' }).format(new Date(iso));
}

/** The finalised documents of a case: kind, language, version, date and fingerprint, each with Export. */
export function DocumentList({ documents, timeZone, onChanged }: { documents: DocumentSummary[]; timeZone: string | null; onChanged: () => void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [error, setError] = useState<ApiError | null>(null);
  const [sending, setSending] = useState<DocumentSummary | null>(null);
  const day = (date: string) => new Intl.DateTimeFormat(language === 'it' ? 'it-IT' : 'en-GB', { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${date}T12:00:00Z`));
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
                {t('documents.sent.dated', { date: day(document.letterDate) })} ·{' '}
                {finalisedAt(document.createdAt, timeZone, language)} ·{' '}
                <span title={t('documents.list.fingerprintTitle', { hash: document.sha256 })}>
                  {t('documents.list.fingerprint')} <code>{document.sha256.slice(0, 12)}</code>
                </span>
              </span>
              <span className="documents-meta">
                {document.dispatches.length === 0
                  ? t('documents.sent.none')
                  : document.dispatches
                      .map((d) => t('documents.sent.line', { date: day(d.sentOn), channel: t(`documents.sent.channels.${d.channel}`), recipient: d.recipient }))
                      .join(' · ')}
              </span>
            </span>
            <button type="button" className="button" onClick={() => setSending(document)}>
              {t('documents.sent.record')}
            </button>
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
      {sending ? (
        <SentDialog
          document={sending}
          today={todayInZone(timeZone ?? 'UTC')}
          onClose={() => setSending(null)}
          onDone={() => {
            setSending(null);
            onChanged();
          }}
        />
      ) : null}
    </>
  );
}
