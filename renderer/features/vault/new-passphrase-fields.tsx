import { useTranslation } from 'react-i18next';
import { PassphraseInput } from '../../components/passphrase-input';
import { StrengthMeter } from './strength-meter';
import type { NewPassphraseState } from './use-new-passphrase';

/** The "new passphrase" and "confirm" fields with the strength meter between them. */
export function NewPassphraseFields({ state, label }: { state: NewPassphraseState; label: string }) {
  const { t } = useTranslation();
  return (
    <>
      <PassphraseInput
        id={state.passphraseId}
        label={label}
        value={state.passphrase}
        onValueChange={state.setPassphrase}
        autoComplete="new-password"
        error={state.errors.passphrase}
        hint={<StrengthMeter assessment={state.assessment} empty={!state.passphrase} />}
      />
      <PassphraseInput
        id={state.confirmId}
        label={t('newPassphrase.confirm')}
        value={state.confirm}
        onValueChange={state.setConfirm}
        autoComplete="new-password"
        error={state.errors.confirm}
      />
    </>
  );
}
