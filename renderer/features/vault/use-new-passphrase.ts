import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PassphraseAssessment } from '../../../electron/shared/contract/vault';
import { useLanguage } from '../../i18n/use-language';
import { assessNow, usePassphraseAssessment } from './use-passphrase-assessment';

export interface NewPassphraseErrors {
  passphrase: string | null;
  confirm: string | null;
}

const noErrors: NewPassphraseErrors = { passphrase: null, confirm: null };

/**
 * State and checks for choosing a new passphrase (create vault, change passphrase): the
 * strength estimate, the confirmation that must match, and errors placed on the fields.
 */
export function useNewPassphrase() {
  const { t } = useTranslation();
  const language = useLanguage();
  const [passphrase, setPassphraseValue] = useState('');
  const [confirm, setConfirmValue] = useState('');
  const [errors, setErrors] = useState<NewPassphraseErrors>(noErrors);
  const assessment = usePassphraseAssessment(passphrase);
  const passphraseId = useId();
  const confirmId = useId();
  const focus = (id: string): void => document.getElementById(id)?.focus();

  const setPassphrase = (value: string): void => {
    setPassphraseValue(value);
    setErrors((current) => ({ ...current, passphrase: null }));
  };
  const setConfirm = (value: string): void => {
    setConfirmValue(value);
    setErrors((current) => ({ ...current, confirm: null }));
  };

  /** Checks both fields, shows what is wrong and moves focus to the first bad field. */
  const validate = async (): Promise<boolean> => {
    let verdict: PassphraseAssessment | null = assessment;
    if (passphrase && !verdict) verdict = await assessNow(passphrase, language);
    const next: NewPassphraseErrors = {
      passphrase: !passphrase
        ? t('newPassphrase.errors.empty')
        : verdict && !verdict.acceptable
          ? t('newPassphrase.errors.tooWeak')
          : null,
      confirm: !confirm ? t('newPassphrase.errors.confirmEmpty') : confirm !== passphrase ? t('newPassphrase.errors.mismatch') : null,
    };
    setErrors(next);
    if (next.passphrase) focus(passphraseId);
    else if (next.confirm) focus(confirmId);
    return !next.passphrase && !next.confirm;
  };

  /** Marks the passphrase as refused by main (WEAK_PASSPHRASE) after a submit. */
  const refuseAsWeak = (): void => {
    setErrors({ passphrase: t('newPassphrase.errors.tooWeak'), confirm: null });
    focus(passphraseId);
  };

  const reset = (): void => {
    setPassphraseValue('');
    setConfirmValue('');
    setErrors(noErrors);
  };

  return { passphrase, setPassphrase, confirm, setConfirm, errors, assessment, passphraseId, confirmId, validate, refuseAsWeak, reset };
}

export type NewPassphraseState = ReturnType<typeof useNewPassphrase>;
