import type { BreachDetail } from '../../../electron/shared/breaches';
import type { Result } from '../../../electron/shared/result';
import { call } from '../../lib/api';
import { useBreachChange } from '../breaches/detail/use-breach-change';

/**
 * Runs a change of a breach's roles or one of its client or NIS2 notices, then reads the
 * breach again so every clock on the page follows; errors and field messages as for the
 * breach's other changes.
 */
export function useRoleChange(breachId: string, onDone: (detail: BreachDetail) => void) {
  const change = useBreachChange(onDone);
  const run = (step: () => Promise<Result<unknown>>) =>
    change.run(async () => {
      const result = await step();
      return result.ok ? call('breaches.get', { id: breachId }) : result;
    });
  return { ...change, run };
}
