import { RequestScreen } from './detail/request-screen';
import { InboxScreen } from './inbox/inbox-screen';
import { NewRequestScreen } from './form/new-request-screen';
import { useRequestsView } from './view-store';

/** The Requests section of the shell: the inbox, the new-request form, or one request. */
export function RequestsSection() {
  const view = useRequestsView((store) => store.view);
  if (view.name === 'new') return <NewRequestScreen />;
  if (view.name === 'request') return <RequestScreen key={`${view.id}:${view.step ?? ''}`} id={view.id} step={view.step ?? null} />;
  return <InboxScreen />;
}
