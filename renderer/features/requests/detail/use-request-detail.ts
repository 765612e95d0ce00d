import { useApi } from '../../../lib/use-api';
import { useCaseDetail } from '../../../lib/use-case-detail';
import { useInboxStore } from '../inbox/inbox-store';

const refreshInbox = (): void => void useInboxStore.getState().refresh();

/** One request, loaded by id; every change also refreshes the inbox behind it. */
export function useRequestDetail(id: string) {
  return useCaseDetail(useApi('requests.get', { id }), refreshInbox);
}
