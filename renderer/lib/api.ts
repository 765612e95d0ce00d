import type { Channel } from '../../electron/shared/channels';
import type { Input, Output } from '../../electron/shared/contract';
import type { Result } from '../../electron/shared/result';
import { noteConflict } from './case-changes-store';

export type { Channel, Input, Output, Result };

type LockedListener = () => void;
let onVaultLocked: LockedListener | null = null;

/**
 * Registers the one listener told when any call fails with VAULT_LOCKED (the vault store
 * uses it to show the lock screen). A listener rather than an import keeps this module
 * free of a dependency cycle with the store, which itself calls the API.
 */
export function setVaultLockedListener(listener: LockedListener | null): void {
  onVaultLocked = listener;
}

/**
 * The renderer's only door to the main side: one typed call per channel over `window.dpo`,
 * returning the `Result` envelope unchanged. A transport failure (the bridge missing or
 * throwing) is turned into an INTERNAL error so callers only ever handle a `Result`.
 */
export async function call<C extends Channel>(channel: C, input: Input<C>): Promise<Result<Output<C>>> {
  let result: Result<Output<C>>;
  try {
    const invoke: (input: Input<C>) => Promise<Result<Output<C>>> = window.dpo[channel];
    result = await invoke(input);
  } catch {
    result = {
      ok: false,
      error: { code: 'INTERNAL', message: 'DPO Desk could not reach its back end. Restart the app and try again.' },
    };
  }
  if (!result.ok && result.error.code === 'VAULT_LOCKED') onVaultLocked?.();
  if (!result.ok && result.error.conflict) noteConflict(result.error.conflict);
  return result;
}
