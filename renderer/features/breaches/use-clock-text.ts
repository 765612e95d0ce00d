import { useTranslation } from 'react-i18next';
import type { ClockView } from './clock-view';

/** Words for a clock: "41 h 12 min left", "Past 72 h by 5 h 3 min", "Notified in time"… */
export function useClockText(): (view: ClockView) => string {
  const { t } = useTranslation();
  return (view) => {
    switch (view.kind) {
      case 'running':
        return t('breaches.clock.left', { hours: view.hours, minutes: view.minutes });
      case 'overdue':
        return t('breaches.clock.past', { hours: view.hours, minutes: view.minutes });
      case 'notified-in-time':
        return t('breaches.clock.notifiedInTime');
      case 'notified-late':
        return t('breaches.clock.notifiedLate');
      case 'not-required':
        return t('breaches.clock.notRequired');
    }
  };
}
