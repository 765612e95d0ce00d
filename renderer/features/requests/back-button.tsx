import { useTranslation } from 'react-i18next';
import { confirmLeave } from '../../lib/unsaved-changes';
import { useRequestsView } from './view-store';

/** "← Back to requests": returns to the inbox where it was left. */
export function BackButton() {
  const { t } = useTranslation();
  const showInbox = useRequestsView((store) => store.showInbox);
  return (
    <button type="button" className="button button-ghost back-button" onClick={() => confirmLeave() && showInbox()}>
      <svg width="14" height="14" viewBox="0 0 16 16" aria-hidden="true" focusable="false" className="button-icon">
        <path d="M13 8H3M7 4 3 8l4 4" />
      </svg>
      {t('requests.backToInbox')}
    </button>
  );
}
