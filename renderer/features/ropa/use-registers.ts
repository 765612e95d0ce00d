import type { ApiError } from '../../../electron/shared/result';
import type { Output } from '../../lib/api';
import { useApi } from '../../lib/use-api';

export type RegistersView = Output<'registers.get'>;

/** Loads the registers with their findings once; `reload` after a change. */
export function useRegisters(): { data: RegistersView | null; error: ApiError | null; reload: () => Promise<void> } {
  const { data, error, reload } = useApi('registers.get', {});
  return { data, error, reload };
}
