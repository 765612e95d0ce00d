import { useTranslation } from 'react-i18next';
import type { DashboardRequestRow, RequestGroupKey } from '../../../electron/shared/dashboard';
import { useLanguage } from '../../i18n/use-language';
import { formatCivilDate } from '../requests/format';
import { StatusBadge } from '../requests/status-badge';
import { openRequest } from './open-case';

/** Red past the law, amber past a promise or due today, neutral ahead. */
function tone(group: RequestGroupKey, daysLeft: number): 'danger' | 'warning' | 'neutral' {
  if (group === 'overdue' || (daysLeft < 0 && group !== 'pastCommitment')) return 'danger';
  if (group === 'pastCommitment' || daysLeft === 0) return 'warning';
  return 'neutral';
}

/** One request in a list: who and which, its status, the date the list is about, and the next step. */
export function RequestRow({ row, group }: { row: DashboardRequestRow; group: RequestGroupKey }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const action = t(`dashboard.actions.${row.nextAction}`);
  const days =
    row.daysLeft < 0 ? t('dashboard.days.overdue', { count: -row.daysLeft }) : row.daysLeft === 0 ? t('dashboard.days.today') : t('dashboard.days.left', { count: row.daysLeft });
  return (
    <li className="dash-row" data-reference={row.reference}>
      <div className="dash-row-text">
        <button type="button" className="dash-row-main" onClick={() => openRequest(row.id)}>
          <span className="dash-ref">{row.reference}</span>
          <span className="dash-name">{row.subjectName}</span>
        </button>
        <div className="dash-row-meta">
          <StatusBadge status={row.status} />
          <span className="dash-when">{formatCivilDate(row.date, language)}</span>
        </div>
      </div>
      <span className={`days-badge days-${tone(group, row.daysLeft)}`}>{days}</span>
      <button
        type="button"
        className="button dash-action"
        onClick={() => openRequest(row.id, row.nextAction === 'acknowledge' ? 'acknowledge' : undefined)}
        aria-label={t('dashboard.actionFor', { action, reference: row.reference })}>
        {action}
      </button>
    </li>
  );
}
