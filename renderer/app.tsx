import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { AuthLayout } from './components/auth-layout';
import { ErrorAlert } from './components/error-alert';
import { ScreenHeading } from './components/screen-heading';
import { Shell } from './features/shell/shell';
import { CreateVaultScreen } from './features/vault/create-vault-screen';
import { RecoveryKeyScreen } from './features/vault/recovery-key-screen';
import { ResetPassphraseScreen } from './features/vault/reset-passphrase-screen';
import { TeamSignInScreen } from './features/team/team-sign-in-screen';
import { useTeamChanges } from './features/team/use-team-changes';
import { UnlockScreen } from './features/vault/unlock-screen';
import { useActivityPing } from './features/vault/use-activity-ping';
import { useStatusPoll } from './features/vault/use-status-poll';
import { useVaultStore } from './features/vault/vault-store';
import { openCase } from './features/dashboard/open-case';
import { useBrowserNotifications } from './features/dashboard/use-browser-notifications';

/** Chooses the screen from the vault's state: create, recovery key, unlock (or sign in to the team server), or the app itself. */
export function App() {
  const { t } = useTranslation();
  const status = useVaultStore((store) => store.status);
  const team = useVaultStore((store) => store.team);
  const loadError = useVaultStore((store) => store.loadError);
  const recoveryKey = useVaultStore((store) => store.recoveryKey);
  const refresh = useVaultStore((store) => store.refresh);
  const dismissRecoveryKey = useVaultStore((store) => store.dismissRecoveryKey);
  const resetWith = useVaultStore((store) => store.resetWith);
  const unlocked = status?.state === 'unlocked';
  useStatusPoll(unlocked);
  useActivityPing(unlocked);
  useBrowserNotifications(unlocked);
  useTeamChanges(unlocked && team?.mode === 'team', team?.member?.login ?? null);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  // The desktop app pushes a lock from main at once (screen lock, menu, suspend) and a
  // clicked reminder's case; the browser mode has no such channel and keeps polling.
  useEffect(() => {
    const events = window.dpoEvents;
    if (!events) return undefined;
    const offLocked = events.onVaultLocked(() => void refresh());
    const offOpen = events.onOpenCase((target) => openCase(target.caseType, target.caseId));
    return () => {
      offLocked();
      offOpen();
    };
  }, [refresh]);

  if (status === null) {
    return (
      <AuthLayout>
        {loadError ? (
          <>
            <ScreenHeading>{t('app.startFailed')}</ScreenHeading>
            <ErrorAlert error={loadError} />
            <button type="button" className="button button-primary button-block" onClick={() => void refresh()}>
              {t('common.retry')}
            </button>
          </>
        ) : (
          <p className="loading" role="status">
            {t('common.loading')}
          </p>
        )}
      </AuthLayout>
    );
  }
  if (recoveryKey) return <RecoveryKeyScreen recoveryKey={recoveryKey} onContinue={dismissRecoveryKey} />;
  if (team?.server && status.state !== 'unlocked') return <TeamSignInScreen team={{ ...team, server: team.server }} status={status} />;
  if (status.state === 'absent') return <CreateVaultScreen />;
  if (status.state === 'locked') return <UnlockScreen status={status} />;
  if (resetWith) return <ResetPassphraseScreen recoveryKey={resetWith} />;
  return <Shell />;
}
