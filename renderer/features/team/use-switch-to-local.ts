import { useState } from 'react';
import type { ApiError } from '../../../electron/shared/result';
import { call } from '../../lib/api';
import { useVaultStore } from '../vault/vault-store';

/** The way back from a team server to the local vault, shared by the sign-in screen and Settings → Team server. */
export function useSwitchToLocal(): { switchToLocal: () => Promise<void>; switching: boolean; switchError: ApiError | null } {
  const setTeam = useVaultStore((store) => store.setTeam);
  const [switching, setSwitching] = useState(false);
  const [switchError, setSwitchError] = useState<ApiError | null>(null);
  const switchToLocal = async (): Promise<void> => {
    setSwitching(true);
    setSwitchError(null);
    const result = await call('team.useLocal', {});
    setSwitching(false);
    if (result.ok) await setTeam(result.value);
    else setSwitchError(result.error);
  };
  return { switchToLocal, switching, switchError };
}
