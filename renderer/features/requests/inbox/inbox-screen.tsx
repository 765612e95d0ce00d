import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { ScreenHeading } from '../../../components/screen-heading';
import { useLanguage } from '../../../i18n/use-language';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useCaseReadOnlyReason } from '../../team/read-only-for-role';
import { formatCivilDate, formatCount } from '../format';
import { isSetupMissing, SetupNeeded } from '../setup-needed';
import { useRequestsView } from '../view-store';
import { InboxCounts } from './inbox-counts';
import { InboxEmpty } from './inbox-empty';
import { InboxFilterBar } from './inbox-filter-bar';
import { useInboxStore } from './inbox-store';
import { RequestList } from './request-list';

/** The Requests inbox: the counts, the filters, and every matching request in one virtualised list. */
export function InboxScreen() {
  const { t } = useTranslation();
  const language = useLanguage();
  useDocumentTitle(t('sections.requests.nav'));
  const refresh = useInboxStore((store) => store.refresh);
  const error = useInboxStore((store) => store.error);
  const total = useInboxStore((store) => store.total);
  const today = useInboxStore((store) => store.today);
  const timeZone = useInboxStore((store) => store.timeZone);
  const resets = useInboxStore((store) => store.resets);
  const showNew = useRequestsView((store) => store.showNew);
  const readOnly = useCaseReadOnlyReason();

  useEffect(() => {
    void refresh();
  }, [refresh]);

  const setupMissing = isSetupMissing(error);
  return (
    <div className="requests-page requests-inbox">
      <header className="requests-header">
        <div className="requests-header-text">
          <ScreenHeading>{t('requests.title')}</ScreenHeading>
          <p className="page-subtitle" data-testid="dates-in">
            {today && timeZone ? t('requests.datesIn', { zone: timeZone, today: formatCivilDate(today, language) }) : t('requests.subtitle')}
          </p>
        </div>
        {setupMissing ? null : (
          <button type="button" className="button button-primary" onClick={showNew} disabled={readOnly !== null} title={readOnly ?? undefined}>
            <svg width="14" height="14" viewBox="0 0 16 16" aria-hidden="true" focusable="false" className="button-icon">
              <path d="M8 3v10M3 8h10" />
            </svg>
            {t('requests.newRequest')}
          </button>
        )}
      </header>
      {setupMissing ? (
        <SetupNeeded error={error} />
      ) : (
        <>
          <InboxCounts />
          <InboxFilterBar key={resets} />
          <ErrorAlert error={error} />
          <p className="inbox-results" role="status">
            {total === null ? t('requests.loading') : t('requests.list.results', { count: total, formatted: formatCount(total, language) })}
          </p>
          {total === 0 ? <InboxEmpty onNew={showNew} /> : <RequestList />}
        </>
      )}
    </div>
  );
}
