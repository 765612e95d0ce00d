import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../electron/shared/result';
import { AuthLayout } from '../../components/auth-layout';
import { ErrorAlert } from '../../components/error-alert';
import { ScreenHeading } from '../../components/screen-heading';
import { call } from '../../lib/api';
import { useDocumentTitle } from '../../lib/use-document-title';
import { NewPassphraseFields } from './new-passphrase-fields';
import { useNewPassphrase } from './use-new-passphrase';
import { useVaultStore } from './vault-store';

/** First run: choose the passphrase that will protect the new vault. */
export function CreateVaultScreen() {
  const { t } = useTranslation();
  useDocumentTitle(t('vault.create.title'));
  const state = useNewPassphrase();
  const showRecoveryKey = useVaultStore((store) => store.showRecoveryKey);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    if (busy) return;
    setError(null);
    setBusy(true);
    try {
      if (!(await state.validate())) return;
      const result = await call('vault.create', { passphrase: state.passphrase });
      if (result.ok) showRecoveryKey(result.value.recoveryKey, result.value.status);
      else if (result.error.code === 'WEAK_PASSPHRASE') state.refuseAsWeak();
      else setError(result.error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <AuthLayout>
      <ScreenHeading>{t('vault.create.title')}</ScreenHeading>
      <p className="lead">{t('vault.create.intro')}</p>
      <form className="form-stack" onSubmit={(event) => void submit(event)} noValidate>
        <NewPassphraseFields state={state} label={t('vault.create.passphrase')} />
        <ErrorAlert error={error} />
        <button type="submit" className="button button-primary button-block" disabled={busy}>
          {busy ? t('vault.create.submitting') : t('vault.create.submit')}
        </button>
      </form>
      <p className="fine-print">{t('vault.create.note')}</p>
    </AuthLayout>
  );
}
