import type { TFunction } from 'i18next';
import type { CaseClock } from '../../../electron/shared/case-clocks';
import type { BreachRoles, Nis2Stage } from '../../../electron/shared/clients';

/** The NIS2 report each clock stands for. */
export const NIS2_STAGE_OF: Partial<Record<CaseClock['kind'], Nis2Stage>> = {
  'nis2-early-warning': 'early-warning',
  'nis2-notification': 'notification',
  'nis2-progress': 'progress',
  'nis2-final': 'final',
};

/**
 * The line under a NIS2 report's clock once sent: the CSIRT's reference of that report, as
 * recorded with it (review 6, F16); null for another clock or when none is recorded.
 */
export function nis2ReportNote(clock: CaseClock, nis2: BreachRoles['nis2'], t: TFunction): string | null {
  const stage = NIS2_STAGE_OF[clock.kind];
  const reference = stage ? nis2.references[stage] : null;
  return reference ? t('clients.clocks.reportReference', { reference }) : null;
}
