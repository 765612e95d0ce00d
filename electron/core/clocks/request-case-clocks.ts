import type { CaseClock } from '../../shared/case-clocks';
import type { DayBasis } from '../../shared/clients';
import { addDays } from '../../shared/pure/civil-date';
import { msg } from '../../shared/pure/i18n/message';
import { addWorkingDays, holidayCalendar } from '../deadlines';
import { dateStatus } from './clock-status';

/**
 * The date by which a request received in processor capacity is to be forwarded to the
 * client: `days` after the day of receipt (which is not counted), in calendar days as the
 * contract writes them, or in working days of the client's country (weekends and its public
 * holidays skipped). Null when the contract fixes no days.
 */
export function forwardByDate(receivedDate: string, days: number | null, basis: DayBasis, country: string): string | null {
  if (days === null) return null;
  return basis === 'working' ? addWorkingDays(receivedDate, days, holidayCalendar(country)).date : addDays(receivedDate, days);
}

/** What a processor-side request's clocks come from. */
export interface RequestClockFacts {
  clientId: string;
  clientName: string;
  requestDays: number | null;
  requestDaysBasis: DayBasis;
  forwardBy: string | null;
  forwardedOn: string | null;
  assistBy: string | null;
  /** The controller's own legal deadline as far as we know it (GDPR Art. 12(3) from our receipt). */
  controllerDue: string | null;
  /** The request is closed: nothing runs any more. */
  closedOn: string | null;
}

/**
 * The clocks of a request received in processor capacity on `today`: forwarding it to the
 * client under the contract (or "without undue delay", Art. 28(3)(e), where the contract
 * fixes no days), assisting by the date the client asks (waiting until it asks), and the
 * controller's own deadline, shown as context: it is the client's to keep, not ours.
 */
export function requestCaseClocks(facts: RequestClockFacts, today: string): CaseClock[] {
  const party = facts.clientName;
  const forwardSource = msg(facts.requestDays === null ? 'msg.citation.gdpr-art-28-3-e' : 'msg.citation.processing-agreement');
  const forward: CaseClock = {
    kind: 'processor-forward',
    party,
    partyId: facts.clientId,
    dueAt: facts.forwardBy,
    doneAt: facts.forwardedOn,
    status: facts.forwardBy === null ? (facts.forwardedOn === null ? 'undue-delay' : 'done') : dateStatus(facts.forwardBy, facts.forwardedOn, today),
    ours: true,
    explanation:
      facts.requestDays === null
        ? msg('msg.clock.explain.withoutUndueDelay')
        : msg(facts.requestDaysBasis === 'working' ? 'msg.clock.explain.contractWorkingDays' : 'msg.clock.explain.contractDays', { days: facts.requestDays }),
    source: forwardSource,
  };
  const assist: CaseClock = {
    kind: 'client-assist',
    party,
    partyId: facts.clientId,
    dueAt: facts.assistBy,
    doneAt: facts.closedOn,
    status: facts.assistBy === null ? 'waiting' : dateStatus(facts.assistBy, facts.closedOn, today),
    ours: true,
    explanation: msg(facts.assistBy === null ? 'msg.clock.explain.assistAwaitsClient' : 'msg.clock.explain.assistByClient'),
    source: msg('msg.citation.gdpr-art-28-3-e'),
  };
  const context: CaseClock = {
    kind: 'controller-legal',
    party: 'controller',
    partyId: facts.clientId,
    dueAt: facts.controllerDue,
    doneAt: null,
    status: 'context',
    ours: false,
    explanation: msg('msg.clock.explain.controllerContext'),
    source: msg('msg.citation.gdpr-art-12-3'),
  };
  return [forward, assist, context];
}
