import { defaultActor } from '../core/actor';
import type { UnlockMethod } from '../core/vault/vault-keys';
import { VaultSession } from '../core/vault/vault-session';
import type { CommandContext } from './command';

export const PASSPHRASE_ENV = 'DPO_DESK_PASSPHRASE';
export const RECOVERY_KEY_ENV = 'DPO_DESK_RECOVERY_KEY';

/**
 * The secret that opens a vault: the recovery key when DPO_DESK_RECOVERY_KEY is set (for a
 * DPO who has lost the passphrase), otherwise the passphrase from DPO_DESK_PASSPHRASE or a
 * prompt in the reader's language. Never an argument, so it stays out of shell history and process lists.
 */
export async function vaultSecret(ctx: CommandContext, prompt = ctx.text().t('msg.cli.prompt.vault')): Promise<{ method: UnlockMethod; secret: string }> {
  const recoveryKey = ctx.env[RECOVERY_KEY_ENV];
  if (recoveryKey) return { method: 'recovery-key', secret: recoveryKey };
  return { method: 'passphrase', secret: await ctx.secret(PASSPHRASE_ENV, prompt) };
}

/**
 * Runs `fn` with the vault unlocked by the passphrase or the recovery key (see
 * `vaultSecret`), then locks it again whatever happens. The same VaultSession as the app,
 * so the CLI follows the same rules (the growing delay after wrong secrets included) and
 * writes the same audit events.
 */
export async function withUnlockedVault<T>(ctx: CommandContext, fn: (session: VaultSession) => Promise<T>): Promise<T> {
  const session = new VaultSession({ dir: ctx.vaultDir(), actor: defaultActor('cli') });
  const { method, secret } = await vaultSecret(ctx);
  await session.unlock(method, secret);
  try {
    return await fn(session);
  } finally {
    await session.lock('user');
  }
}
