import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../electron/shared/result';
import { CheckboxField } from '../../components/checkbox-field';
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

/**
 * Asks before finalising, because a finalised letter is kept as it is: a new one is a new
 * version. Text that looks written in the other language (named in the warnings) must be
 * confirmed here, or the DPO cancels and edits it; the confirmation goes to the audit trail.
 */
export function FinaliseDialog({ request, warnings, onDone, onClose }: FinaliseDialogProps) {
  const { t } = useTranslation();
  const [working, setWorking] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const mixed = warnings.some((warning) => warning.code === 'language-mix');
  const [languageConfirmed, setLanguageConfirmed] = useState(false);
  const finalise = async () => {
    setWorking(true);
    const result = await call('documents.finalise', mixed ? { ...request, confirmLanguage: languageConfirmed } : request);
    setWorking(false);
    if (result.ok) onDone(result.value);
    else setError(result.error);
  };
  return (
    <ModalDialog title={t('documents.finalise.title')} description={t('documents.finalise.description')} closeLabel={t('documents.finalise.cancel')} onClose={onClose}>
      <LetterWarnings warnings={warnings} />
      {mixed ? (
        <CheckboxField
          label={t('documents.finalise.languageConfirm')}
          hint={t('documents.finalise.languageHint')}
          checked={languageConfirmed}
          onCheckedChange={setLanguageConfirmed}
          className="finalise-language-confirm"
        />
      ) : null}
      <ErrorAlert error={error} />
      <div className="button-row documents-dialog-actions">
        <button type="button" className="button" onClick={onClose} disabled={working}>
          {t('documents.finalise.cancel')}
        </button>
        <button type="button" className="button button-primary" onClick={() => void finalise()} disabled={working || (mixed && !languageConfirmed)} autoFocus={!mixed}>
          {working ? t('documents.finalise.working') : t('documents.finalise.confirm')}
        </button>
      </div>
    </ModalDialog>
  );
}
