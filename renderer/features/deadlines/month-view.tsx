import { useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CalendarItem } from '../../../electron/shared/calendar';
import { CHIPS_PER_DAY, type CalendarList } from './calendar-store';
import { ShowMore } from './show-more';
import { useLanguage } from '../../i18n/use-language';
import { formatCivilDate } from '../requests/format';
import { CalendarItemRow } from './calendar-item-row';
import { addDays } from '../../../electron/shared/pure/civil-date';
import { monthGrid, shiftMonth } from './month-grid';

const locales = { en: 'en-GB', it: 'it-IT' } as const;

const KEY_STEPS: Record<string, number> = { ArrowLeft: -1, ArrowRight: 1, ArrowUp: -7, ArrowDown: 7 };

interface MonthViewProps {
  month: string;
  /** The grid's deadlines: the items read (chips) and the true count of every day. */
  grid: CalendarList;
  /** The chosen day's deadlines, read whole page by page. */
  day: CalendarList | undefined;
  onMore: () => void;
  today: string;
  selected: string;
  timeZone: string;
  onSelect: (date: string) => void;
  onMonth: (month: string) => void;
}

/**
 * A month of deadlines: a grid of weeks (Monday first) whose days show up to three items as
 * coloured chips and say how many they hold (the vault's true count, however many); choosing
 * a day lists every one of its deadlines below, a page at a time. One tab stop for the grid:
 * arrow keys move between days (and across months).
 */
export function MonthView({ month, grid: gridList, day, onMore, today, selected, timeZone, onSelect, onMonth }: MonthViewProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const grid = useRef<HTMLTableElement>(null);
  const weeks = monthGrid(month);
  const byDay = new Map<string, CalendarItem[]>();
  for (const item of gridList.items) {
    const items = byDay.get(item.date);
    if (items) items.push(item);
    else byDay.set(item.date, [item]);
  }
  const countOf = (date: string) => gridList.days[date] ?? 0;
  const monthName = new Intl.DateTimeFormat(locales[language], { timeZone: 'UTC', month: 'long', year: 'numeric' }).format(Date.parse(`${month}-01T00:00:00Z`));
  const weekdays = weeks[0]?.map((date) => new Intl.DateTimeFormat(locales[language], { timeZone: 'UTC', weekday: 'short' }).format(Date.parse(`${date}T00:00:00Z`))) ?? [];
  const focusDay = (date: string) => window.requestAnimationFrame(() => grid.current?.querySelector<HTMLButtonElement>(`[data-date="${date}"]`)?.focus());
  const tabDay = weeks.flat().includes(selected) ? selected : `${month}-01`;

  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>, date: string) => {
    const step = KEY_STEPS[event.key];
    if (step === undefined) return;
    event.preventDefault();
    const next = addDays(date, step);
    onSelect(next);
    if (next.slice(0, 7) !== month) onMonth(next.slice(0, 7));
    focusDay(next);
  };

  const selectedItems = day?.from === selected ? day.items : (byDay.get(selected) ?? []);
  return (
    <div className="cal-month">
      <div className="cal-month-bar">
        <button type="button" className="button" onClick={() => onMonth(shiftMonth(month, -1))} aria-label={t('dashboard.calendar.previous')}>
          ‹
        </button>
        <h2 className="cal-month-title" aria-live="polite">
          {monthName}
        </h2>
        <button type="button" className="button" onClick={() => onMonth(shiftMonth(month, 1))} aria-label={t('dashboard.calendar.next')}>
          ›
        </button>
        <button type="button" className="button button-ghost" onClick={() => { onMonth(today.slice(0, 7)); onSelect(today); }}>
          {t('dashboard.calendar.thisMonth')}
        </button>
      </div>
      <table ref={grid} className="cal-grid">
        <caption className="visually-hidden">{monthName}</caption>
        <thead>
          <tr>
            {weekdays.map((day) => (
              <th key={day} scope="col">
                {day}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {weeks.map((week) => (
            <tr key={week[0]}>
              {week.map((date) => {
                const dayItems = byDay.get(date) ?? [];
                const count = countOf(date);
                const label = formatCivilDate(date, language);
                return (
                  <td key={date} className={[date.slice(0, 7) === month ? '' : 'cal-other-month', date === today ? 'cal-is-today' : '', date === selected ? 'cal-is-selected' : ''].join(' ').trim() || undefined}>
                    <button
                      type="button"
                      className="cal-day-button"
                      data-date={date}
                      tabIndex={date === tabDay ? 0 : -1}
                      aria-pressed={date === selected}
                      aria-label={count > 0 ? t('dashboard.calendar.dayButton', { date: label, count }) : t('dashboard.calendar.dayButtonNone', { date: label })}
                      onClick={() => onSelect(date)}
                      onKeyDown={(event) => onKeyDown(event, date)}
                    >
                      {Number(date.slice(8))}
                    </button>
                    <ul className="cal-chips" aria-hidden="true">
                      {dayItems.slice(0, CHIPS_PER_DAY).map((item) => (
                        <li key={item.id} className={`cal-chip cal-kind-${item.kind}${item.overdue ? ' cal-overdue' : ''}`}>
                          {item.kind === 'retention-review' || item.kind === 'register-review' ? item.title : item.reference}
                        </li>
                      ))}
                      {count > Math.min(dayItems.length, CHIPS_PER_DAY) ? (
                        <li className="cal-chip-more" data-testid={`day-more-${date}`}>
                          {t('dashboard.calendar.moreInDay', { count: count - Math.min(dayItems.length, CHIPS_PER_DAY) })}
                        </li>
                      ) : null}
                    </ul>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      <section className="cal-day" aria-labelledby="cal-selected-day">
        <h2 id="cal-selected-day" className="cal-day-title">
          {t('dashboard.calendar.selectedDay', { date: formatCivilDate(selected, language) })}
          {countOf(selected) > 0 ? <span className="dash-count">{countOf(selected)}</span> : null}
        </h2>
        {selectedItems.length === 0 ? (
          <p className="dash-empty">{t('dashboard.calendar.noneOnDay')}</p>
        ) : (
          <ul className="cal-items">
            {selectedItems.map((item) => (
              <CalendarItemRow key={item.id} item={item} timeZone={timeZone} />
            ))}
          </ul>
        )}
        {day?.from === selected && day.more ? <ShowMore shown={day.items.length} total={day.total} onMore={onMore} /> : null}
      </section>
    </div>
  );
}
