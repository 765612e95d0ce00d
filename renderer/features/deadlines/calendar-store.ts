import { create } from 'zustand';
import type { CalendarItem, DeadlineKind } from '../../../electron/shared/calendar';
import type { ApiError } from '../../../electron/shared/result';
import { call } from '../../lib/api';
import { todayInZone } from '../../../electron/shared/pure/zoned-time';
import { deadlineKinds } from '../dashboard/closed-lists';
import { addDays } from '../../../electron/shared/pure/civil-date';
import { gridRange } from './month-grid';

/** The two ways the Deadlines section shows the calendar. */
export type CalendarView = 'month' | 'agenda';

/** The agenda looks this far ahead, and back this far for deadlines missed. */
export const AGENDA_DAYS = 60;
export const OVERDUE_DAYS = 30;

interface CalendarState {
  view: CalendarView;
  /** `YYYY-MM` of the month view; null until the organisation's today is known. */
  month: string | null;
  /** The day whose deadlines are listed under the month grid. */
  selected: string | null;
  kinds: DeadlineKind[];
  items: CalendarItem[];
  today: string | null;
  timeZone: string | null;
  truncated: boolean;
  error: ApiError | null;
  setView: (view: CalendarView) => void;
  setMonth: (month: string) => void;
  select: (date: string) => void;
  toggleKind: (kind: DeadlineKind) => void;
  load: () => Promise<void>;
}

/** Every reload gets a number; answers to older ones are dropped. */
let generation = 0;

/** The Deadlines section's state: month or agenda, the month shown, the kinds shown, and the items read for them. */
export const useCalendarStore = create<CalendarState>((set, get) => ({
  view: 'month',
  month: null,
  selected: null,
  kinds: [...deadlineKinds],
  items: [],
  today: null,
  timeZone: null,
  truncated: false,
  error: null,
  setView: (view) => {
    set({ view });
    void get().load();
  },
  setMonth: (month) => {
    set({ month });
    void get().load();
  },
  select: (date) => set({ selected: date }),
  toggleKind: (kind) => {
    const { kinds } = get();
    const next = kinds.includes(kind) ? kinds.filter((k) => k !== kind) : deadlineKinds.filter((k) => k === kind || kinds.includes(k));
    set({ kinds: next });
    void get().load();
  },
  load: async () => {
    generation += 1;
    const mine = generation;
    let { month, today, timeZone } = get();
    if (!today || !timeZone) {
      const settings = await call('settings.get', {});
      if (!settings.ok) return set({ error: settings.error });
      timeZone = settings.value['organisation.timeZone'];
      if (!timeZone) return set({ error: { code: 'VALIDATION', message: "Set the organisation's time zone first" } });
      today = todayInZone(timeZone);
    }
    month ??= today.slice(0, 7);
    const { view, kinds } = get();
    const queries =
      view === 'month'
        ? [{ ...gridRange(month), limit: 2000 }]
        : [
            { from: addDays(today, -OVERDUE_DAYS), to: addDays(today, -1), limit: 500 },
            { from: today, to: addDays(today, AGENDA_DAYS), limit: 2000 },
          ];
    const results = kinds.length === 0 ? [] : await Promise.all(queries.map((q) => call('deadlines.calendar', { ...q, kinds })));
    if (mine !== generation) return;
    const failed = results.find((r) => !r.ok);
    if (failed && !failed.ok) return set({ error: failed.error });
    const pages = results.flatMap((r) => (r.ok ? [r.value] : []));
    set((state) => ({
      month,
      today: pages[0]?.today ?? today,
      timeZone: pages[0]?.timeZone ?? timeZone,
      selected: state.selected ?? today,
      items: pages.flatMap((page) => (view === 'agenda' && page === pages[0] && pages.length > 1 ? page.items.filter((i) => i.overdue) : page.items)),
      truncated: pages.some((page) => page.truncated),
      error: null,
    }));
  },
}));
