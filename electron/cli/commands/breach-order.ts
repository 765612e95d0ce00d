import type { BreachNotification } from '../../shared/breach-results';
import type { CaseClock, ClockKind } from '../../shared/case-clocks';

/** The authority first, then the people, the clients and NIS2: the order the breach page reads in, whatever order they were stored in. */
const CLOCK_ORDER: readonly ClockKind[] = ['gdpr-authority', 'controller-legal', 'gdpr-client', 'client-assist', 'processor-forward', 'nis2-early-warning', 'nis2-notification', 'nis2-final'];
const RECIPIENT_ORDER: readonly string[] = ['authority', 'subjects', 'public'];

const rank = (order: readonly string[], value: string) => (order.includes(value) ? order.indexOf(value) : order.length);

/** A breach's clocks in a stable order: by kind as above, then by the party's name. */
export function inClockOrder(clocks: readonly CaseClock[]): CaseClock[] {
  return [...clocks].sort((a, b) => rank(CLOCK_ORDER, a.kind) - rank(CLOCK_ORDER, b.kind) || a.party.localeCompare(b.party));
}

/** The notices to the authority first, then to the people and the public, each oldest first. */
export function inRecipientOrder(notifications: readonly BreachNotification[]): BreachNotification[] {
  return [...notifications].sort((a, b) => rank(RECIPIENT_ORDER, a.recipient) - rank(RECIPIENT_ORDER, b.recipient) || Date.parse(a.sentAt) - Date.parse(b.sentAt));
}
