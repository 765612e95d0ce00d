import { create } from 'zustand';

/** Which screen of the Requests section is shown: the inbox, the new-request form, or one request. */
export type RequestsView = { name: 'inbox' } | { name: 'new' } | { name: 'request'; id: string };

interface RequestsViewStore {
  view: RequestsView;
  showInbox: () => void;
  showNew: () => void;
  showRequest: (id: string) => void;
}

/** State-based routing inside the section, like the shell's own navigation store. */
export const useRequestsView = create<RequestsViewStore>((set) => ({
  view: { name: 'inbox' },
  showInbox: () => set({ view: { name: 'inbox' } }),
  showNew: () => set({ view: { name: 'new' } }),
  showRequest: (id) => set({ view: { name: 'request', id } }),
}));
