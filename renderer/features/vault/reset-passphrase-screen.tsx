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

/**
 * After an unlock with the recovery key: the DPO has probably forgotten the passphrase, so
 * offer a new one at once (the recovery key proves the right to set it).
 */
export function ResetPassphraseScreen({ recoveryKey }: { recoveryKey: string }) {
  const { t } = useTranslation();
  useDocumentTitle(t('vault.reset.title'));
  const state = useNewPassphrase();
  const dismissReset = useVaultStore((store) => store.dismissReset);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    if (busy) return;
    setError(null);
    setBusy(true);
    try {
      if (!(await state.validate())) return;
      const result = await call('vault.resetPassphrase', { recoveryKey, next: state.passphrase });
      if (result.ok) dismissReset();
      else if (result.error.code === 'WEAK_PASSPHRASE') state.refuseAsWeak();
      else setError(result.error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <AuthLayout>
      <ScreenHeading>{t('vault.reset.title')}</ScreenHeading>
      <p className="lead">{t('vault.reset.intro')}</p>
      <form className="form-stack" onSubmit={(event) => void submit(event)} noValidate>
        <NewPassphraseFields state={state} label={t('vault.reset.passphrase')} />
        <ErrorAlert error={error} />
        <button type="submit" className="button button-primary button-block" disabled={busy}>
          {busy ? t('vault.reset.submitting') : t('vault.reset.submit')}
        </button>
        <button type="button" className="button button-block" onClick={dismissReset} disabled={busy}>
          {t('vault.reset.later')}
        </button>
      </form>
    </AuthLayout>
  );
}
