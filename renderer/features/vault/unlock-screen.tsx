import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { VaultStatus } from '../../../electron/shared/contract/vault';
import type { ApiError } from '../../../electron/shared/result';
import { AuthLayout } from '../../components/auth-layout';
import { ErrorAlert } from '../../components/error-alert';
import { PassphraseInput } from '../../components/passphrase-input';
import { ScreenHeading } from '../../components/screen-heading';
import { TextField } from '../../components/text-field';
import { call } from '../../lib/api';
import { useCountdown } from '../../lib/use-countdown';
import { useDocumentTitle } from '../../lib/use-document-title';
import { RestoreBackupScreen } from './restore-backup-screen';
import { UnlockMethodToggle, type UnlockMethod } from './unlock-method-toggle';
import { useVaultStore } from './vault-store';

/** Later runs and after a lock: open the vault with the passphrase or the recovery key. */
export function UnlockScreen({ status }: { status: VaultStatus }) {
  const { t } = useTranslation();
  useDocumentTitle(t('vault.unlock.title'));
  const setStatus = useVaultStore((store) => store.setStatus);
  const offerReset = useVaultStore((store) => store.offerReset);
  const refresh = useVaultStore((store) => store.refresh);
  const retryUntil = useVaultStore((store) => store.retryUntil);
  const secondsLeft = useCountdown(retryUntil);
  const inputRef = useRef<HTMLInputElement>(null);
  const [method, setMethod] = useState<UnlockMethod>('passphrase');
  const [secret, setSecret] = useState('');
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const [restoring, setRestoring] = useState(false);

  const chooseMethod = (next: UnlockMethod): void => {
    setMethod(next);
    setSecret('');
    setFieldError(null);
    setError(null);
  };

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    if (busy || secondsLeft > 0) return;
    setError(null);
    if (!secret.trim()) {
      setFieldError(method === 'passphrase' ? t('vault.unlock.passphraseRequired') : t('vault.unlock.recoveryKeyRequired'));
      inputRef.current?.focus();
      return;
    }
    setBusy(true);
    const result = await call('vault.unlock', { method, secret });
    setBusy(false);
    if (result.ok) return method === 'recovery-key' ? offerReset(secret, result.value) : setStatus(result.value);
    setError(result.error);
    if (result.error.code === 'WRONG_SECRET' || result.error.code === 'THROTTLED') await refresh();
    inputRef.current?.select();
  };

  const onSecretChange = (value: string): void => {
    setSecret(value);
    setFieldError(null);
  };

  if (restoring) return <RestoreBackupScreen onBack={() => setRestoring(false)} />;

  return (
    <AuthLayout>
      <ScreenHeading>{t('vault.unlock.title')}</ScreenHeading>
      {status.lockedBy === 'idle' && status.autoLockMinutes ? (
        <p className="info-note">{t('vault.unlock.lockedIdle', { count: status.autoLockMinutes })}</p>
      ) : (
        <p className="lead">{method === 'passphrase' ? t('vault.unlock.intro') : t('vault.unlock.introRecoveryKey')}</p>
      )}
      <form className="form-stack" onSubmit={(event) => void submit(event)} noValidate>
        <UnlockMethodToggle value={method} onChange={chooseMethod} />
        {method === 'passphrase' ? (
          <PassphraseInput
            ref={inputRef}
            label={t('vault.unlock.passphrase')}
            value={secret}
            onValueChange={onSecretChange}
            autoComplete="current-password"
            error={fieldError}
          />
        ) : (
          <TextField
            ref={inputRef}
            className="field-mono"
            label={t('vault.unlock.recoveryKey')}
            hint={t('vault.unlock.recoveryKeyHint')}
            value={secret}
            onValueChange={onSecretChange}
            autoComplete="off"
            spellCheck={false}
            autoCapitalize="characters"
            error={fieldError}
          />
        )}
        <ErrorAlert error={error} />
        {secondsLeft > 0 ? <p className="retry-note">{t('vault.unlock.retryIn', { count: secondsLeft })}</p> : null}
        <button type="submit" className="button button-primary button-block" disabled={busy || secondsLeft > 0}>
          {busy ? t('vault.unlock.submitting') : t('vault.unlock.submit')}
        </button>
      </form>
      {method === 'passphrase' ? <p className="fine-print">{t('vault.unlock.forgotten')}</p> : null}
      <button type="button" className="button button-ghost button-block" onClick={() => setRestoring(true)}>
        {t('backup.restore.link')}
      </button>
    </AuthLayout>
  );
}
