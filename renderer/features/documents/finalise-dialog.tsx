import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../electron/shared/result';
import { ErrorAlert } from '../../components/error-alert';
import { ModalDialog } from '../../components/modal-dialog';
import { call } from '../../lib/api';
import type { DocumentSummary, LetterPreview, LetterRequest } from './document-types';
import { LetterWarnings } from './letter-warnings';

interface FinaliseDialogProps {
  request: LetterRequest;
  /** Shown again before the DPO confirms: a late date or mixed languages. */
  warnings: LetterPreview['warnings'];
  onDone: (document: DocumentSummary) => void;
  onClose: () => void;
}

/** Asks before finalising, because a finalised letter is kept as it is: a new one is a new version. */
export function FinaliseDialog({ request, warnings, onDone, onClose }: FinaliseDialogProps) {
  const { t } = useTranslation();
  const [working, setWorking] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const finalise = async () => {
    setWorking(true);
    const result = await call('documents.finalise', request);
    setWorking(false);
    if (result.ok) onDone(result.value);
    else setError(result.error);
  };
  return (
    <ModalDialog title={t('documents.finalise.title')} description={t('documents.finalise.description')} closeLabel={t('documents.finalise.cancel')} onClose={onClose}>
      <LetterWarnings warnings={warnings} />
      <ErrorAlert error={error} />
      <div className="button-row documents-dialog-actions">
        <button type="button" className="button" onClick={onClose} disabled={working}>
          {t('documents.finalise.cancel')}
        </button>
        <button type="button" className="button button-primary" onClick={() => void finalise()} disabled={working} autoFocus>
          {working ? t('documents.finalise.working') : t('documents.finalise.confirm')}
        </button>
      </div>
    </ModalDialog>
  );
}
