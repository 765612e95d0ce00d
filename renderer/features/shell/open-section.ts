import { useBreachesView } from '../breaches/view-store';
import { useRequestsView } from '../requests/view-store';
import { useNavigationStore, type Section } from './navigation-store';

/** Goes to a section at its list, not the case last open in it (the navigation and the `g` shortcuts). */
export function openSection(section: Section): void {
  if (section === 'requests') useRequestsView.getState().showInbox();
  if (section === 'breaches') useBreachesView.getState().showList();
  useNavigationStore.getState().go(section);
}
