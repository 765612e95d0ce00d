import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RetentionDeletion } from '../../../electron/shared/retention';
import type { ApiError } from '../../../electron/shared/result';
import { ErrorAlert } from '../../components/error-alert';
import { ModalDialog } from '../../components/modal-dialog';
import { TextField } from '../../components/text-field';
import { call } from '../../lib/api';

/** The last step before deleting closed cases: what goes, that it cannot be undone, and the word typed to confirm. */
export function DeleteCasesDialog({
  requestIds,
  breachIds,
  onDone,
  onClose,
}: {
  requestIds: string[];
  breachIds: string[];
  onDone: (result: RetentionDeletion) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [word, setWord] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const count = requestIds.length + breachIds.length;

  const confirm = async () => {
    setBusy(true);
    const result = await call('retention.deleteCases', { requestIds, breachIds, confirm: 'delete' });
    setBusy(false);
    if (!result.ok) return setError(result.error);
    onDone(result.value);
  };

  return (
    <ModalDialog title={t('dashboard.retentionTab.confirmTitle')} description={t('dashboard.retentionTab.confirmText', { count })} closeLabel={t('dashboard.retentionTab.cancel')} onClose={onClose}>
      <div className="form-stack retention-dialog-body">
        <TextField label={t('dashboard.retentionTab.confirmWord')} value={word} onValueChange={setWord} autoComplete="off" spellCheck={false} />
        <ErrorAlert error={error} />
        <div className="button-row">
          <button type="button" className="button retention-confirm" disabled={busy || word.trim().toLowerCase() !== 'delete'} onClick={() => void confirm()}>
            {t('dashboard.retentionTab.confirmDelete')}
          </button>
          <button type="button" className="button" onClick={onClose}>
            {t('dashboard.retentionTab.cancel')}
          </button>
        </div>
      </div>
    </ModalDialog>
  );
}
