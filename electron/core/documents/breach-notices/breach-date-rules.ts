import type { BreachDetail } from '../../../shared/breach-results';
import { civilDateInZone } from '../../deadlines';
import type { BreachNoticeKind } from '../../../shared/document-contract';
import type { DateRules } from '../letters/letter-dating';

const AWARE = { en: 'the date the organisation became aware of the breach', it: 'la data in cui l’organizzazione è venuta a conoscenza della violazione' };
const CLOCK = { en: 'the 72 hours of Article 33(1) GDPR', it: 'le 72 ore dell’art. 33, par. 1, GDPR' };

/**
 * A breach notice is never dated before the organisation became aware of the breach; the
 * notification to the authority concerns the 72-hour clock (a later one must give the
 * reasons for the delay, and its date should show why). Days are in the organisation's
 * zone (UTC until it is set, as the notices' own dates are).
 */
export function breachDateRules(detail: BreachDetail, kind: BreachNoticeKind): DateRules {
  const zone = detail.timeZone ?? 'UTC';
  const notBefore = [{ date: civilDateInZone(detail.awareAt, zone), what: AWARE }];
  if (kind !== 'authority-notification') return { notBefore, deadline: null };
  return { notBefore, deadline: { date: civilDateInZone(detail.authorityDeadline, zone), what: CLOCK } };
}
