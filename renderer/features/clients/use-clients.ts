import { useCallback } from 'react';
import type { Client } from '../../../electron/shared/clients';
import type { Activity } from '../../../electron/shared/registers';
import type { ApiError } from '../../../electron/shared/result';
import { useApi } from '../../lib/use-api';

/** The clients and the processing activities carried out as processor (to link them), loaded once; `reload` after a change. */
export function useClients(): { clients: Client[] | null; activities: Activity[]; error: ApiError | null; reload: () => Promise<void> } {
  const list = useApi('clients.list', {});
  const registers = useApi('registers.get', {});
  const { reload: reloadList } = list;
  const { reload: reloadRegisters } = registers;
  const reload = useCallback(async () => {
    await Promise.all([reloadList(), reloadRegisters()]);
  }, [reloadList, reloadRegisters]);
  const activities = registers.data?.activities.filter((a) => a.role === 'processor') ?? [];
  return { clients: list.data, activities, error: list.error, reload };
}
