import { create } from 'zustand';
import type { BreachListRow } from '../../../../electron/shared/breaches';
import type { ApiError } from '../../../../electron/shared/result';
import { call } from '../../../lib/api';
import { defaultFilters, PAGE_SIZE, toQuery, type BreachFilters } from './list-query';

interface BreachListState {
  filters: BreachFilters;
  rows: BreachListRow[];
  /** Breaches matching the filters; null until the first page has arrived. */
  total: number | null;
  /** The organisation's zone, in which every time is shown (null until it is set). */
  timeZone: string | null;
  error: ApiError | null;
  loadingMore: boolean;
  /** Counts "show all" resets, so the filter bar starts afresh. */
  resets: number;
  setFilters: (patch: Partial<BreachFilters>) => void;
  clearFilters: () => void;
  /** Reads the first pages again (after a change elsewhere), keeping as many rows as were shown. */
  refresh: () => Promise<void>;
  loadMore: () => Promise<void>;
}

let generation = 0;

/** The register as the list shows it: filters, the rows read so far, and the organisation's zone. */
export const useBreachListStore = create<BreachListState>()((set, get) => {
  async function load(offset: number, limit: number, append: boolean): Promise<void> {
    generation += 1;
    const mine = generation;
    const result = await call('breaches.list', { ...toQuery(get().filters, offset), limit });
    if (mine !== generation) return;
    if (!result.ok) {
      set({ error: result.error, loadingMore: false });
      return;
    }
    const page = result.value;
    set((state) => ({
      rows: append ? [...state.rows, ...page.rows] : page.rows,
      total: page.total,
      timeZone: page.timeZone,
      error: null,
      loadingMore: false,
    }));
  }

  return {
    filters: defaultFilters,
    rows: [],
    total: null,
    timeZone: null,
    error: null,
    loadingMore: false,
    resets: 0,
    setFilters: (patch) => {
      set((state) => ({ filters: { ...state.filters, ...patch } }));
      void load(0, PAGE_SIZE, false);
    },
    clearFilters: () => {
      set((state) => ({ filters: defaultFilters, resets: state.resets + 1 }));
      void load(0, PAGE_SIZE, false);
    },
    refresh: () => load(0, Math.min(500, Math.max(PAGE_SIZE, get().rows.length)), false),
    loadMore: async () => {
      set({ loadingMore: true });
      await load(get().rows.length, PAGE_SIZE, true);
    },
  };
});
