import { useApi } from '../../../lib/use-api';
import { useCaseDetail } from '../../../lib/use-case-detail';
import { useBreachListStore } from '../list/breach-list-store';

const refreshRegister = (): void => void useBreachListStore.getState().refresh();

/** One breach, loaded by id; every change also refreshes the register behind it. */
export function useBreachDetail(id: string) {
  return useCaseDetail(useApi('breaches.get', { id }), refreshRegister);
}
