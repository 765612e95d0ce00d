import { useTranslation } from 'react-i18next';
import { call } from '../../lib/api';
import { NewPassphraseScreen } from './new-passphrase-screen';
import { useVaultStore } from './vault-store';

/** First run: choose the passphrase that will protect the new vault. */
export function CreateVaultScreen() {
  const { t } = useTranslation();
  const showRecoveryKey = useVaultStore((store) => store.showRecoveryKey);
  return (
    <NewPassphraseScreen
      title={t('vault.create.title')}
      intro={t('vault.create.intro')}
      label={t('vault.create.passphrase')}
      submitLabel={t('vault.create.submit')}
      submittingLabel={t('vault.create.submitting')}
      onSubmit={async (passphrase) => {
        const result = await call('vault.create', { passphrase });
        if (!result.ok) return result.error;
        showRecoveryKey(result.value.recoveryKey, result.value.status);
        return null;
      }}
      footer={<p className="fine-print">{t('vault.create.note')}</p>}
    />
  );
}
