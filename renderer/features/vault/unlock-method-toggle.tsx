import { useTranslation } from 'react-i18next';

export type UnlockMethod = 'passphrase' | 'recovery-key';

const methods: readonly UnlockMethod[] = ['passphrase', 'recovery-key'];

/** A two-way choice between passphrase and recovery key, built from native radio buttons. */
export function UnlockMethodToggle({ value, onChange }: { value: UnlockMethod; onChange: (method: UnlockMethod) => void }) {
  const { t } = useTranslation();
  return (
    <fieldset className="segmented">
      <legend className="visually-hidden">{t('vault.unlock.methodLegend')}</legend>
      {methods.map((method) => (
        <label key={method} className="segmented-option">
          <input
            type="radio"
            name="unlock-method"
            value={method}
            checked={value === method}
            onChange={() => onChange(method)}
          />
          <span>{method === 'passphrase' ? t('vault.unlock.methodPassphrase') : t('vault.unlock.methodRecoveryKey')}</span>
        </label>
      ))}
    </fieldset>
  );
}
