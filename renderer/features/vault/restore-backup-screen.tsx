import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { RestoreResult } from '../../../electron/shared/backup';
import type { ApiError } from '../../../electron/shared/result';
import { AuthLayout } from '../../components/auth-layout';
import { CheckboxField } from '../../components/checkbox-field';
import { ErrorAlert } from '../../components/error-alert';
import { PassphraseInput } from '../../components/passphrase-input';
import { ScreenHeading } from '../../components/screen-heading';
import { StatusMessage } from '../../components/status-message';
import { TextField } from '../../components/text-field';
import { call } from '../../lib/api';
import { useDocumentTitle } from '../../lib/use-document-title';
import { UnlockMethodToggle, type UnlockMethod } from './unlock-method-toggle';
import { useVaultStore } from './vault-store';

/**
 * "Restore a backup", reached from the unlock screen: the backup folder, the passphrase or
 * recovery key in force when it was taken, and an explicit confirmation before the vault on
 * this computer is replaced (main keeps it aside and verifies the backup first).
 */
export function RestoreBackupScreen({ onBack }: { onBack: () => void }) {
  const { t } = useTranslation();
  useDocumentTitle(t('backup.restore.title'));
  const refresh = useVaultStore((store) => store.refresh);
  const [from, setFrom] = useState('');
  const [method, setMethod] = useState<UnlockMethod>('passphrase');
  const [secret, setSecret] = useState('');
  const [replace, setReplace] = useState(false);
  const [fieldErrors, setFieldErrors] = useState<{ from?: string; secret?: string; replace?: string }>({});
  const [error, setError] = useState<ApiError | null>(null);
  const [done, setDone] = useState<RestoreResult | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    if (busy) return;
    setError(null);
    const errors = {
      ...(from.trim() ? {} : { from: t('backup.restore.fromRequired') }),
      ...(secret.trim() ? {} : { secret: t('backup.restore.secretRequired') }),
    };
    setFieldErrors(errors);
    if (errors.from || errors.secret) return;
    setBusy(true);
    const result = await call('vault.restore', { from: from.trim(), method, secret, replace });
    setBusy(false);
    setSecret('');
    if (!result.ok) {
      if (result.error.code === 'CONFLICT' && !replace) setFieldErrors({ replace: t('backup.restore.confirmNeeded') });
      else setError(result.error);
      await refresh();
      return;
    }
    setDone(result.value);
    await refresh();
  };

  return (
    <AuthLayout>
      <ScreenHeading>{t('backup.restore.title')}</ScreenHeading>
      <p className="lead">{t('backup.restore.intro')}</p>
      {done ? (
        <div className="form-stack">
          <StatusMessage message={t('backup.restore.done', { count: done.eventCount })} />
          {done.previousVault ? <p className="info-note">{t('backup.restore.previousKept', { path: done.previousVault })}</p> : null}
          <button type="button" className="button button-primary button-block" onClick={onBack}>
            {t('backup.restore.back')}
          </button>
        </div>
      ) : (
        <form className="form-stack" onSubmit={(event) => void submit(event)} noValidate>
          <TextField
            label={t('backup.restore.from')}
            hint={t('backup.restore.fromHint')}
            value={from}
            onValueChange={setFrom}
            spellCheck={false}
            autoComplete="off"
            error={fieldErrors.from ?? null}
          />
          <UnlockMethodToggle value={method} onChange={(next) => (setMethod(next), setSecret(''))} />
          {method === 'passphrase' ? (
            <PassphraseInput label={t('backup.restore.passphrase')} value={secret} onValueChange={setSecret} autoComplete="current-password" error={fieldErrors.secret ?? null} />
          ) : (
            <TextField
              className="field-mono"
              label={t('backup.restore.recoveryKey')}
              value={secret}
              onValueChange={setSecret}
              autoComplete="off"
              spellCheck={false}
              error={fieldErrors.secret ?? null}
            />
          )}
          <CheckboxField
            label={t('backup.restore.replace')}
            hint={t('backup.restore.replaceHint')}
            checked={replace}
            onCheckedChange={(checked) => (setReplace(checked), setFieldErrors((errors) => ({ ...errors, replace: undefined })))}
          />
          {fieldErrors.replace ? (
            <p className="field-error" role="alert">
              {fieldErrors.replace}
            </p>
          ) : null}
          <ErrorAlert error={error} />
          <button type="submit" className="button button-primary button-block" disabled={busy}>
            {busy ? t('backup.restore.submitting') : t('backup.restore.submit')}
          </button>
          <button type="button" className="button button-ghost button-block" onClick={onBack}>
            {t('backup.restore.back')}
          </button>
        </form>
      )}
    </AuthLayout>
  );
}
