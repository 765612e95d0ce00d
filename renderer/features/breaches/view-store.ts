import { create } from 'zustand';

/** Which screen of the Breaches section is shown: the register, or one breach. */
export type BreachesView = { name: 'list' } | { name: 'breach'; id: string };

interface BreachesViewStore {
  view: BreachesView;
  /** The "I just learned of a breach" dialog is open. */
  quickEntry: boolean;
  showList: () => void;
  showBreach: (id: string) => void;
  openQuickEntry: () => void;
  closeQuickEntry: () => void;
}

/** State-based routing inside the section, like the shell's own navigation store. */
export const useBreachesView = create<BreachesViewStore>((set) => ({
  view: { name: 'list' },
  quickEntry: false,
  showList: () => set({ view: { name: 'list' } }),
  showBreach: (id) => set({ view: { name: 'breach', id }, quickEntry: false }),
  openQuickEntry: () => set({ quickEntry: true }),
  closeQuickEntry: () => set({ quickEntry: false }),
}));
