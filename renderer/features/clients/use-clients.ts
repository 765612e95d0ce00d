import { useCallback, useEffect, useState } from 'react';
import type { Client } from '../../../electron/shared/clients';
import type { Activity } from '../../../electron/shared/registers';
import type { ApiError } from '../../../electron/shared/result';
import { call } from '../../lib/api';

/** The clients and the processing activities carried out as processor (to link them), loaded once; `reload` after a change. */
export function useClients(): { clients: Client[] | null; activities: Activity[]; error: ApiError | null; reload: () => Promise<void> } {
  const [clients, setClients] = useState<Client[] | null>(null);
  const [activities, setActivities] = useState<Activity[]>([]);
  const [error, setError] = useState<ApiError | null>(null);
  const load = useCallback(async (): Promise<{ clients: Client[]; activities: Activity[] } | ApiError> => {
    const [list, registers] = await Promise.all([call('clients.list', {}), call('registers.get', {})]);
    if (!list.ok) return list.error;
    return { clients: list.value, activities: registers.ok ? registers.value.activities.filter((a) => a.role === 'processor') : [] };
  }, []);
  const apply = useCallback((loaded: { clients: Client[]; activities: Activity[] } | ApiError) => {
    if ('code' in loaded) return setError(loaded);
    setClients(loaded.clients);
    setActivities(loaded.activities);
    setError(null);
  }, []);
  useEffect(() => {
    let cancelled = false;
    void load().then((loaded) => {
      if (!cancelled) apply(loaded);
    });
    return () => {
      cancelled = true;
    };
  }, [load, apply]);
  const reload = useCallback(async () => apply(await load()), [load, apply]);
  return { clients, activities, error, reload };
}
