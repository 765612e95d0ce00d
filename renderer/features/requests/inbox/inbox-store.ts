import { create } from 'zustand';
import type { RequestCounts, RequestSummary } from '../../../../electron/shared/requests';
import type { ApiError } from '../../../../electron/shared/result';
import { call } from '../../../lib/api';
import { defaultFilters, toQuery, type InboxFilters } from './inbox-filters';
import { keepNear, PAGE_SIZE, pagesForRange } from './page-window';

interface InboxState {
  filters: InboxFilters;
  /** Loaded pages of the current result set, by page number. */
  pages: Record<number, RequestSummary[]>;
  /** Rows in the current result set; null until the first page has arrived. */
  total: number | null;
  /** The organisation's today and zone, from the last page read. */
  today: string | null;
  timeZone: string | null;
  counts: RequestCounts | null;
  error: ApiError | null;
  /** Bumped when a new result set replaces the old one (filters changed), so the list scrolls to the top. */
  resultSet: number;
  /** Bumped by `clearFilters`, so the filter bar starts again from its defaults. */
  resets: number;
  setFilters: (patch: Partial<InboxFilters>) => void;
  /** Back to the default view: open requests, soonest deadline first. */
  clearFilters: () => void;
  /** Loads the pages holding rows `first`..`last` that are not loaded or loading. */
  ensureRows: (first: number, last: number) => void;
  /** Reloads the counts and the pages in view, swapping them in at once (after any change to a request). */
  refresh: () => Promise<void>;
}

/** Requests in flight, per generation and page, so scrolling never asks for the same page twice. */
const inFlight = new Set<string>();
/** Every reload gets a new generation; answers from an older one are dropped. */
let generation = 0;
/** The pages last in view, reloaded by `refresh`. */
let pagesInView: number[] = [0];
let scrollOffset = 0;

/** Where the list was scrolled to, kept while a request is open so the inbox returns to the same place. */
export const inboxScroll = {
  get: (): number => scrollOffset,
  set: (offset: number): void => {
    scrollOffset = offset;
  },
};

async function fetchPage(filters: InboxFilters, page: number) {
  return call('requests.list', toQuery(filters, page * PAGE_SIZE, PAGE_SIZE));
}

/**
 * The inbox's data: filters, the pages of the virtualised list read on demand, the
 * counts at the top. Kept in a store so it survives opening a request and coming back.
 */
export const useInboxStore = create<InboxState>((set, get) => {
  /** Reads `pages` (and the counts) for the current filters and replaces the loaded set in one step. */
  async function reload(pages: number[], newResultSet: boolean): Promise<void> {
    generation += 1;
    const mine = generation;
    const { filters } = get();
    const [results, counts] = await Promise.all([Promise.all(pages.map((page) => fetchPage(filters, page))), call('requests.counts', {})]);
    if (mine !== generation) return;
    const failed = results.find((result) => !result.ok);
    if (failed && !failed.ok) {
      set({ error: failed.error });
      return;
    }
    const loaded: Record<number, RequestSummary[]> = {};
    let meta: { total: number; today: string; timeZone: string } | null = null;
    for (const [i, result] of results.entries()) {
      if (!result.ok) continue;
      loaded[pages[i] ?? 0] = result.value.rows;
      meta = { total: result.value.total, today: result.value.today, timeZone: result.value.timeZone };
    }
    set((state) => ({
      pages: loaded,
      ...(meta ?? {}),
      counts: counts.ok ? counts.value : state.counts,
      error: null,
      resultSet: newResultSet ? state.resultSet + 1 : state.resultSet,
    }));
  }

  return {
    filters: defaultFilters,
    pages: {},
    total: null,
    today: null,
    timeZone: null,
    counts: null,
    error: null,
    resultSet: 0,
    resets: 0,
    setFilters: (patch) => {
      set((state) => ({ filters: { ...state.filters, ...patch } }));
      pagesInView = [0];
      scrollOffset = 0;
      void reload([0], true);
    },
    clearFilters: () => {
      set((state) => ({ filters: defaultFilters, resets: state.resets + 1 }));
      pagesInView = [0];
      scrollOffset = 0;
      void reload([0], true);
    },
    ensureRows: (first, last) => {
      const { total, pages, filters } = get();
      if (total === null) return;
      pagesInView = pagesForRange(first, last, total);
      const mine = generation;
      for (const page of pagesInView) {
        const key = `${mine}:${page}`;
        if (pages[page] || inFlight.has(key)) continue;
        inFlight.add(key);
        void fetchPage(filters, page).then((result) => {
          inFlight.delete(key);
          if (mine !== generation) return;
          if (!result.ok) {
            set({ error: result.error });
            return;
          }
          set((state) => ({ pages: keepNear({ ...state.pages, [page]: result.value.rows }, page), total: result.value.total, today: result.value.today }));
        });
      }
    },
    refresh: () => reload(pagesInView.length > 0 ? pagesInView : [0], false),
  };
});
