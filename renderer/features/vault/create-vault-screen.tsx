import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../lib/api';
import { TeamConnectScreen } from '../team/team-connect-screen';
import { NewPassphraseScreen } from './new-passphrase-screen';
import { useVaultStore } from './vault-store';

/** First run: choose the passphrase that will protect the new vault, or connect to a team server instead. */
export function CreateVaultScreen() {
  const { t } = useTranslation();
  const showRecoveryKey = useVaultStore((store) => store.showRecoveryKey);
  const [connecting, setConnecting] = useState(false);
  if (connecting) return <TeamConnectScreen onBack={() => setConnecting(false)} />;
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
      footer={
        <>
          <p className="fine-print">{t('vault.create.note')}</p>
          <button type="button" className="button button-ghost button-block" onClick={() => setConnecting(true)}>
            {t('team.connect.link')}
          </button>
        </>
      }
    />
  );
}
