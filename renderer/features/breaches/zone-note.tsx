import { useTranslation } from 'react-i18next';
import { useNavigationStore } from '../shell/navigation-store';

/**
 * Shown while the organisation has no time zone: the clock still runs (it counts real hours
 * from an instant), but times are shown in UTC until the zone is set. Leads to Settings.
 */
export function ZoneNote() {
  const { t } = useTranslation();
  const go = useNavigationStore((store) => store.go);
  return (
    <div className="warning-note zone-note">
      <p>{t('breaches.zone.missing')}</p>
      <button type="button" className="button button-small-breach" onClick={() => go('settings')}>
        {t('breaches.zone.openSettings')}
      </button>
    </div>
  );
}

/** The zone times are shown in: the organisation's, or UTC until it is set. */
export function displayZone(timeZone: string | null): string {
  return timeZone ?? 'UTC';
}
