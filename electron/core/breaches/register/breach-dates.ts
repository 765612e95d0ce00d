import type { FieldIssue } from '../../../shared/result';
import { isInFuture } from '../../../shared/pure/future-instant';


export interface BreachDates {
  awareAt: string;
  discoveredAt: string | null;
  occurredFrom: string | null;
  occurredTo: string | null;
}

/**
 * Checks that a breach's dates tell a possible story: nothing in the future; the breach
 * began before it was discovered, and was discovered no later than the controller became
 * aware of it (EDPB Guidelines 9/2022: awareness is reasonable certainty, which follows
 * discovery); it ended after it began. The breach may still be going on after awareness.
 * Compares instants, so offsets may differ.
 */
export function breachDateIssues(dates: BreachDates, now: Date): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const ms = (text: string | null) => (text === null ? null : Date.parse(text));
  const aware = Date.parse(dates.awareAt);
  const discovered = ms(dates.discoveredAt);
  const from = ms(dates.occurredFrom);
  const to = ms(dates.occurredTo);
  const future = (path: string, what: string, value: number | null) => {
    if (value !== null && isInFuture(value, now.getTime())) issues.push({ path, message: `${what} is in the future` });
  };
  future('awareAt', 'The moment of awareness', aware);
  future('discoveredAt', 'The discovery', discovered);
  future('occurredFrom', 'The start of the breach', from);
  future('occurredTo', 'The end of the breach', to);
  if (discovered !== null && discovered > aware) {
    issues.push({ path: 'discoveredAt', message: 'The breach is discovered before, or when, you become aware of it: check both times' });
  }
  if (from !== null && from > aware) {
    issues.push({ path: 'occurredFrom', message: 'The breach cannot have begun after you became aware of it' });
  }
  if (from !== null && discovered !== null && from > discovered) {
    issues.push({ path: 'occurredFrom', message: 'The breach cannot have begun after it was discovered' });
  }
  if (from !== null && to !== null && to < from) {
    issues.push({ path: 'occurredTo', message: 'The breach cannot have ended before it began' });
  }
  return issues;
}
