import { create } from 'zustand';
import type { TeamStatus } from '../../../electron/shared/contract/team';
import type { VaultStatus } from '../../../electron/shared/contract/vault';
import type { ApiError } from '../../../electron/shared/result';
import { call, setVaultLockedListener } from '../../lib/api';

interface VaultStore {
  /** The last status the main side reported; null until the first answer. */
  status: VaultStatus | null;
  /** Local vault or team server, and the member signed in; null until the first answer. */
  team: TeamStatus | null;
  /** A status request failed: the app cannot tell which screen to show. */
  loadError: ApiError | null;
  /** Epoch milliseconds before which main refuses another unlock attempt (from retryAfterMs). */
  retryUntil: number;
  /** Set by a successful create and shown once on the recovery key screen, then dropped. */
  recoveryKey: string | null;
  /** Set after an unlock with the recovery key, to offer a new passphrase; dropped after. */
  resetWith: string | null;
  refresh: () => Promise<void>;
  setStatus: (status: VaultStatus) => void;
  /** Takes a team status answered by a sign-in or a change of server, and the vault status that follows. */
  setTeam: (team: TeamStatus) => Promise<void>;
  showRecoveryKey: (recoveryKey: string, status: VaultStatus) => void;
  dismissRecoveryKey: () => void;
  offerReset: (recoveryKey: string, status: VaultStatus) => void;
  dismissReset: () => void;
  lock: () => Promise<void>;
}

function fromStatus(status: VaultStatus): Pick<VaultStore, 'status' | 'loadError' | 'retryUntil'> {
  return { status, loadError: null, retryUntil: Date.now() + Math.max(0, status.retryAfterMs) };
}

/**
 * The vault's state as the main side sees it. The main process owns the truth (it locks on
 * idle by itself), so this store only mirrors `vault.status` and never guesses.
 */
export const useVaultStore = create<VaultStore>((set) => ({
  status: null,
  team: null,
  loadError: null,
  retryUntil: 0,
  recoveryKey: null,
  resetWith: null,
  refresh: async () => {
    const [result, team] = await Promise.all([call('vault.status', {}), call('team.status', {})]);
    if (!result.ok) return set({ loadError: result.error });
    if (!team.ok) return set({ loadError: team.error });
    set({ ...fromStatus(result.value), team: team.value });
  },
  setStatus: (status) => set(fromStatus(status)),
  setTeam: async (team) => {
    const result = await call('vault.status', {});
    if (result.ok) set({ ...fromStatus(result.value), team, recoveryKey: null, resetWith: null });
    else set({ team, loadError: result.error });
  },
  showRecoveryKey: (recoveryKey, status) => set({ ...fromStatus(status), recoveryKey }),
  dismissRecoveryKey: () => set({ recoveryKey: null }),
  offerReset: (recoveryKey, status) => set({ ...fromStatus(status), resetWith: recoveryKey }),
  dismissReset: () => set({ resetWith: null }),
  lock: async () => {
    const result = await call('vault.lock', {});
    if (!result.ok) return;
    const team = await call('team.status', {});
    set({ ...fromStatus(result.value), recoveryKey: null, resetWith: null, ...(team.ok ? { team: team.value } : {}) });
  },
}));

setVaultLockedListener(() => {
  void useVaultStore.getState().refresh();
});
