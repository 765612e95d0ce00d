import { useTranslation } from 'react-i18next';
import { confirmLeave } from '../../../lib/unsaved-changes';
import { useBreachesView } from '../view-store';

/** "← Breach register": back to the list, as it was left (a form with unsaved changes asks first). */
export function BackToRegister() {
  const { t } = useTranslation();
  const showList = useBreachesView((store) => store.showList);
  return (
    <button type="button" className="button button-ghost back-link" onClick={() => confirmLeave() && showList()}>
      <svg width="14" height="14" viewBox="0 0 16 16" aria-hidden="true" focusable="false" className="breach-icon">
        <path d="M13 8H3M7 4 3 8l4 4" />
      </svg>
      {t('breaches.backToRegister')}
    </button>
  );
}
