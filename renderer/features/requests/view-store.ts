import { create } from 'zustand';

/** A step a request page can open at once (Today's "Acknowledge" opens the acknowledgement). */
export type RequestStepToOpen = 'acknowledge';

/** Which screen of the Requests section is shown: the inbox, the new-request form, or one request (with a step to open). */
export type RequestsView = { name: 'inbox' } | { name: 'new' } | { name: 'request'; id: string; step?: RequestStepToOpen };

interface RequestsViewStore {
  view: RequestsView;
  showInbox: () => void;
  showNew: () => void;
  showRequest: (id: string, step?: RequestStepToOpen) => void;
}

/** State-based routing inside the section, like the shell's own navigation store. */
export const useRequestsView = create<RequestsViewStore>((set) => ({
  view: { name: 'inbox' },
  showInbox: () => set({ view: { name: 'inbox' } }),
  showNew: () => set({ view: { name: 'new' } }),
  showRequest: (id, step) => set({ view: step ? { name: 'request', id, step } : { name: 'request', id } }),
}));
