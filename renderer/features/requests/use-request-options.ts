import type { RequestOptions } from '../../../electron/shared/contract/requests';
import { useReferenceData } from '../../lib/use-reference-data';

/**
 * The closed lists of the request form and the filters (regimes with their types,
 * channels, methods, outcomes, grounds), served by main; null until they arrive.
 */
export function useRequestOptions(): RequestOptions | null {
  return useReferenceData('reference.requestOptions', {});
}
