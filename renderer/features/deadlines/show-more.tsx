import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../i18n/use-language';
import { formatCount } from '../requests/format';

/** Says how many of a list are shown and reads the next page: a long list grows, it is never cut short. */
export function ShowMore({ shown, total, onMore }: { shown: number; total: number; onMore: () => void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <p className="cal-more">
      {t('dashboard.calendar.shownOf', { shown: formatCount(shown, language), total: formatCount(total, language) })}{' '}
      <button type="button" className="button button-small" onClick={onMore}>
        {t('dashboard.calendar.showMore')}
      </button>
    </p>
  );
}
