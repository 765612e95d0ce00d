import { useTranslation } from 'react-i18next';
import type { Activity } from '../../../electron/shared/registers';
import { useLanguage } from '../../i18n/use-language';
import { formatCivilDate } from '../requests/format';

/** The processing activities, each opening its form; overdue reviews marked. */
export function ActivityTable({ activities, overdue, onOpen }: { activities: Activity[]; overdue: ReadonlySet<string>; onOpen: (activity: Activity) => void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  if (activities.length === 0) return <p className="ropa-empty">{t('ropa.list.empty')}</p>;
  return (
    <table className="ropa-table">
      <thead>
        <tr>
          <th scope="col">{t('ropa.list.reference')}</th>
          <th scope="col">{t('ropa.list.name')}</th>
          <th scope="col">{t('ropa.list.role')}</th>
          <th scope="col">{t('ropa.list.bases')}</th>
          <th scope="col">{t('ropa.list.dpia')}</th>
          <th scope="col">{t('ropa.list.review')}</th>
        </tr>
      </thead>
      <tbody>
        {activities.map((a) => (
          <tr key={a.id}>
            <td>{a.reference}</td>
            <th scope="row">
              <button type="button" className="ropa-name-button" aria-label={t('ropa.list.edit', { name: a.name })} onClick={() => onOpen(a)}>
                {a.name}
              </button>
            </th>
            <td>{t(`ropa.roles.${a.role}`)}</td>
            <td className={a.purposes.length === 0 && a.role === 'controller' ? 'ropa-missing' : undefined}>
              {[...new Set(a.purposes.map((p) => t(`ropa.bases.${p.legalBasis}`)))].join('; ') || '—'}
            </td>
            <td>{t(`ropa.dpiaStatuses.${a.dpiaStatus}`)}</td>
            <td className={overdue.has(a.id) ? 'ropa-missing' : undefined}>
              {formatCivilDate(a.nextReview, language, false)}
              {overdue.has(a.id) ? ` (${t('ropa.list.overdue')})` : ''}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
