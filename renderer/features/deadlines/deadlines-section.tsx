import './deadlines.css';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/error-alert';
import { ScreenHeading } from '../../components/screen-heading';
import { useDocumentTitle } from '../../lib/use-document-title';
import { isSetupMissing, SetupNeeded } from '../requests/setup-needed';
import { AgendaView } from './agenda-view';
import { useCalendarStore, type CalendarView } from './calendar-store';
import { ExportDialog } from './export-dialog';
import { KindFilter } from './kind-filter';
import { MonthView } from './month-view';

const views: CalendarView[] = ['month', 'agenda'];

/** Deadlines: every deadline of the vault as a month or an agenda, filtered by kind, and the .ics export. */
export function DeadlinesSection() {
  const { t } = useTranslation();
  useDocumentTitle(t('sections.deadlines.nav'));
  const state = useCalendarStore();
  const [exporting, setExporting] = useState(false);
  const { load } = state;

  useEffect(() => {
    void load();
  }, [load]);

  const { today, timeZone, month } = state;
  const ready = today !== null && timeZone !== null && month !== null;
  return (
    <div className="cal-page">
      <header className="dashboard-header">
        <div className="dashboard-header-text">
          <ScreenHeading>{t('sections.deadlines.title')}</ScreenHeading>
          <p className="page-subtitle" data-testid="calendar-zone">
            {state.timeZone ? t('dashboard.calendar.subtitle', { zone: state.timeZone }) : t('sections.deadlines.subtitle')}
          </p>
        </div>
        <button type="button" className="button" onClick={() => setExporting(true)} disabled={!ready}>
          {t('dashboard.calendar.export')}
        </button>
      </header>
      {isSetupMissing(state.error) ? (
        <SetupNeeded error={state.error} />
      ) : (
        <>
          <div className="cal-toolbar">
            <div className="cal-views" role="group" aria-label={t('dashboard.calendar.views')}>
              {views.map((view) => (
                <button key={view} type="button" className="cal-view-button" aria-pressed={state.view === view} onClick={() => state.setView(view)}>
                  {t(`dashboard.calendar.${view}`)}
                </button>
              ))}
            </div>
            <KindFilter kinds={state.kinds} onToggle={state.toggleKind} />
          </div>
          <ErrorAlert error={state.error} />
          {today === null || timeZone === null || month === null ? null : state.view === 'month' ? (
            state.lists.grid ? (
              <MonthView
              month={month}
              grid={state.lists.grid}
              day={state.lists.day}
              onMore={() => void state.more('day')}
              today={today}
              selected={state.selected ?? today}
              timeZone={timeZone}
              onSelect={state.select}
              onMonth={state.setMonth}
              />
            ) : null
          ) : (
            <AgendaView past={state.lists.overdue} ahead={state.lists.ahead} onMore={(key) => void state.more(key)} today={today} timeZone={timeZone} />
          )}
        </>
      )}
      {exporting ? <ExportDialog kinds={state.kinds} onClose={() => setExporting(false)} /> : null}
    </div>
  );
}
