import { useTranslation } from 'react-i18next';
import type { DashboardGroup } from '../../../electron/shared/dashboard';
import { useLanguage } from '../../i18n/use-language';
import { formatCivilDate } from '../requests/format';
import { openGroup } from './open-case';
import { RequestRow } from './request-row';

/** One list of the day: its title with the count, what it means, and its requests (or that there are none). */
export function RequestGroup({ group, weekEnd }: { group: DashboardGroup; weekEnd: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const headingId = `dash-group-${group.key}`;
  const hint = t(`dashboard.groups.${group.key}.hint`, { end: formatCivilDate(weekEnd, language) });
  return (
    <section className={`dash-card dash-group${group.total === 0 ? ' dash-group-empty' : ''}`} aria-labelledby={headingId} data-group={group.key}>
      <div className="dash-card-head">
        <h2 id={headingId} className="dash-card-title" tabIndex={-1}>
          {t(`dashboard.groups.${group.key}.title`)}
          <span className={`dash-count dash-count-${group.key}`} data-testid={`count-${group.key}`}>
            {group.total}
          </span>
        </h2>
        {hint ? <p className="dash-card-hint">{hint}</p> : null}
      </div>
      {group.rows.length === 0 ? (
        <p className="dash-empty">{t(`dashboard.groups.${group.key}.empty`)}</p>
      ) : (
        <ul className="dash-rows">
          {group.rows.map((row) => (
            <RequestRow key={row.id} row={row} group={group.key} />
          ))}
        </ul>
      )}
      {group.total > group.rows.length ? (
        <p className="dash-more">
          {t('dashboard.more', { shown: group.rows.length, total: group.total })}{' '}
          <button type="button" className="link-button" onClick={() => openGroup(group.key)} data-testid={`show-all-${group.key}`}>
            {t('dashboard.showAll', { total: group.total })}
          </button>
        </p>
      ) : null}
    </section>
  );
}
