import { create } from 'zustand';

/** The app's sections, in the order the navigation lists them. */
export const sections = ['dashboard', 'requests', 'breaches', 'deadlines', 'registers', 'clients', 'reports', 'settings'] as const;
export type Section = (typeof sections)[number];

interface NavigationStore {
  section: Section;
  go: (section: Section) => void;
}

/** State-based routing: which section the shell shows. No URL routing is needed in a desktop app. */
export const useNavigationStore = create<NavigationStore>((set) => ({
  section: 'dashboard',
  go: (section) => set({ section }),
}));
