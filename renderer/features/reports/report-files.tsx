import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WrittenFile } from '../../../electron/shared/generated-file';
import { downloadFromServer } from '../../lib/download-file';

type Download = Extract<WrittenFile, { downloadUrl: string }>;

/** A file the app wrote itself: where it was saved, or its one download (then marked as done). */
function WrittenFileRow({ file, downloaded, onDownload }: { file: WrittenFile; downloaded: boolean; onDownload: (file: Download) => void }) {
  const { t } = useTranslation();
  if ('savedTo' in file) {
    return (
      <li className="report-file">
        <span className="report-file-name">{file.fileName}</span>
        <span className="report-file-saved">{t('reports.files.savedTo', { path: file.savedTo })}</span>
      </li>
    );
  }
  return (
    <li className="report-file">
      <span className="report-file-name">{file.fileName}</span>
      {downloaded ? (
        <span className="report-file-saved">{t('reports.files.downloaded')}</span>
      ) : (
        <button type="button" className="button" aria-label={t('reports.files.downloadName', { name: file.fileName })} onClick={() => onDownload(file)}>
          {t('reports.files.download')}
        </button>
      )}
    </li>
  );
}

/**
 * The report's files, written by the app itself: where each was saved (the desktop app), or
 * each one's download (browser mode), all at once when several are still to download. A
 * staged file can be downloaded once only, so a downloaded one is marked done.
 */
export function ReportFiles({ written }: { written: WrittenFile[] }) {
  const { t } = useTranslation();
  const [downloaded, setDownloaded] = useState<ReadonlySet<string>>(new Set());
  const download = (files: Download[]) => {
    files.forEach((file) => downloadFromServer(file.downloadUrl, file.fileName));
    setDownloaded((done) => new Set([...done, ...files.map((file) => file.downloadUrl)]));
  };
  const pending = written.filter((file): file is Download => 'downloadUrl' in file && !downloaded.has(file.downloadUrl));
  return (
    <section className="report-files" aria-labelledby="report-files-title">
      <h2 id="report-files-title" className="report-card-title">
        {t('reports.files.title')}
      </h2>
      <ul className="report-file-list">
        {written.map((file) => (
          <WrittenFileRow
            key={'savedTo' in file ? file.savedTo : file.downloadUrl}
            file={file}
            downloaded={'downloadUrl' in file && downloaded.has(file.downloadUrl)}
            onDownload={(one) => download([one])}
          />
        ))}
      </ul>
      {pending.length > 1 ? (
        <div className="button-row">
          <button type="button" className="button" onClick={() => download(pending)}>
            {t('reports.files.downloadAll')}
          </button>
        </div>
      ) : null}
    </section>
  );
}
