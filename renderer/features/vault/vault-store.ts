import { create } from 'zustand';
import type { VaultStatus } from '../../../electron/shared/contract/vault';
import type { ApiError } from '../../../electron/shared/result';
import { call, setVaultLockedListener } from '../../lib/api';

interface VaultStore {
  /** The last status the main side reported; null until the first answer. */
  status: VaultStatus | null;
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
  loadError: null,
  retryUntil: 0,
  recoveryKey: null,
  resetWith: null,
  refresh: async () => {
    const result = await call('vault.status', {});
    if (result.ok) set(fromStatus(result.value));
    else set({ loadError: result.error });
  },
  setStatus: (status) => set(fromStatus(status)),
  showRecoveryKey: (recoveryKey, status) => set({ ...fromStatus(status), recoveryKey }),
  dismissRecoveryKey: () => set({ recoveryKey: null }),
  offerReset: (recoveryKey, status) => set({ ...fromStatus(status), resetWith: recoveryKey }),
  dismissReset: () => set({ resetWith: null }),
  lock: async () => {
    const result = await call('vault.lock', {});
    if (result.ok) set({ ...fromStatus(result.value), recoveryKey: null, resetWith: null });
  },
}));

setVaultLockedListener(() => {
  void useVaultStore.getState().refresh();
});
