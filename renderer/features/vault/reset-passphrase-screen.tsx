import { useTranslation } from 'react-i18next';
import { call } from '../../lib/api';
import { NewPassphraseScreen } from './new-passphrase-screen';
import { useVaultStore } from './vault-store';

/**
 * After an unlock with the recovery key: the DPO has probably forgotten the passphrase, so
 * offer a new one at once (the recovery key proves the right to set it).
 */
export function ResetPassphraseScreen({ recoveryKey }: { recoveryKey: string }) {
  const { t } = useTranslation();
  const dismissReset = useVaultStore((store) => store.dismissReset);
  return (
    <NewPassphraseScreen
      title={t('vault.reset.title')}
      intro={t('vault.reset.intro')}
      label={t('vault.reset.passphrase')}
      submitLabel={t('vault.reset.submit')}
      submittingLabel={t('vault.reset.submitting')}
      onSubmit={async (next) => {
        const result = await call('vault.resetPassphrase', { recoveryKey, next });
        if (!result.ok) return result.error;
        dismissReset();
        return null;
      }}
      secondary={(busy) => (
        <button type="button" className="button button-block" onClick={dismissReset} disabled={busy}>
          {t('vault.reset.later')}
        </button>
      )}
    />
  );
}
