import { useTranslation } from 'react-i18next';
import type { DraftConflict } from '../../../electron/shared/document-contract';
import { useLanguage } from '../../i18n/use-language';
import { formatInstant } from '../breaches/format-time';

interface Props {
  conflict: DraftConflict;
  /** The case's zone, for the time of the other save. */
  timeZone: string;
  onLoadTheirs: () => void;
  onKeepMine: () => void;
}

/**
 * Says, on a letter being prepared, that someone else saved its draft since it was opened (or
 * that it is gone, finalised or dropped): who and when, the version edited here and the version
 * kept now, as a case page says a stale edit. Nothing was overwritten; the DPO loads the kept
 * draft or keeps their own text over it.
 */
export function DraftConflictNote({ conflict, timeZone, onLoadTheirs, onKeepMine }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  const gone = conflict.currentVersion === 0;
  const params = {
    who: conflict.changedBy ?? t('documents.draft.someone'),
    when: conflict.changedAt ? formatInstant(conflict.changedAt, timeZone, language) : '—',
    read: conflict.readVersion,
    current: conflict.currentVersion,
  };
  return (
    <div className="warning-note draft-conflict" role="alert">
      <p>{gone ? t('documents.draft.conflictGone') : t('documents.draft.conflict', params)}</p>
      <div className="button-row">
        <button type="button" className="button button-primary" onClick={onLoadTheirs}>
          {gone ? t('documents.draft.startAgain') : t('documents.draft.loadTheirs')}
        </button>
        <button type="button" className="button" onClick={onKeepMine}>
          {gone ? t('documents.draft.keepAsNew') : t('documents.draft.keepMine')}
        </button>
      </div>
    </div>
  );
}
