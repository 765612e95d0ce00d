import type { RequestGroupKey } from '../../../electron/shared/dashboard';
import { useBreachesView } from '../breaches/view-store';
import { defaultFilters } from '../requests/inbox/inbox-filters';
import { useInboxStore } from '../requests/inbox/inbox-store';
import { useRequestsView, type RequestStepToOpen } from '../requests/view-store';
import { confirmLeave } from '../../lib/unsaved-changes';
import { useRequestedSettingsTab } from '../retention/requested-settings-tab';
import { useNavigationStore } from '../shell/navigation-store';

/** Opens a request's page (its actions panel offers the next step), or one step on it at once; a form left with unsaved changes asks first (as every move below). */
export function openRequest(id: string, step?: RequestStepToOpen): void {
  if (!confirmLeave()) return;
  useRequestsView.getState().showRequest(id, step);
  useNavigationStore.getState().go('requests');
}

/** Opens the inbox on every request of one of Today's lists (the same filter that counts it). */
export function openGroup(group: RequestGroupKey): void {
  if (!confirmLeave()) return;
  useInboxStore.getState().setFilters({ ...defaultFilters, group });
  useRequestsView.getState().showInbox();
  useNavigationStore.getState().go('requests');
}

/** Opens a breach's page. */
export function openBreach(id: string): void {
  if (!confirmLeave()) return;
  useBreachesView.getState().showBreach(id);
  useNavigationStore.getState().go('breaches');
}

/** Opens Settings at one of its tabs, with the cursor in one setting when `field` (its settings key) is given. */
export function openSettingsTab(tab: 'organisation' | 'reminders' | 'retention', field?: string): void {
  if (!confirmLeave()) return;
  useRequestedSettingsTab.getState().request(tab, field);
  useNavigationStore.getState().go('settings');
}

/** Opens whatever a calendar item or a notification is about. */
export function openCase(caseType: 'request' | 'breach' | 'retention' | 'register' | null, caseId: string | null): void {
  if (caseType === 'request' && caseId) openRequest(caseId);
  else if (caseType === 'breach' && caseId) openBreach(caseId);
  else if (caseType === 'retention') openSettingsTab('retention');
  else if (caseType === 'register' && confirmLeave()) useNavigationStore.getState().go('registers');
}
