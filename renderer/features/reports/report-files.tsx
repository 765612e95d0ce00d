import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GeneratedFile, WrittenFile } from '../../../electron/shared/generated-file';
import { downloadFile, downloadFromServer } from '../../lib/download-file';

/** A file the app wrote itself: where it was saved, or its one download (then marked as done). */
function WrittenFileRow({ file }: { file: WrittenFile }) {
  const { t } = useTranslation();
  const [downloaded, setDownloaded] = useState(false);
  if ('savedTo' in file) {
    return (
      <li className="report-file">
        <span className="report-file-name">{file.fileName}</span>
        <span className="report-file-saved">{t('reports.files.savedTo', { path: file.savedTo })}</span>
      </li>
    );
  }
  const download = () => {
    downloadFromServer(file.downloadUrl, file.fileName);
    setDownloaded(true);
  };
  return (
    <li className="report-file">
      <span className="report-file-name">{file.fileName}</span>
      {downloaded ? (
        <span className="report-file-saved">{t('reports.files.downloaded')}</span>
      ) : (
        <button type="button" className="button" aria-label={t('reports.files.downloadName', { name: file.fileName })} onClick={download}>
          {t('reports.files.download')}
        </button>
      )}
    </li>
  );
}

/** The report's files: those in the answer, each to save on its own or all at once, and those the app wrote itself. */
export function ReportFiles({ files, written }: { files: GeneratedFile[]; written: WrittenFile[] }) {
  const { t } = useTranslation();
  return (
    <section className="report-files" aria-labelledby="report-files-title">
      <h2 id="report-files-title" className="report-card-title">
        {t('reports.files.title')}
      </h2>
      <ul className="report-file-list">
        {files.map((file) => (
          <li key={file.fileName} className="report-file">
            <span className="report-file-name">{file.fileName}</span>
            <button type="button" className="button" aria-label={t('reports.files.downloadName', { name: file.fileName })} onClick={() => downloadFile(file)}>
              {t('reports.files.download')}
            </button>
          </li>
        ))}
        {written.map((file) => (
          <WrittenFileRow key={'savedTo' in file ? file.savedTo : file.downloadUrl} file={file} />
        ))}
      </ul>
      {files.length > 1 ? (
        <div className="button-row">
          <button type="button" className="button" onClick={() => files.forEach((file) => downloadFile(file))}>
            {t('reports.files.downloadAll')}
          </button>
        </div>
      ) : null}
    </section>
  );
}
