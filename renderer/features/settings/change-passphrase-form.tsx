import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../electron/shared/result';
import { ErrorAlert } from '../../components/error-alert';
import { PassphraseInput } from '../../components/passphrase-input';
import { StatusMessage } from '../../components/status-message';
import { call } from '../../lib/api';
import { NewPassphraseFields } from '../vault/new-passphrase-fields';
import { useNewPassphrase } from '../vault/use-new-passphrase';
import { FormSection } from './form-section';

/** Settings → Security: replace the passphrase (the current one is required; the data is not rewritten). */
export function ChangePassphraseForm() {
  const { t } = useTranslation();
  const next = useNewPassphrase();
  const currentRef = useRef<HTMLInputElement>(null);
  const [current, setCurrent] = useState('');
  const [currentError, setCurrentError] = useState<string | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    if (busy) return;
    setError(null);
    setNotice(null);
    setBusy(true);
    try {
      if (!current) {
        setCurrentError(t('settings.security.currentRequired'));
        currentRef.current?.focus();
        return;
      }
      if (!(await next.validate())) return;
      const result = await call('vault.changePassphrase', { current, next: next.passphrase });
      if (result.ok) {
        setCurrent('');
        next.reset();
        setNotice(t('settings.security.passphraseChanged'));
      } else if (result.error.code === 'WRONG_SECRET') {
        setCurrentError(t('settings.security.currentWrong'));
        currentRef.current?.select();
      } else if (result.error.code === 'WEAK_PASSPHRASE') {
        next.refuseAsWeak();
      } else {
        setError(result.error);
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="settings-form" onSubmit={(event) => void submit(event)} noValidate>
      <FormSection title={t('settings.security.changeTitle')} description={t('settings.security.changeIntro')}>
        <PassphraseInput
          ref={currentRef}
          label={t('settings.security.current')}
          value={current}
          onValueChange={(value) => {
            setCurrent(value);
            setCurrentError(null);
          }}
          autoComplete="current-password"
          error={currentError}
        />
        <NewPassphraseFields state={next} label={t('settings.security.new')} />
      </FormSection>
      <div className="form-footer">
        <div className="form-footer-messages">
          <ErrorAlert error={error} />
          <StatusMessage message={notice} />
        </div>
        <button type="submit" className="button button-primary" disabled={busy}>
          {busy ? t('settings.security.changing') : t('settings.security.change')}
        </button>
      </div>
    </form>
  );
}
