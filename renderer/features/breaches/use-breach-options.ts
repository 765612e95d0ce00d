import type { BreachOptions } from '../../../electron/shared/breaches';
import { useReferenceData } from '../../lib/use-reference-data';

/**
 * The closed lists of the breach forms (causes, categories, phases, channels, the triage
 * facts' values), served by main; null until they arrive.
 */
export function useBreachOptions(): BreachOptions | null {
  return useReferenceData('reference.breachOptions', {});
}
