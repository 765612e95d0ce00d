import { useRef, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { RequestDetail } from '../../../../electron/shared/requests';
import type { ApiError } from '../../../../electron/shared/result';
import { ErrorAlert } from '../../../components/error-alert';
import { StatusMessage } from '../../../components/status-message';
import { useLanguage } from '../../../i18n/use-language';
import { call } from '../../../lib/api';
import { downloadFile } from '../../../lib/download-file';
import { formatBytes, formatInstant } from '../format';
import { fileToBase64 } from './file-to-base64';
import { useRequestAction } from './use-request-action';

const MAX_BYTES = 10 * 1024 * 1024;
const ACCEPT = '.pdf,.png,.jpg,.jpeg,.txt,.csv,.eml,.docx,.odt';

/** Files kept with the request, encrypted in the vault: attach one, see its size and fingerprint, download it. */
export function AttachmentsSection({ detail, onChange }: { detail: RequestDetail; onChange: (detail: RequestDetail) => void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const inputRef = useRef<HTMLInputElement>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [uploading, setUploading] = useState<string | null>(null);
  const [localError, setLocalError] = useState<ApiError | null>(null);
  const action = useRequestAction(onChange);

  const upload = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    setNotice(null);
    action.clearError();
    if (file.size > MAX_BYTES) {
      setLocalError({ code: 'VALIDATION', message: t('requests.attachments.tooLarge', { name: file.name }) });
      return;
    }
    setLocalError(null);
    setUploading(file.name);
    const base64 = await fileToBase64(file);
    const next = await action.run(() => call('requests.addAttachment', { id: detail.id, expectedVersion: detail.version, fileName: file.name, base64 }));
    setUploading(null);
    if (next) setNotice(t('requests.attachments.added', { name: file.name }));
  };

  const download = async (attachmentId: string) => {
    setLocalError(null);
    const result = await call('requests.attachment', { attachmentId });
    if (result.ok) downloadFile(result.value);
    else setLocalError(result.error);
  };

  return (
    <section className="request-card" aria-labelledby="files-title">
      <h2 id="files-title" className="card-title">
        {t('requests.attachments.title')}
      </h2>
      {detail.attachments.length === 0 ? (
        <p className="muted">{t('requests.attachments.empty')}</p>
      ) : (
        <ul className="file-list">
          {detail.attachments.map((file) => (
            <li key={file.id} className="file-item">
              <span className="file-text">
                <span className="file-name">{file.fileName}</span>
                <span className="file-meta">
                  {formatBytes(file.size, language)} · <span title={`SHA-256 ${file.sha256}`}>{t('requests.attachments.sha', { hash: file.sha256.slice(0, 12) })}</span> ·{' '}
                  {formatInstant(file.createdAt, detail.timeZone, language)}
                </span>
              </span>
              <button type="button" className="button" aria-label={t('requests.attachments.downloadName', { name: file.fileName })} onClick={() => void download(file.id)}>
                {t('requests.attachments.download')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="file-upload">
        <input ref={inputRef} id="attachment-input" type="file" accept={ACCEPT} className="visually-hidden" onChange={(event) => void upload(event)} aria-describedby="attachment-hint" />
        <label htmlFor="attachment-input" className="button file-upload-button" aria-disabled={uploading !== null}>
          {uploading ? t('requests.attachments.uploading', { name: uploading }) : t('requests.attachments.choose')}
        </label>
        <p className="field-hint" id="attachment-hint">
          {t('requests.attachments.hint')}
        </p>
      </div>
      <ErrorAlert error={action.error ?? localError} />
      <StatusMessage message={notice} />
    </section>
  );
}
