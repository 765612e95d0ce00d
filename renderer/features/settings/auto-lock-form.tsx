import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Settings } from '../../../electron/shared/settings';
import type { ApiError } from '../../../electron/shared/result';
import { ErrorAlert } from '../../components/error-alert';
import { StatusMessage } from '../../components/status-message';
import { TextField } from '../../components/text-field';
import { call } from '../../lib/api';
import { useVaultStore } from '../vault/vault-store';
import { FormSection } from './form-section';

const min = 1;
const max = 240;

/** Settings → Security: minutes of inactivity before main locks the vault by itself. */
export function AutoLockForm({ settings, onSaved }: { settings: Settings; onSaved: (settings: Settings) => void }) {
  const { t } = useTranslation();
  const refreshStatus = useVaultStore((store) => store.refresh);
  const [minutes, setMinutes] = useState(String(settings['security.autoLockMinutes']));
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    if (busy) return;
    setError(null);
    setNotice(null);
    const value = Number(minutes.trim());
    if (!/^\d+$/.test(minutes.trim()) || value < min || value > max) {
      setFieldError(t('settings.security.autoLockInvalid', { min, max }));
      return;
    }
    setBusy(true);
    const result = await call('settings.update', { changes: { 'security.autoLockMinutes': value } });
    setBusy(false);
    if (!result.ok) {
      if (result.error.issues?.length) setFieldError(t('settings.security.autoLockInvalid', { min, max }));
      else setError(result.error);
      return;
    }
    setNotice(t('settings.security.autoLockSaved', { count: value }));
    onSaved(result.value);
    void refreshStatus();
  };

  return (
    <form className="settings-form" onSubmit={(event) => void submit(event)} noValidate>
      <FormSection title={t('settings.security.autoLockTitle')} description={t('settings.security.autoLockIntro')}>
        <div className="field-inline">
          <TextField
            label={t('settings.security.autoLockMinutes')}
            value={minutes}
            onValueChange={(value) => {
              setMinutes(value);
              setFieldError(null);
            }}
            type="number"
            inputMode="numeric"
            min={min}
            max={max}
            step={1}
            hint={t('settings.security.autoLockHint', { min, max })}
            error={fieldError}
          />
          <button type="submit" className="button" disabled={busy}>
            {busy ? t('common.saving') : t('common.save')}
          </button>
        </div>
        <ErrorAlert error={error} />
        <StatusMessage message={notice} />
      </FormSection>
    </form>
  );
}
