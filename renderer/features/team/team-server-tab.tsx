import { useTranslation } from 'react-i18next';
import type { TeamStatus } from '../../../electron/shared/contract/team';
import { ErrorAlert } from '../../components/error-alert';
import { useVaultStore } from '../vault/vault-store';
import { TeamPasswordForm } from './team-password-form';
import { TeamServerForm } from './team-server-form';
import { useSwitchToLocal } from './use-switch-to-local';

/** Where DPO Desk works now: the local vault, or a team server with the member and role. */
function CurrentMode({ team }: { team: TeamStatus }) {
  const { t } = useTranslation();
  const { server, member } = team;
  return (
    <section className="form-section" aria-labelledby="team-mode-title">
      <h2 id="team-mode-title" className="form-section-title">
        {t('team.settings.modeTitle')}
      </h2>
      <p data-testid="team-mode">{server ? t('team.settings.team', { host: server.host, port: server.port, database: server.database }) : t('team.settings.local')}</p>
      {member ? <p>{t('team.settings.member', { name: member.displayName, login: member.login, role: t(`team.role.${member.role}`) })}</p> : null}
      {server?.source === 'environment' ? <p className="info-note">{t('team.settings.fromEnvironment')}</p> : null}
    </section>
  );
}

/**
 * Settings → Team server: the current mode (local vault, or server, member and role), the
 * signed-in member's own password, the form to test and connect to a server, and the way
 * back to the local vault. A server set by
 * `DPO_DESK_DATABASE_URL` is shown but not changed here.
 */
export function TeamServerTab() {
  const { t } = useTranslation();
  const team = useVaultStore((store) => store.team);
  const { switchToLocal, switching, switchError } = useSwitchToLocal();
  if (!team) return null;
  const fromEnvironment = team.server?.source === 'environment';


  return (
    <div className="settings-stack">
      <CurrentMode team={team} />
      {team.member ? <TeamPasswordForm /> : null}
      {fromEnvironment ? null : <TeamServerForm />}
      {team.mode === 'team' && !fromEnvironment ? (
        <section className="form-section">
          <ErrorAlert error={switchError} />
          <button type="button" className="button" onClick={() => void switchToLocal()} disabled={switching}>
            {t('team.settings.useLocal')}
          </button>
          <p className="fine-print">{t('team.settings.useLocalNote')}</p>
        </section>
      ) : null}
    </div>
  );
}
