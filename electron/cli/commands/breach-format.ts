import { zoneWithOffset } from '../../shared/pure/zoned-time';
import { clockLine } from './client-format';
import type { BreachDetail, BreachSummary } from '../../shared/breaches';

/** Where the 72-hour clock stands, in a few words. */
export function clockText(s: Pick<BreachSummary, 'clock' | 'hoursLeft'>): string {
  switch (s.clock) {
    case 'running':
      return `${s.hoursLeft.toFixed(1)} h left`;
    case 'overdue':
      return `overdue by ${(-s.hoursLeft).toFixed(1)} h`;
    case 'notified-in-time':
      return 'authority notified in time';
    case 'notified-late':
      return 'authority notified late';
    case 'not-required':
      return 'authority notice not needed';
  }
}

/**
 * An instant as the organisation reads it, when its zone is set: `30 Mar 2026, 11:00 CEST`.
 * Display only; the stored instant keeps the offset it was given in.
 */
export function inZone(instant: string, timeZone: string | null): string {
  if (!timeZone) return instant;
  const text = new Intl.DateTimeFormat('en-GB', { timeZone, dateStyle: 'medium', timeStyle: 'short' }).format(new Date(instant));
  return `${instant} (${text} ${zoneWithOffset(Date.parse(instant), timeZone)}, ${timeZone})`;
}

/** One register line: a flag for the clock's colour, reference, status, severity, clock, title. */
export function breachLine(b: BreachSummary): string {
  const flag = b.urgency === 'red' ? '!! ' : b.urgency === 'amber' ? '!  ' : '   ';
  const severity = b.severity ? b.severity.level : 'untriaged';
  return `${flag}${b.reference}  ${b.status.padEnd(9)} ${severity.padEnd(10)} ${clockText(b).padEnd(28)} ${b.title}`;
}

const yesNo = (value: boolean) => (value ? 'yes' : 'no');

function factsLines(d: BreachDetail): string[] {
  const entries = Object.entries(d.facts.complete ?? d.facts.draft).filter(([name]) => name !== 'awareAt');
  return [
    'Facts:',
    ...entries.map(([name, value]) => `  ${name.padEnd(19)}${Array.isArray(value) ? value.join(', ') : String(value)}`),
    ...(d.facts.missing.length > 0 ? [`  missing: ${d.facts.missing.join(', ')} (the triage runs once they are in)`] : []),
  ];
}

function triageLines(d: BreachDetail): string[] {
  if (!d.triage) return [];
  const t = d.triage;
  return [
    `Triage:     severity ${t.severity.score.toFixed(2)} (${t.severity.level}, ENISA), risk ${t.risk}`,
    `            recommends: authority ${yesNo(t.notifyAuthority)}, people ${yesNo(t.notifySubjects)}`,
    ...t.reasons.map((r) => `  - ${r.text}`),
  ];
}

function decisionLines(d: BreachDetail): string[] {
  const c = d.decision;
  if (!c) return ['Decision:   none recorded yet'];
  return [
    `Decision:   authority ${yesNo(c.notifyAuthority)}, people ${yesNo(c.notifySubjects)}${c.art34Exemption ? ` (Art. 34(3)(${c.art34Exemption}))` : ''}` +
      `, by ${c.decidedBy} at ${c.decidedAt}${c.followsRecommendation ? '' : ' (departs from the recommendation)'}${c.stale ? ' (STALE: the facts changed since)' : ''}`,
    `            ${c.rationale}`,
  ];
}

/** The breach page as text: record, clock, facts, triage, decision, notifications, actions, history. */
export function breachDetailLines(d: BreachDetail): string[] {
  return [
    `${d.reference}  ${d.status}  ${d.title}`,
    ...(d.cause ? [`Cause:      ${d.cause}`] : []),
    ...(d.description ? [`About:      ${d.description}`] : []),
    `Aware at:   ${inZone(d.awareAt, d.timeZone)}`,
    `Authority:  by ${inZone(d.authorityDeadline, d.timeZone)}, ${clockText(d)}`,
    ...(d.roles.processorReportedAt ? [`Reported by our processor at ${inZone(d.roles.processorReportedAt, d.timeZone)}`] : []),
    'Clocks:',
    ...d.clocks.map(clockLine),
    '',
    ...factsLines(d),
    '',
    ...triageLines(d),
    ...decisionLines(d),
    '',
    'Notifications:',
    ...(d.notifications.length === 0 ? ['  none'] : []),
    ...d.notifications.map(
      (n) =>
        `  ${n.sentAt}  ${n.recipient}${n.phase ? ` (${n.phase})` : ''}${n.channel ? ` by ${n.channel}` : ''}` +
        `${n.recipientsCount !== null ? ` to ${n.recipientsCount}` : ''}, ${n.hoursAfterAwareness} h after awareness${n.late ? ', LATE' : ''}` +
        `${n.reference ? `, ref ${n.reference}` : ''}${n.delayReasons ? `; delay: ${n.delayReasons}` : ''}${n.adds ? `; adds: ${n.adds}` : ''}`,
    ),
    ...(d.followUp
      ? [
          `  Complete notification due ${d.followUp.due} (${d.followUp.days} days after the preliminary one${d.followUp.defaultPeriod ? ', the default' : ''}; Art. 33(4))` +
            `${d.followUp.daysLeft < 0 ? `, OVERDUE by ${-d.followUp.daysLeft} days` : ''}`,
        ]
      : []),
    'Actions:',
    ...(d.actions.length === 0 ? ['  none'] : []),
    ...d.actions.map((a) => `  ${a.at}  ${a.kind}: ${a.text} (${a.who})`),
    'Next:',
    ...d.transitions.map((t) => `  → ${t.to}: ${t.problem ?? 'possible now'}`),
    'History:',
    ...d.timeline.map((t) => `  ${t.at}  ${t.action}${t.toStatus ? ` → ${t.toStatus}` : ''}${t.reason ? `: ${t.reason}` : ''}  (${t.actor})`),
  ];
}
