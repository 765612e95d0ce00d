import { useTranslation } from 'react-i18next';
import type { CalendarItem } from '../../../electron/shared/calendar';
import { useLanguage } from '../../i18n/use-language';
import { formatCivilDate } from '../requests/format';
import { CalendarItemRow } from './calendar-item-row';
import { AGENDA_DAYS } from './calendar-store';

/** Groups items by day, keeping the calendar's order. */
function byDay(items: CalendarItem[]): [string, CalendarItem[]][] {
  const days = new Map<string, CalendarItem[]>();
  for (const item of items) days.set(item.date, [...(days.get(item.date) ?? []), item]);
  return [...days.entries()];
}

/** The agenda: what is overdue first, then each day ahead with its deadlines. */
export function AgendaView({ items, today, timeZone }: { items: CalendarItem[]; today: string; timeZone: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const overdue = items.filter((item) => item.overdue);
  const ahead = byDay(items.filter((item) => !item.overdue));
  return (
    <div className="cal-agenda">
      <p className="cal-note">{t('dashboard.calendar.agendaRange', { days: AGENDA_DAYS })}</p>
      {overdue.length > 0 ? (
        <section className="cal-day cal-day-overdue" aria-labelledby="cal-day-overdue">
          <h2 id="cal-day-overdue" className="cal-day-title">
            {t('dashboard.calendar.overdue')}
          </h2>
          <ul className="cal-items">
            {overdue.map((item) => (
              <CalendarItemRow key={item.id} item={item} timeZone={timeZone} withDate />
            ))}
          </ul>
        </section>
      ) : null}
      {ahead.length === 0 && overdue.length === 0 ? <p className="dash-empty">{t('dashboard.calendar.agendaEmpty', { days: AGENDA_DAYS })}</p> : null}
      {ahead.map(([date, dayItems]) => (
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
    </div>
  );
}
