import { useTranslation } from 'react-i18next';
import type { GeneratedFile } from '../../../electron/shared/generated-file';
import { downloadFile } from '../../lib/download-file';

/** The report's files, each to save on its own, or all at once. */
export function ReportFiles({ files }: { files: GeneratedFile[] }) {
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
