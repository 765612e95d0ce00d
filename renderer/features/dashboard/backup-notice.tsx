import { useTranslation } from 'react-i18next';
import { useApi } from '../../lib/use-api';
import { useOrganisationZone } from '../reports/use-organisation-zone';
import { useRequestedSettingsTab } from '../retention/requested-settings-tab';
import { formatBackupTime } from '../settings/backup-form';
import { useNavigationStore } from '../shell/navigation-store';

/**
 * Today's reminder that the vault lives on one laptop: shown when the last good backup is
 * older than the schedule, or when there has never been one. Opens Settings → Security.
 */
export function BackupNotice() {
  const { t, i18n } = useTranslation();
  const go = useNavigationStore((store) => store.go);
  const requestTab = useRequestedSettingsTab((store) => store.request);
  const status = useApi('backup.status', {}).data;
  const { zone } = useOrganisationZone();

  if (!status || (!status.due && status.lastGoodAt !== null)) return null;
  const text = status.lastGoodAt ? t('backup.today.stale', { when: formatBackupTime(status.lastGoodAt, i18n.language, zone) }) : t('backup.today.never');
  return (
    <div className="warning-note backup-notice" data-testid="backup-notice">
      <p>{text}</p>
      <button
        type="button"
        className="button button-ghost"
        onClick={() => {
          requestTab('security');
          go('settings');
        }}
      >
        {t('backup.today.open')}
      </button>
    </div>
  );
}
