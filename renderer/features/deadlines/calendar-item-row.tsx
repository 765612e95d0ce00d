import { useTranslation } from 'react-i18next';
import type { CalendarItem } from '../../../electron/shared/calendar';
import { useLanguage } from '../../i18n/use-language';
import { formatDayAndTime } from '../breaches/format-time';
import { formatCivilDate } from '../requests/format';
import { openCase } from '../dashboard/open-case';

/** One deadline in a list: its kind, the time for a breach, the case and who it is about, and a way to open it. */
export function CalendarItemRow({ item, timeZone, withDate = false }: { item: CalendarItem; timeZone: string; withDate?: boolean }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const time = item.instant ? formatDayAndTime(item.instant, timeZone, language).time : null;
  const when = withDate ? [formatCivilDate(item.date, language), time].filter(Boolean).join(', ') : (time ?? '');
  const title = item.kind === 'retention-review' || item.kind === 'register-review' ? item.title : `${item.reference} · ${item.title}`;
  return (
    <li className={`cal-item cal-kind-${item.kind}${item.overdue ? ' cal-overdue' : ''}${withDate ? ' cal-item-dated' : ''}`} data-kind={item.kind} data-reference={item.reference}>
      <span className="cal-kind">{t(`dashboard.kinds.${item.kind}`)}</span>
      <span className="cal-time">{when}</span>
      <span className="cal-title">
        {title}
        {item.clock ? <span className="cal-clock"> ({t(`dashboard.clock.${item.clock}`)})</span> : null}
      </span>
      {item.overdue && !withDate ? <span className="days-badge days-danger">{t('dashboard.calendar.overdueTag')}</span> : <span />}
      <button type="button" className="button cal-open" onClick={() => openCase(item.caseType, item.caseId)} aria-label={t('dashboard.calendar.openItem', { title })}>
        {t('dashboard.calendar.open')}
      </button>
    </li>
  );
}
