import type { Settings } from '../../../electron/shared/settings';
import { useVaultStore } from '../vault/vault-store';
import { AutoLockForm } from './auto-lock-form';
import { BackupForm } from './backup-form';
import { ChangePassphraseForm } from './change-passphrase-form';
import { VaultLocation } from './vault-location';

/** Settings → Security: passphrase, auto-lock, backups and the vault's location (on a team server, the auto sign-out only: the rest is the local vault's). */
export function SecurityTab({ settings, onSaved }: { settings: Settings; onSaved: (settings: Settings) => void }) {
  const path = useVaultStore((store) => store.status?.path ?? '');
  const teamMode = useVaultStore((store) => store.team?.mode === 'team');
  if (teamMode) return <AutoLockForm settings={settings} onSaved={onSaved} />;
  return (
    <div className="settings-stack">
      <ChangePassphraseForm />
      <AutoLockForm settings={settings} onSaved={onSaved} />
      <BackupForm settings={settings} onSaved={onSaved} />
      <VaultLocation path={path} />
    </div>
  );
}
