import type { BreachDetail } from '../../../shared/breach-results';
import type { AuthorityPhase } from '../../../shared/breaches';
import { civilDateInZone } from '../../deadlines';
import type { BreachNoticeKind, Localised } from '../../../shared/document-contract';
import { hoursAfter } from '../../clocks/breach-case-clocks';
import type { Nis2Phase } from './breach-field-catalogue';
import type { DateRules } from '../letters/letter-dating';

const AWARE = { en: 'the date the organisation became aware of the breach', it: 'la data in cui l’organizzazione è venuta a conoscenza della violazione' };
const CLOCK = { en: 'the 72 hours of Article 33(1) GDPR', it: 'le 72 ore dell’art. 33, par. 1, GDPR' };
const CSIRT_REQUEST = { en: 'the CSIRT’s request that this intermediate report answers was made', it: 'la richiesta del CSIRT a cui risponde questa relazione intermedia è stata formulata' };
/** The NIS2 reports with a clock in hours from awareness (D.lgs. 138/2024 art. 25, comma 5, lett. a), b)). */
const NIS2_CLOCKS: Partial<Record<Nis2Phase, { hours: number; what: Localised }>> = {
  'early-warning': { hours: 24, what: { en: 'the 24 hours of Article 25(5)(a) of Legislative Decree No. 138/2024', it: 'le 24 ore dell’art. 25, comma 5, lett. a), del D.Lgs. 138/2024' } },
  notification: { hours: 72, what: { en: 'the 72 hours of Article 25(5)(b) of Legislative Decree No. 138/2024', it: 'le 72 ore dell’art. 25, comma 5, lett. b), del D.Lgs. 138/2024' } },
};

/**
 * A breach notice is never dated before the organisation became aware of the breach, nor an
 * intermediate NIS2 report before the CSIRT's request it answers; the
 * notification to the authority concerns the 72-hour clock, and the NIS2 early warning and
 * incident notification their 24 and 72 hours (a later one must give the reasons for the
 * delay, and its date should show why: a warning). A complete or supplementary notification
 * after the first one has no 72 hours to be late for. Days are in the organisation's zone (UTC
 * until it is set, as the notices' own dates are).
 */
export function breachDateRules(detail: BreachDetail, kind: BreachNoticeKind, nis2Phase: Nis2Phase | null, authorityPhase: AuthorityPhase | null = null, csirtRequestDate: string | null = null): DateRules {
  const zone = detail.timeZone ?? 'UTC';
  const aware = { date: civilDateInZone(detail.awareAt, zone), what: AWARE };
  // An intermediate report answers the CSIRT's request (art. 25, comma 5, lett. c), D.Lgs. 138/2024): it is never dated before it (review 4, D37).
  const notBefore = kind === 'nis2-report' && nis2Phase === 'intermediate' && csirtRequestDate !== null ? [aware, { date: csirtRequestDate, what: CSIRT_REQUEST }] : [aware];
  const nis2 = nis2Phase ? NIS2_CLOCKS[nis2Phase] : undefined;
  if (kind === 'nis2-report' && nis2) return { notBefore, deadline: { date: civilDateInZone(hoursAfter(detail.awareAt, nis2.hours), zone), what: nis2.what } };
  if (kind !== 'authority-notification') return { notBefore, deadline: null };
  // The 72 hours govern the first notification: a complete or supplementary one after it is due "without undue further delay" (Art. 33(4); review 4, D32).
  const first = detail.notifications.find((n) => n.recipient === 'authority');
  if (authorityPhase !== null && authorityPhase !== 'preliminary' && first && first.phase !== authorityPhase) return { notBefore, deadline: null };
  return { notBefore, deadline: { date: civilDateInZone(detail.authorityDeadline, zone), what: CLOCK } };
}
