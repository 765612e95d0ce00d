import { create } from 'zustand';

/**
 * A Settings tab another screen asked to open (the dashboard's "Open the retention register"),
 * and the setting to put the cursor in (a letter's missing DPO e-mail), by its settings key.
 */
interface RequestedTabStore {
  tab: string | null;
  field: string | null;
  request: (tab: string, field?: string) => void;
}

/** Holds the tab and field asked for until Settings opens. */
export const useRequestedSettingsTab = create<RequestedTabStore>((set) => ({
  tab: null,
  field: null,
  request: (tab, field) => set({ tab, field: field ?? null }),
}));

/**
 * The tab asked for, once: the request is cleared after the current render (a microtask), so
 * Settings opens normally next time while React may still call a state initialiser twice.
 */
export function takeRequestedSettingsTab<T extends string>(tabs: readonly T[]): T | null {
  const { tab } = useRequestedSettingsTab.getState();
  if (tab !== null) queueMicrotask(() => useRequestedSettingsTab.setState({ tab: null }));
  return tabs.find((candidate) => candidate === tab) ?? null;
}

/** The setting asked for, once (cleared as it is read): the form focuses its control. */
export function takeRequestedSettingsField(): string | null {
  const { field } = useRequestedSettingsTab.getState();
  if (field !== null) useRequestedSettingsTab.setState({ field: null });
  return field;
}
