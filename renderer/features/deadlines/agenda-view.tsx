import { useTranslation } from 'react-i18next';
import type { CalendarItem } from '../../../electron/shared/calendar';
import { useLanguage } from '../../i18n/use-language';
import { formatCivilDate } from '../requests/format';
import { CalendarItemRow } from './calendar-item-row';
import { AGENDA_DAYS, type CalendarList, type ListKey } from './calendar-store';
import { ShowMore } from './show-more';

/** Groups items by day, keeping the calendar's order. */
function byDay(items: CalendarItem[]): [string, CalendarItem[]][] {
  const days = new Map<string, CalendarItem[]>();
  for (const item of items) {
    const day = days.get(item.date);
    if (day) day.push(item);
    else days.set(item.date, [item]);
  }
  return [...days.entries()];
}

interface AgendaViewProps {
  /** Every deadline missed before today, however old (the oldest are the most dangerous), read a page at a time. */
  past: CalendarList | undefined;
  /** Today and the next days. */
  ahead: CalendarList | undefined;
  onMore: (key: ListKey) => void;
  today: string;
  timeZone: string;
}

/** The agenda: everything overdue first, with its true count, then each day ahead with its deadlines. */
export function AgendaView({ past, ahead, onMore, today, timeZone }: AgendaViewProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const pastItems = past?.items ?? [];
  const aheadItems = ahead?.items ?? [];
  const overdue = [...pastItems, ...aheadItems.filter((item) => item.overdue)];
  const overdueTotal = (past?.total ?? 0) + aheadItems.filter((item) => item.overdue).length;
  const days = byDay(aheadItems.filter((item) => !item.overdue));
  return (
    <div className="cal-agenda">
      <p className="cal-note">{t('dashboard.calendar.agendaRange', { days: AGENDA_DAYS })}</p>
      {overdue.length > 0 ? (
        <section className="cal-day cal-day-overdue" aria-labelledby="cal-day-overdue">
          <h2 id="cal-day-overdue" className="cal-day-title">
            {t('dashboard.calendar.overdue')}
            <span className="dash-count" data-testid="agenda-overdue-count">
              {overdueTotal}
            </span>
          </h2>
          <ul className="cal-items">
            {overdue.map((item) => (
              <CalendarItemRow key={item.id} item={item} timeZone={timeZone} withDate />
            ))}
          </ul>
          {past?.more ? <ShowMore shown={overdue.length} total={overdueTotal} onMore={() => onMore('overdue')} /> : null}
        </section>
      ) : null}
      {days.length === 0 && overdue.length === 0 ? <p className="dash-empty">{t('dashboard.calendar.agendaEmpty', { days: AGENDA_DAYS })}</p> : null}
      {days.map(([date, dayItems]) => (
        <section key={date} className="cal-day" aria-labelledby={`cal-day-${date}`}>
          <h2 id={`cal-day-${date}`} className="cal-day-title">
            {formatCivilDate(date, language)}
            {date === today ? <span className="cal-today-tag">{t('dashboard.calendar.today')}</span> : null}
          </h2>
          <ul className="cal-items">
            {dayItems.map((item) => (
              <CalendarItemRow key={item.id} item={item} timeZone={timeZone} />
            ))}
          </ul>
        </section>
      ))}
      {ahead?.more ? <ShowMore shown={aheadItems.length} total={ahead.total} onMore={() => onMore('ahead')} /> : null}
    </div>
  );
}
