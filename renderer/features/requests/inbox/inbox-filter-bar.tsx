import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Regime, RequestType } from '../../../../electron/shared/requests';
import { RoleFilter } from '../../clients/role-filter';
import { useRequestOptions } from '../use-request-options';
import { useDebouncedValue } from '../use-debounced-value';
import { FilterSelect } from './filter-select';
import type { InboxFilters } from './inbox-filters';
import { useInboxStore } from './inbox-store';
import { StatusChips } from './status-chips';

const SEARCH_DELAY_MS = 250;

/** Search, law, type, sort and status: every change reloads the list from its first page. */
export function InboxFilterBar() {
  const { t } = useTranslation();
  const options = useRequestOptions();
  const filters = useInboxStore((store) => store.filters);
  const setFilters = useInboxStore((store) => store.setFilters);
  const [search, setSearch] = useState(filters.search);
  const debounced = useDebouncedValue(search, SEARCH_DELAY_MS);

  useEffect(() => {
    if (debounced !== useInboxStore.getState().filters.search) setFilters({ search: debounced });
  }, [debounced, setFilters]);

  const regimeOptions = useMemo(
    () => [
      { value: '' as const, label: t('requests.filters.allRegimes') },
      ...(options?.regimes ?? []).map(({ regime }) => ({ value: regime, label: t(`requests.regimesShort.${regime}`) })),
    ],
    [options, t],
  );
  const typeOptions = useMemo(() => {
    const regimes = (options?.regimes ?? []).filter((entry) => !filters.regime || entry.regime === filters.regime);
    const types = [...new Set(regimes.flatMap((entry) => entry.types))];
    return [{ value: '' as const, label: t('requests.filters.allTypes') }, ...types.map((type) => ({ value: type, label: t(`requests.types.${type}`) }))];
  }, [options, filters.regime, t]);

  const sortOptions = [
    { value: 'due', label: t('requests.filters.sortDue') },
    { value: 'received', label: t('requests.filters.sortReceived') },
    { value: 'reference', label: t('requests.filters.sortReference') },
  ] as const;

  const chooseRegime = (regime: Regime | '') => {
    const keepType = !regime || !filters.type || options?.regimes.some((e) => e.regime === regime && e.types.includes(filters.type as RequestType));
    setFilters({ regime, ...(keepType ? {} : { type: '' }) });
  };

  return (
    <section className="inbox-filters" aria-label={t('requests.filters.label')}>
      <div className="filter-row">
        <div className="filter-field filter-search">
          <label className="filter-label" htmlFor="inbox-search">
            {t('requests.filters.search')}
          </label>
          <input
            id="inbox-search"
            className="input"
            type="search"
            value={search}
            placeholder={t('requests.filters.searchPlaceholder')}
            onChange={(event) => setSearch(event.target.value)}
            autoComplete="off"
            spellCheck={false}
            maxLength={200}
          />
        </div>
        <FilterSelect<Regime | ''> label={t('requests.filters.regime')} value={filters.regime} options={regimeOptions} onChange={chooseRegime} />
        <FilterSelect<RequestType | ''>
          label={t('requests.filters.type')}
          value={filters.type}
          options={typeOptions}
          onChange={(type) => setFilters({ type })}
          className="filter-type"
        />
        <FilterSelect<InboxFilters['late']>
          label={t('requests.filters.late')}
          value={filters.late}
          options={[
            { value: '', label: t('requests.filters.lateAny') },
            { value: 'legal', label: t('requests.filters.lateLegal') },
            { value: 'commitment', label: t('requests.filters.lateCommitment') },
          ]}
          onChange={(late) => setFilters({ late })}
        />
        <RoleFilter value={filters.role} onChange={(role) => setFilters({ role })} />
        <div className="filter-sort">
          <FilterSelect<InboxFilters['sort']> label={t('requests.filters.sort')} value={filters.sort} options={sortOptions} onChange={(sort) => setFilters({ sort })} />
          <button
            type="button"
            className="button sort-direction"
            aria-label={filters.direction === 'asc' ? t('requests.filters.ascending') : t('requests.filters.descending')}
            title={t('requests.filters.reverse')}
            onClick={() => setFilters({ direction: filters.direction === 'asc' ? 'desc' : 'asc' })}
          >
            <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false" className={`sort-icon sort-${filters.direction}`}>
              <path d="M5 3v10M2 10l3 3 3-3M10 4h4M10 8h3M10 12h2" />
            </svg>
          </button>
        </div>
        <label className="checkbox-field overdue-toggle">
          <input type="checkbox" checked={filters.overdue} onChange={(event) => setFilters({ overdue: event.target.checked })} />
          <span>{t('requests.filters.overdueOnly')}</span>
        </label>
      </div>
      <div className="filter-row filter-row-secondary">
        {filters.group ? (
          <p className="group-filter" data-testid="group-filter">
            <span>{t('requests.filters.group', { title: t(`dashboard.groups.${filters.group}.title`) })}</span>
            <button type="button" className="button button-small" onClick={() => setFilters({ group: '' })}>
              {t('requests.filters.clearGroup')}
            </button>
          </p>
        ) : (
          <StatusChips value={filters.status} onChange={(status) => setFilters({ status })} />
        )}
      </div>
    </section>
  );
}
