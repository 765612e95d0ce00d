import { clockLine } from './client-format';
import { causeLabel } from '../code-labels';
import { factsLines } from './breach-facts-format';
import { inClockOrder, inRecipientOrder } from './breach-order';
import { NIS2_STAGES } from '../../shared/clients';
import type { BreachDetail, BreachListRow, BreachSummary } from '../../shared/breaches';
import { formatCivilDate, formatCount } from '../../shared/pure/i18n/format';
import type { CliText } from '../cli-text';

/** Where the 72-hour clock stands, in a few words. */
export function clockText(s: Pick<BreachSummary, 'clock' | 'hoursLeft'>, x: CliText): string {
  switch (s.clock) {
    case 'running':
      return x.t('msg.cli.breach.clock.running', { hours: x.decimal(s.hoursLeft) });
    case 'overdue':
      return x.t('msg.cli.breach.clock.overdue', { hours: x.decimal(-s.hoursLeft) });
    case 'notified-in-time':
    case 'notified-late':
    case 'not-required':
      return x.t(`msg.cli.breach.clock.${s.clock}`);
  }
}

/**
 * An instant as the organisation reads it, with its weekday, zone and UTC offset
 * (`Mon 30 Mar 2026, 11:00 CEST (+02:00)`); in UTC, saying so, when no zone is set.
 * Display only; the stored instant keeps the offset it was given in (`--json`).
 */
export function inZone(instant: string, timeZone: string | null, x: CliText): string {
  return x.instant(instant, timeZone, true);
}

/** One register line: a flag for the clock's colour, reference, status, severity, clock, title. */
export function breachLine(b: BreachListRow, x: CliText): string {
  const flag = !b.controllerSide ? '   ' : b.urgency === 'red' ? '!! ' : b.urgency === 'amber' ? '!  ' : '   ';
  const severity = b.severity ? x.t(`msg.cli.breach.level.${b.severity.level}`) : x.t('msg.cli.breach.untriaged');
  const clock = b.controllerSide ? clockText(b, x) : x.t('msg.cli.breach.processorOnly');
  return `${flag}${b.reference}  ${x.status('breach', b.status).padEnd(9)} ${severity.padEnd(10)} ${clock.padEnd(28)} ${b.title}`;
}

const yesNo = (value: boolean, x: CliText) => x.t(value ? 'msg.cli.yes' : 'msg.cli.no');

function triageLines(d: BreachDetail, x: CliText): string[] {
  if (!d.triage) return [];
  const t = d.triage;
  return [
    x.t('msg.cli.breach.triage', { score: t.severity.score, level: x.t(`msg.triage.level.${t.severity.level}`), risk: x.t(`msg.cli.triage.riskWords.${t.risk}`) }),
    `            ${x.t('msg.cli.breach.recommends', { authority: yesNo(t.notifyAuthority, x), people: yesNo(t.notifySubjects, x) })}`,
    ...t.reasons.map((r) => `  - ${r.messages.length > 0 ? r.messages.map((m) => x.text(m)).join(' ') : r.text}`),
  ];
}

function decisionLines(d: BreachDetail, x: CliText): string[] {
  const c = d.decision;
  if (!c) return [x.t('msg.cli.breach.noDecision')];
  const notes = [
    c.art34Exemption ? ` (${x.t('msg.cli.breach.exemption', { ground: c.art34Exemption })})` : '',
    x.t('msg.cli.breach.decidedBy', { who: c.decidedBy, at: x.instant(c.decidedAt, d.timeZone) }),
    c.followsRecommendation ? '' : ` (${x.t('msg.cli.breach.departs')})`,
    c.stale ? ` (${x.t('msg.cli.breach.stale')})` : '',
  ];
  return [`${x.t('msg.cli.breach.decision', { authority: yesNo(c.notifyAuthority, x), people: yesNo(c.notifySubjects, x) })}${notes.join('')}`, `            ${c.rationale}`];
}

/** The next steps: each one possible now, or why not (in the reader's language). */
export function nextSteps(d: BreachDetail, x: CliText): string[] {
  return d.transitions.map((t) => `${x.status('breach', t.to)}: ${t.problem ? x.text(t.problem) : x.t('msg.cli.breach.possibleNow')}`);
}

/** The complete notification still owed after a preliminary one (Art. 33(4)), and whether it is overdue. */
function followUpLine(f: NonNullable<BreachDetail['followUp']>, x: CliText): string {
  const line = x.t(f.defaultPeriod ? 'msg.cli.breach.followUpDefault' : 'msg.cli.breach.followUp', { due: formatCivilDate(f.due, x.language), days: f.days });
  return f.daysLeft < 0 ? `${line}${x.t('msg.cli.breach.followUpOverdue', { days: -f.daysLeft })}` : line;
}

/** The authority's 72 hours, or, on a breach of clients' data only, that they are the controllers'. */
export function authorityLine(d: BreachDetail, x: CliText): string {
  if (!d.roles.controllerSide) return x.t('msg.cli.breach.authorityProcessorOnly');
  return x.t('msg.cli.breach.authorityBy', { deadline: inZone(d.authorityDeadline, d.timeZone, x), clock: clockText(d, x) });
}

/**
 * The notices sent under the breach's roles: to each client whose data it touches (Art. 33(2)),
 * oldest first, then the NIS2 reports to the CSIRT, stage by stage, each with its own CSIRT reference (review 6, F16).
 */
function rolesSent(d: BreachDetail, x: CliText): string[] {
  const ref = (reference: string | null): string => (reference ? `, ${x.t('msg.cli.breach.ref', { reference })}` : '');
  const clients = d.roles.clients.flatMap((c) =>
    c.notifiedAt ? [{ at: c.notifiedAt, text: `${x.t('msg.cli.breach.clientNoticeSent', { client: c.clientName })}${c.channel ? ` (${x.code('msg.cli.breach.channel', c.channel)})` : ''}${ref(c.reference)}` }] : [],
  );
  const { nis2 } = d.roles;
  const reports = NIS2_STAGES.flatMap((stage) => {
    const at = { 'early-warning': nis2.earlyWarningAt, notification: nis2.notificationAt, progress: nis2.progressReportAt, final: nis2.finalReportAt }[stage];
    return at ? [{ at, stage }] : [];
  });
  const nis2Lines = reports.map((r) => ({ at: r.at, text: `${x.t(`msg.cli.breach.nis2Stage.${r.stage}`)}${ref(nis2.references[r.stage])}` }));
  const oldestFirst = [...clients].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  return [...oldestFirst, ...nis2Lines].map((line) => `  ${x.instant(line.at, d.timeZone)}  ${line.text}`);
}

/** The breach page as text: record, clock, facts, triage, decision, notifications, actions, history. */
export function breachDetailLines(d: BreachDetail, x: CliText): string[] {
  return [
    `${d.reference}  ${x.status('breach', d.status)}  ${d.title}`,
    ...(d.cause ? [`${x.t('msg.cli.breach.cause')} ${causeLabel(x.language, d.cause)}`] : []),
    ...(d.description ? [`${x.t('msg.cli.breach.about')} ${d.description}`] : []),
    `${x.t('msg.cli.breach.awareAt')} ${inZone(d.awareAt, d.timeZone, x)}`,
    `${x.t('msg.cli.breach.authority')} ${authorityLine(d, x)}`,
    ...(d.roles.processorReportedAt ? [x.t('msg.cli.breach.reportedByProcessor', { at: inZone(d.roles.processorReportedAt, d.timeZone, x) })] : []),
    x.t('msg.cli.breach.clocks'),
    ...inClockOrder(d.clocks).map((clock) => clockLine(clock, x, d.timeZone)),
    '',
    ...factsLines(d, x),
    '',
    ...triageLines(d, x),
    ...decisionLines(d, x),
    ...(d.subjectsOrder ? [x.t('msg.cli.breach.subjectsOrder', { orderedOn: d.subjectsOrder.orderedOn, reference: d.subjectsOrder.reference ?? '—' })] : []),
    '',
    x.t('msg.cli.breach.notifications'),
    ...(d.notifications.length === 0 && rolesSent(d, x).length === 0 ? [`  ${x.t('msg.cli.breach.none')}`] : []),
    ...inRecipientOrder(d.notifications).map(
      (n) =>
        `  ${x.instant(n.sentAt, d.timeZone)}  ${x.t(`msg.cli.breach.recipient.${n.recipient}`)}${n.phase ? ` (${x.t(`msg.cli.breach.phase.${n.phase}`)})` : ''}${n.channel ? ` (${x.t(`msg.cli.breach.channel.${n.channel}`)})` : ''}` +
        `${n.recipientsCount !== null ? ` → ${formatCount(n.recipientsCount, x.language)}` : ''}, ${x.t('msg.cli.breach.hoursAfter', { hours: x.decimal(n.hoursAfterAwareness) })}${n.late ? `, ${x.t('msg.cli.breach.late')}` : ''}` +
        `${n.reference ? `, ${x.t('msg.cli.breach.ref', { reference: n.reference })}` : ''}${n.delayReasons ? `; ${x.t('msg.cli.breach.delay', { reasons: n.delayReasons })}` : ''}${n.adds ? `; ${x.t('msg.cli.breach.adds', { adds: n.adds })}` : ''}`,
    ),
    ...rolesSent(d, x),
    ...(d.followUp ? [`  ${followUpLine(d.followUp, x)}`] : []),
    x.t('msg.cli.breach.actions'),
    ...(d.actions.length === 0 ? [`  ${x.t('msg.cli.breach.none')}`] : []),
    ...d.actions.map((a) => `  ${x.instant(a.at, d.timeZone)}  ${x.t(`msg.cli.breach.actionKind.${a.kind}`)}: ${a.text} (${a.who})`),
    x.t('msg.cli.breach.next'),
    ...nextSteps(d, x).map((line) => `  → ${line}`),
    x.t('msg.cli.history'),
    ...d.timeline.map((t) => `  ${x.instant(t.at, d.timeZone)}  ${x.history(t.action)}${t.toStatus ? ` → ${x.status('breach', t.toStatus)}` : ''}${t.reason ? `: ${t.reason}` : ''}  (${t.actor})`),
  ];
}
