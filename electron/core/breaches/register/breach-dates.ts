import { fieldIssue, type KeyedIssue } from '../../errors';
import { msg } from '../../i18n';
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
export function breachDateIssues(dates: BreachDates, now: Date): KeyedIssue[] {
  const issues: KeyedIssue[] = [];
  const ms = (text: string | null) => (text === null ? null : Date.parse(text));
  const aware = Date.parse(dates.awareAt);
  const discovered = ms(dates.discoveredAt);
  const from = ms(dates.occurredFrom);
  const to = ms(dates.occurredTo);
  const future = (path: string, value: number | null) => {
    if (value !== null && isInFuture(value, now.getTime())) issues.push(fieldIssue(path, msg(`msg.error.breach.future.${path}`)));
  };
  future('awareAt', aware);
  future('discoveredAt', discovered);
  future('occurredFrom', from);
  future('occurredTo', to);
  if (discovered !== null && discovered > aware) {
    issues.push(fieldIssue('discoveredAt', msg('msg.error.breach.discoveredAfterAware')));
  }
  if (from !== null && from > aware) {
    issues.push(fieldIssue('occurredFrom', msg('msg.error.breach.begunAfterAware')));
  }
  if (from !== null && discovered !== null && from > discovered) {
    issues.push(fieldIssue('occurredFrom', msg('msg.error.breach.begunAfterDiscovery')));
  }
  if (from !== null && to !== null && to < from) {
    issues.push(fieldIssue('occurredTo', msg('msg.error.breach.endedBeforeBegun')));
  }
  return issues;
}
