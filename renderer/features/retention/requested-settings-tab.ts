import { create } from 'zustand';

/** A Settings tab another screen asked to open (the dashboard's "Open the retention register"). */
interface RequestedTabStore {
  tab: string | null;
  request: (tab: string) => void;
}

/** Holds the tab asked for until Settings opens. */
export const useRequestedSettingsTab = create<RequestedTabStore>((set) => ({
  tab: null,
  request: (tab) => set({ tab }),
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
