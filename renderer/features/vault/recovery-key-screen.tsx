import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../electron/shared/result';
import { AuthLayout } from '../../components/auth-layout';
import { ErrorAlert } from '../../components/error-alert';
import { ScreenHeading } from '../../components/screen-heading';
import { StatusMessage } from '../../components/status-message';
import { call } from '../../lib/api';
import { downloadFile } from '../../lib/download-file';
import { useDocumentTitle } from '../../lib/use-document-title';
import { useLanguage } from '../../i18n/use-language';
import { recoveryKeyGroups } from './recovery-key-groups';

/** Shown once after the vault is created: the recovery key, to be stored before going on. */
export function RecoveryKeyScreen({ recoveryKey, onContinue }: { recoveryKey: string; onContinue: () => void }) {
  const { t } = useTranslation();
  useDocumentTitle(t('vault.recovery.title'));
  const language = useLanguage();
  const checkboxId = useId();
  const checkboxRef = useRef<HTMLInputElement>(null);
  const [stored, setStored] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const [confirmError, setConfirmError] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [saving, setSaving] = useState(false);

  const copy = async (): Promise<void> => {
    try {
      await navigator.clipboard.writeText(recoveryKey);
      setNotice(t('vault.recovery.copied'));
    } catch {
      setNotice(t('vault.recovery.copyFailed'));
    }
  };

  const saveSheet = async (): Promise<void> => {
    setError(null);
    setSaving(true);
    const result = await call('vault.recoverySheet', { recoveryKey, language });
    setSaving(false);
    if (!result.ok) return setError(result.error);
    downloadFile(result.value);
    setNotice(t('vault.recovery.sheetSaved', { fileName: result.value.fileName }));
  };

  const proceed = (): void => {
    if (stored) return onContinue();
    setConfirmError(true);
    checkboxRef.current?.focus();
  };

  return (
    <AuthLayout wide>
      <ScreenHeading>{t('vault.recovery.title')}</ScreenHeading>
      <p className="lead">{t('vault.recovery.intro')}</p>
      <div className="recovery-key" role="group" aria-label={t('vault.recovery.keyLabel')}>
        {recoveryKeyGroups(recoveryKey).map((group, index) => (
          <span key={`${index}-${group}`} className="recovery-key-group">
            {group}
          </span>
        ))}
      </div>
      <div className="button-row">
        <button type="button" className="button" onClick={() => void copy()}>
          {t('vault.recovery.copy')}
        </button>
        <button type="button" className="button" onClick={() => void saveSheet()} disabled={saving}>
          {saving ? t('vault.recovery.saving') : t('vault.recovery.saveSheet')}
        </button>
      </div>
      <StatusMessage message={notice} />
      <ErrorAlert error={error} />
      <p className="warning-note">{t('vault.recovery.onlyOnce')}</p>
      <div className="checkbox-field">
        <input
          ref={checkboxRef}
          id={checkboxId}
          type="checkbox"
          checked={stored}
          aria-invalid={confirmError && !stored ? true : undefined}
          aria-describedby={confirmError && !stored ? `${checkboxId}-error` : undefined}
          onChange={(event) => {
            setStored(event.target.checked);
            setConfirmError(false);
          }}
        />
        <label htmlFor={checkboxId}>{t('vault.recovery.stored')}</label>
      </div>
      {confirmError && !stored ? (
        <p className="field-error" id={`${checkboxId}-error`} role="alert">
          {t('vault.recovery.storedRequired')}
        </p>
      ) : null}
      <button type="button" className="button button-primary button-block" onClick={proceed}>
        {t('vault.recovery.continue')}
      </button>
    </AuthLayout>
  );
}
