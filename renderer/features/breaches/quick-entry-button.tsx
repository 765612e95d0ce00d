import { useTranslation } from 'react-i18next';
import { useBreachesView } from './view-store';

/** The one prominent way in when something has just happened: opens the quick entry dialog. */
export function QuickEntryButton() {
  const { t } = useTranslation();
  const open = useBreachesView((store) => store.openQuickEntry);
  return (
    <button type="button" className="button button-primary quick-entry-button" onClick={open} aria-haspopup="dialog">
      <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false" className="breach-icon">
        <path d="M8 1.8 1.5 13.5h13L8 1.8Z" />
        <path d="M8 6.3v3.4M8 11.6v.1" />
      </svg>
      {t('breaches.quickEntry.open')}
    </button>
  );
}
