import { useTranslation } from 'react-i18next';
import { useVaultStore } from '../vault/vault-store';

/** The sidebar's note of who is signed in to which team server, and in which role; nothing on the local vault. */
export function TeamMemberBadge() {
  const { t } = useTranslation();
  const team = useVaultStore((store) => store.team);
  if (!team?.member || !team.server) return null;
  return (
    <div className="team-badge" data-testid="team-badge">
      <span className="team-badge-name">{t('team.shell.member', { name: team.member.displayName })}</span>
      <span className="team-badge-role">{t('team.shell.role', { role: t(`team.role.${team.member.role}`) })}</span>
      <span className="team-badge-server">{t('team.shell.server', { host: team.server.host, database: team.server.database })}</span>
    </div>
  );
}
