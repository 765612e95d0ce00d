import type { RequestDetail, RequestSummary } from '../../shared/requests';
import { formatCivilDate } from '../../shared/pure/i18n/format';
import { daysBetween } from '../../shared/pure/civil-date';
import { reportCodeLabel } from '../code-labels';
import type { CliText } from '../cli-text';

/** The regime and the request types in words: `GDPR: Accesso, Portabilità`. */
export function regimeAndTypes(r: Pick<RequestSummary, 'regime' | 'types'>, x: CliText): string {
  const types = r.types.map((type) => reportCodeLabel(x.language, 'types', type)).join(', ');
  return `${reportCodeLabel(x.language, 'regimes', r.regime)}: ${types}`;
}

/** A request channel in words (`Telefono`), as the audit report's CSV files write it. */
const channelLabel = (channel: string, x: CliText) => x.code('msg.report.csv.channel', channel);

function daysText(days: number | null, x: CliText): string {
  if (days === null) return '';
  if (days < 0) return x.t('msg.cli.days.overdue', { count: -days });
  if (days === 0) return x.t('msg.cli.days.today');
  return x.t('msg.cli.days.left', { count: days });
}

/**
 * One inbox line: reference, status, due date with days left, who, what. A request handled as processor shows the date
 * the agreement wants it forwarded to the client by, flagged only when that passed unforwarded: the law's date binds the
 * client, the controller (Art. 12(3), Art. 28(3)(e) GDPR; lawyer review 5, E1).
 */
export function summaryLine(r: RequestSummary, x: CliText, today: string): string {
  const p = r.processorFor;
  const late = (r.lateness?.legalDays ?? 0) > 0 || (r.lateness?.commitmentDays ?? 0) > 0;
  const forwardLeft = p !== null && p.forwardedOn === null && p.forwardBy !== null ? daysBetween(today, p.forwardBy) : null;
  const flag = p ? ((forwardLeft ?? 0) < 0 ? '!! ' : '   ') : r.overdue ? '!! ' : r.slaBreached ? '!  ' : late ? 'L  ' : '   ';
  const due = (p ? p.forwardBy : r.effective.date) ?? x.t('msg.cli.requestList.noDate');
  const left = p ? daysText(forwardLeft, x) : daysText(r.effective.daysLeft, x);
  const role = p ? `  [${x.t('msg.cli.requestList.processor', { client: p.clientName })}]` : '';
  return `${flag}${r.reference}  ${x.status('request', r.status).padEnd(17)} ${due}  ${left.padEnd(14)} ${regimeAndTypes(r, x)}  ${r.subjectName}${role}`;
}

/** How late a closed request was, against one clock, in words. */
function lateText(days: number | null, x: CliText): string {
  if (days === null) return x.t('msg.cli.request.noDeadline');
  return days === 0 ? x.t('msg.cli.request.onTime') : x.t('msg.cli.request.daysLate', { count: days });
}

/** The deadline explanations in the reader's language (the stored English for requests recorded before they were messages). */
export function explanationTexts(d: RequestDetail, x: CliText): string[] {
  return d.deadlines.explanationLines.length > 0 ? d.deadlines.explanationLines.map((line) => x.line(line)) : d.deadlines.explanations;
}

/** Each history entry as one line: when (in the organisation's zone), what (in words), the new status and the reason, who; corrections below it. */
export function historyTexts(d: RequestDetail, x: CliText): string[] {
  return d.timeline.map((t) => {
    const data = t.data as { from?: string | null; to?: string | null; reason?: string | null };
    const changes = (t.changes ?? []).map((c) => `\n      ${x.code('msg.cli.request.field', c.field)}: ${c.from ?? '—'} → ${c.to ?? '—'}`).join('');
    const to = data.to ? ` → ${x.status('request', data.to)}` : '';
    return `  ${x.instant(t.at, d.timeZone)}  ${x.history(t.action)}${to}${data.reason ? `: ${data.reason}` : ''}  (${t.actor})${changes}`;
  });
}

/** The status, with the outcome and the ground of a refusal in words: `evasa (Accolta)`. */
function statusText(d: RequestDetail, x: CliText): string {
  if (!d.outcome) return x.status('request', d.status);
  const outcome = reportCodeLabel(x.language, 'outcomes', d.outcome);
  const ground = d.refusalGround ? `: ${reportCodeLabel(x.language, 'refusalGrounds', d.refusalGround)}` : '';
  return `${x.status('request', d.status)} (${outcome}${ground})`;
}

/** How the identity stands, and how it was checked, in words. */
function identityText(d: RequestDetail, x: CliText): string {
  const outcome = reportCodeLabel(x.language, 'identity', d.identity.outcome);
  return d.identity.method ? `${outcome} (${x.code('msg.cli.request.identityMethod', d.identity.method)})` : outcome;
}

type DueLabel = 'legalDue' | 'ownDue' | 'controller' | 'forwardBy' | 'forwarded';

/**
 * The dates the organisation owes: as controller, the law's and its own commitment's; as processor, the client named as
 * controller, the agreement's date to forward the request by and the date it was forwarded (Art. 28(3)(e) GDPR), since
 * the law's date binds the client (lawyer review 5, E1).
 */
function dueLines(d: RequestDetail, x: CliText, label: (name: DueLabel) => string): string[] {
  const date = (civil: string) => formatCivilDate(civil, x.language);
  const p = d.processorSide;
  if (!p) {
    return [
      `${label('legalDue')}${d.legal.date ? date(d.legal.date) : x.t('msg.cli.request.none')} ${daysText(d.legal.daysLeft, x)}`,
      `${label('ownDue')}${d.organisation.date ? date(d.organisation.date) : x.t('msg.cli.request.noCommitment')} ${daysText(d.organisation.daysLeft, x)}`,
    ];
  }
  return [
    `${label('controller')}${x.t('msg.cli.request.controllerValue', { client: p.clientName })}`,
    `${label('forwardBy')}${p.forwardBy ? x.t('msg.cli.request.forwardByValue', { date: date(p.forwardBy) }) : x.t('msg.cli.request.noAgreedTime')}`,
    `${label('forwarded')}${p.forwardedOn ? date(p.forwardedOn) : x.t('msg.cli.request.notYet')}`,
  ];
}

/** The request page as text, in the reader's language: codes in words, instants in the organisation's zone. */
export function detailLines(d: RequestDetail, x: CliText): string[] {
  const labels = ['regime', 'subject', 'requester', 'received', 'identity', 'legalDue', 'ownDue', 'controller', 'forwardBy', 'forwarded', 'acknowledged', 'answered'] as const;
  const width = Math.max(...labels.map((l) => x.t(`msg.cli.request.label.${l}`).length)) + 1;
  const label = (name: (typeof labels)[number]) => x.t(`msg.cli.request.label.${name}`).padEnd(width);
  const ack = d.acknowledgement;
  const at = (instant: string) => x.instant(instant, d.timeZone);
  return [
    ...(d.void ? [`${x.t('msg.cli.request.void', { at: at(d.void.at) })}${d.void.reason ? `: ${d.void.reason}` : ''}`] : []),
    `${d.reference}  ${statusText(d, x)}`,
    `${label('regime')}${regimeAndTypes(d, x)}`,
    `${label('subject')}${d.subjectName}${d.subjectEmail ? ` <${d.subjectEmail}>` : ''}${d.under16 ? ` (${x.t('msg.cli.request.under16')})` : ''}`,
    ...(d.requesterRelation !== 'self' ? [`${label('requester')}${d.requesterName ?? ''} (${x.code('msg.cli.request.relation', d.requesterRelation)})`] : []),
    `${label('received')}${x.t('msg.cli.request.receivedValue', { at: x.instant(d.receivedAt, d.timeZone, true), zone: d.timeZone, channel: channelLabel(d.channel, x) })}`,
    `${label('identity')}${identityText(d, x)}`,
    ...dueLines(d, x, label),
    // A recorded extension that does not bind says why: its notice is not recorded as sent within the first period (review 6, F13).
    ...(d.deadlines.extension?.why && !d.processorSide ? [`${' '.repeat(width)}${x.text(d.deadlines.extension.why)}`] : []),
    `${label('acknowledged')}${ack ? x.t('msg.cli.request.ackValue', { at: at(ack.at), channel: ack.channel ? channelLabel(ack.channel, x) : '?' }) + (ack.documentId ? ` ${x.t('msg.cli.request.withLetter', { id: ack.documentId })}` : '') : x.t('msg.cli.request.notYet')}`,
    ...(d.lateness ? [`${label('answered')}${x.t('msg.cli.request.answeredValue', { law: lateText(d.lateness.legalDays, x), commitment: lateText(d.lateness.commitmentDays, x) })}`] : []),
    '',
    ...(d.processorSide ? [x.t('msg.cli.request.processorNote', { client: d.processorSide.clientName })] : explanationTexts(d, x)),
    '',
    x.t('msg.cli.history'),
    ...historyTexts(d, x),
  ];
}
