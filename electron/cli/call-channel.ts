import { createDispatch, parseInput } from '../core/api/dispatch';
import { handlerRegistry } from '../core/api/handler-registry';
import { AppError } from '../core/errors';
import type { Channel, Output } from '../shared/contract';
import { UsageError, type CommandContext } from './command';
import { withUnlockedVault } from './open-vault';

/**
 * Runs one channel for a CLI command through the app's own registry and dispatch, so the
 * command line validates, refuses and audits exactly as the app does. `input` is the
 * command's flags mapped to the channel's fields, untyped as flags are: it is checked
 * with the channel's schema before the passphrase is asked (a bad flag is a usage error,
 * exit 2); an error of the service comes back as the app's `AppError` (exit 1), and an
 * unexpected one is rethrown as it was, since the CLI has no log file to point to.
 */
export async function callChannel<C extends Channel>(ctx: CommandContext, channel: C, input: unknown): Promise<Output<C>> {
  const checked = parseInput(channel, input);
  if (!checked.ok) throw new UsageError(checked.error.message);
  return withUnlockedVault(ctx, async (session) => {
    let unexpected: { error: unknown } | undefined;
    const dispatch = createDispatch(handlerRegistry(session, () => new Date(), 'cli'), (error) => {
      unexpected = { error };
    });
    const result = await dispatch(channel, input);
    if (result.ok) return result.value as Output<C>;
    if (unexpected) throw unexpected.error;
    throw new AppError(result.error.code, result.error.message, result.error.issues, result.error.detail);
  });
}
