import { create } from 'zustand';
import type { Dashboard } from '../../../electron/shared/dashboard';
import type { ApiError } from '../../../electron/shared/result';
import { call } from '../../lib/api';

interface DashboardState {
  dashboard: Dashboard | null;
  error: ApiError | null;
  /** Reads the whole morning view again; a failed read keeps the last view and shows the error. */
  load: () => Promise<void>;
}

/** The Today screen's data: one `dashboard.get`, kept while the DPO visits a case and comes back. */
export const useDashboardStore = create<DashboardState>((set) => ({
  dashboard: null,
  error: null,
  load: async () => {
    const result = await call('dashboard.get', {});
    if (result.ok) set({ dashboard: result.value, error: null });
    else set({ error: result.error });
  },
}));
