import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { ScreenHeading } from '../../../components/screen-heading';
import { useLanguage } from '../../../i18n/use-language';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { formatNumber } from '../format-time';
import { QuickEntryButton } from '../quick-entry-button';
import { useBreachesView } from '../view-store';
import { displayZone, ZoneNote } from '../zone-note';
import { BreachFilters } from './breach-filters';
import { BreachListEmpty } from './breach-list-empty';
import { useBreachListStore } from './breach-list-store';
import { BreachTable } from './breach-table';

/** The breach register (Art. 33(5)): every breach with its status, severity and 72-hour clock. */
export function BreachListScreen() {
  const { t } = useTranslation();
  const language = useLanguage();
  useDocumentTitle(t('sections.breaches.nav'));
  const rows = useBreachListStore((store) => store.rows);
  const total = useBreachListStore((store) => store.total);
  const timeZone = useBreachListStore((store) => store.timeZone);
  const error = useBreachListStore((store) => store.error);
  const loadingMore = useBreachListStore((store) => store.loadingMore);
  const resets = useBreachListStore((store) => store.resets);
  const refresh = useBreachListStore((store) => store.refresh);
  const loadMore = useBreachListStore((store) => store.loadMore);
  const showBreach = useBreachesView((store) => store.showBreach);
  const zone = displayZone(timeZone);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  return (
    <div className="breaches-page breach-register">
      <header className="breaches-header">
        <div className="breaches-header-text">
          <ScreenHeading>{t('breaches.title')}</ScreenHeading>
          <p className="page-subtitle" data-testid="times-in">
            {t('breaches.timesIn', { zone })}
          </p>
        </div>
        <QuickEntryButton />
      </header>
      {total !== null && timeZone === null ? <ZoneNote /> : null}
      <BreachFilters key={resets} />
      <ErrorAlert error={error} />
      <p className="breach-results" role="status">
        {total === null ? t('breaches.loading') : t('breaches.list.results', { count: total, formatted: formatNumber(total, language) })}
      </p>
      {total === 0 ? <BreachListEmpty /> : total !== null ? <BreachTable rows={rows} timeZone={zone} onOpen={showBreach} /> : null}
      {total !== null && rows.length < total ? (
        <button type="button" className="button breach-more" onClick={() => void loadMore()} disabled={loadingMore}>
          {t('breaches.list.showMore', { shown: formatNumber(rows.length, language), total: formatNumber(total, language) })}
        </button>
      ) : null}
    </div>
  );
}
