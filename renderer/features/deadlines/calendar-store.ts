import { create } from 'zustand';
import type { CalendarItem, CalendarPage, DeadlineKind } from '../../../electron/shared/calendar';
import type { ApiError } from '../../../electron/shared/result';
import { call } from '../../lib/api';
import { todayInZone } from '../../../electron/shared/pure/zoned-time';
import { deadlineKinds } from '../dashboard/closed-lists';
import { addDays } from '../../../electron/shared/pure/civil-date';
import { gridRange } from './month-grid';

/** Deadlines shown as chips in a day of the month grid; the day says how many more it holds. */
export const CHIPS_PER_DAY = 3;

/** Enough for the chips of every day of a six-week grid. */
const GRID_ITEMS = 42 * CHIPS_PER_DAY;

/** The two ways the Deadlines section shows the calendar. */
export type CalendarView = 'month' | 'agenda';

/** The agenda looks this far ahead; behind, it lists every overdue deadline, however old. */
export const AGENDA_DAYS = 60;

/**
 * Items read per page: a list longer than this grows by a page at a time ("Show more"),
 * never cut short, and always says its true total. A page is what a DPO reads at a glance
 * and what the screen draws at once: at 100,000 requests the overdue list alone runs to
 * tens of thousands, and drawing them whole kept the agenda blank for seconds.
 */
export const PAGE_ITEMS = 100;

/** One list the section shows: its range, the items read so far, and how many there are in all. */
export interface CalendarList {
  from: string | null;
  to: string;
  items: CalendarItem[];
  /** Every deadline of the range (the items read may be fewer). */
  total: number;
  /** Deadlines per day of the range, all counted. */
  days: Record<string, number>;
  /** More items follow those read. */
  more: boolean;
}

/** The lists of the section: the month grid and its chosen day, or the agenda's overdue and coming deadlines. */
export type ListKey = 'grid' | 'day' | 'overdue' | 'ahead';

interface CalendarState {
  view: CalendarView;
  /** `YYYY-MM` of the month view; null until the organisation's today is known. */
  month: string | null;
  /** The day whose deadlines are listed under the month grid. */
  selected: string | null;
  kinds: DeadlineKind[];
  lists: Partial<Record<ListKey, CalendarList>>;
  today: string | null;
  timeZone: string | null;
  error: ApiError | null;
  setView: (view: CalendarView) => void;
  setMonth: (month: string) => void;
  select: (date: string) => void;
  toggleKind: (kind: DeadlineKind) => void;
  load: () => Promise<void>;
  /** Reads the next page of one list. */
  more: (key: ListKey) => Promise<void>;
}

/** Every reload gets a number; answers to older ones are dropped. */
let generation = 0;

function listOf(page: CalendarPage, from: string | null, to: string, previous: CalendarItem[] = []): CalendarList {
  return { from, to, items: [...previous, ...page.items], total: page.total, days: page.days, more: page.truncated };
}

async function readPage(from: string | null, to: string, kinds: DeadlineKind[], offset: number, limit: number, perDay?: number) {
  return call('deadlines.calendar', { from, to, kinds, offset, limit, ...(perDay === undefined ? {} : { perDay }) });
}

/**
 * The Deadlines section's state: month or agenda, the month shown, the kinds shown, and the
 * lists read for them. Each list knows its true total and per-day counts from the vault, and
 * reads further pages on demand, so no deadline is ever dropped from view.
 */
export const useCalendarStore = create<CalendarState>((set, get) => {
  /** Reads the chosen day's deadlines (the grid's page may hold only some of a busy day). */
  async function loadDay(date: string, mine: number): Promise<void> {
    const { kinds } = get();
    if (kinds.length === 0) return set((state) => ({ lists: { ...state.lists, day: undefined } }));
    const result = await readPage(date, date, kinds, 0, PAGE_ITEMS);
    if (mine !== generation) return;
    if (!result.ok) return set({ error: result.error });
    set((state) => ({ lists: { ...state.lists, day: listOf(result.value, date, date) } }));
  }

  return {
    view: 'month',
    month: null,
    selected: null,
    kinds: [...deadlineKinds],
    lists: {},
    today: null,
    timeZone: null,
    error: null,
    setView: (view) => {
      set({ view });
      void get().load();
    },
    setMonth: (month) => {
      set({ month });
      void get().load();
    },
    select: (date) => {
      set({ selected: date });
      void loadDay(date, generation);
    },
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
      const selected = get().selected ?? today;
      if (kinds.length === 0) return set({ month, today, timeZone, selected, lists: {}, error: null });
      const ranges: [ListKey, string | null, string][] =
        view === 'month'
          ? [['grid', gridRange(month).from, gridRange(month).to]]
          : [
              ['overdue', null, addDays(today, -1)],
              ['ahead', today, addDays(today, AGENDA_DAYS)],
            ];
      // The grid reads only its chips (a few per day) beside every day's true count; each agenda list, its first page.
      const results = await Promise.all(ranges.map(([, from, to]) => (view === 'month' ? readPage(from, to, kinds, 0, GRID_ITEMS, CHIPS_PER_DAY) : readPage(from, to, kinds, 0, PAGE_ITEMS))));
      if (mine !== generation) return;
      const failed = results.find((r) => !r.ok);
      if (failed && !failed.ok) return set({ error: failed.error });
      const lists: Partial<Record<ListKey, CalendarList>> = {};
      for (const [i, [key, from, to]] of ranges.entries()) {
        const result = results[i];
        if (result?.ok) lists[key] = listOf(result.value, from, to);
      }
      const first = results[0];
      set({ month, today: first?.ok ? first.value.today : today, timeZone: first?.ok ? first.value.timeZone : timeZone, selected, lists, error: null });
      if (view === 'month') await loadDay(selected, mine);
    },
    more: async (key) => {
      const list = get().lists[key];
      if (!list?.more) return;
      const mine = generation;
      const result = await readPage(list.from, list.to, get().kinds, list.items.length, PAGE_ITEMS);
      if (mine !== generation) return;
      if (!result.ok) return set({ error: result.error });
      set((state) => ({ lists: { ...state.lists, [key]: listOf(result.value, list.from, list.to, list.items) } }));
    },
  };
});
