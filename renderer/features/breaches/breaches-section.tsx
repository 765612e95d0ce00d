import '../../styles/breaches.css';
import { BreachScreen } from './detail/breach-screen';
import { BreachListScreen } from './list/breach-list-screen';
import { QuickEntryDialog } from './quick-entry/quick-entry-dialog';
import { useBreachesView } from './view-store';

/** The Breaches section of the shell: the register or one breach, and the quick entry dialog over either. */
export function BreachesSection() {
  const view = useBreachesView((store) => store.view);
  const quickEntry = useBreachesView((store) => store.quickEntry);
  return (
    <>
      {view.name === 'breach' ? <BreachScreen key={view.id} id={view.id} /> : <BreachListScreen />}
      {quickEntry ? <QuickEntryDialog /> : null}
    </>
  );
}
