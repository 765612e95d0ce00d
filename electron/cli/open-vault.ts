import { defaultActor } from '../core/actor';
import { VaultSession } from '../core/vault/vault-session';
import type { CommandContext } from './command';

export const PASSPHRASE_ENV = 'DPO_DESK_PASSPHRASE';

/**
 * Runs `fn` with the vault unlocked by the passphrase (from DPO_DESK_PASSPHRASE or a
 * prompt), then locks it again whatever happens. The same VaultSession as the app, so the
 * CLI follows the same rules and writes the same audit events.
 */
export async function withUnlockedVault<T>(ctx: CommandContext, fn: (session: VaultSession) => Promise<T>): Promise<T> {
  const session = new VaultSession({ dir: ctx.vaultDir(), actor: defaultActor('cli') });
  const passphrase = await ctx.secret(PASSPHRASE_ENV, 'Vault passphrase: ');
  await session.unlock('passphrase', passphrase);
  try {
    return await fn(session);
  } finally {
    await session.lock('user');
  }
}
