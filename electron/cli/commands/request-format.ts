import type { RequestDetail, RequestSummary } from '../../shared/requests';
import type { CliText } from '../cli-text';

function daysText(days: number | null, x: CliText): string {
  if (days === null) return '';
  if (days < 0) return x.t('msg.cli.days.overdue', { count: -days });
  if (days === 0) return x.t('msg.cli.days.today');
  return x.t('msg.cli.days.left', { count: days });
}

/** One inbox line: reference, status, due date with days left, who, what. */
export function summaryLine(r: RequestSummary, x: CliText): string {
  const late = (r.lateness?.legalDays ?? 0) > 0 || (r.lateness?.commitmentDays ?? 0) > 0;
  const flag = r.overdue ? '!! ' : r.slaBreached ? '!  ' : late ? 'L  ' : '   ';
  const due = r.effective.date ?? x.t('msg.cli.requestList.noDate');
  return `${flag}${r.reference}  ${x.status('request', r.status).padEnd(17)} ${due}  ${daysText(r.effective.daysLeft, x).padEnd(14)} ${r.regime}/${r.types.join('+')}  ${r.subjectName}`;
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

/** Each history entry as one line: when, what (in words), the new status and the reason, who; corrections below it. */
export function historyTexts(d: RequestDetail, x: CliText): string[] {
  return d.timeline.map((t) => {
    const data = t.data as { from?: string | null; to?: string | null; reason?: string | null };
    const changes = (t.changes ?? []).map((c) => `\n      ${c.field}: ${c.from ?? '—'} → ${c.to ?? '—'}`).join('');
    const to = data.to ? ` → ${x.status('request', data.to)}` : '';
    return `  ${t.at}  ${x.history(t.action)}${to}${data.reason ? `: ${data.reason}` : ''}  (${t.actor})${changes}`;
  });
}

/** The request page as text, in the reader's language; codes (regime, types, channel) stay as they are. */
export function detailLines(d: RequestDetail, x: CliText): string[] {
  const labels = ['regime', 'subject', 'requester', 'received', 'identity', 'legalDue', 'ownDue', 'acknowledged', 'answered'] as const;
  const width = Math.max(...labels.map((l) => x.t(`msg.cli.request.label.${l}`).length)) + 1;
  const label = (name: (typeof labels)[number]) => x.t(`msg.cli.request.label.${name}`).padEnd(width);
  const ack = d.acknowledgement;
  return [
    ...(d.void ? [`${x.t('msg.cli.request.void', { at: d.void.at })}${d.void.reason ? `: ${d.void.reason}` : ''}`] : []),
    `${d.reference}  ${x.status('request', d.status)}${d.outcome ? ` (${d.outcome}${d.refusalGround ? `: ${d.refusalGround}` : ''})` : ''}`,
    `${label('regime')}${d.regime}, ${d.types.join(', ')}`,
    `${label('subject')}${d.subjectName}${d.subjectEmail ? ` <${d.subjectEmail}>` : ''}${d.under16 ? ` (${x.t('msg.cli.request.under16')})` : ''}`,
    ...(d.requesterRelation !== 'self' ? [`${label('requester')}${d.requesterName ?? ''} (${d.requesterRelation})`] : []),
    `${label('received')}${x.t('msg.cli.request.receivedValue', { at: d.receivedAt, date: d.receivedDate, zone: d.timeZone, channel: d.channel })}`,
    `${label('identity')}${d.identity.outcome}${d.identity.method ? ` ${x.t('msg.cli.request.via', { method: d.identity.method })}` : ''}`,
    `${label('legalDue')}${d.legal.date ?? x.t('msg.cli.request.none')} ${daysText(d.legal.daysLeft, x)}`,
    `${label('ownDue')}${d.organisation.date ?? x.t('msg.cli.request.noCommitment')} ${daysText(d.organisation.daysLeft, x)}`,
    `${label('acknowledged')}${ack ? x.t('msg.cli.request.ackValue', { at: ack.at, channel: ack.channel ?? '?' }) + (ack.documentId ? ` ${x.t('msg.cli.request.withLetter', { id: ack.documentId })}` : '') : x.t('msg.cli.request.notYet')}`,
    ...(d.lateness ? [`${label('answered')}${x.t('msg.cli.request.answeredValue', { law: lateText(d.lateness.legalDays, x), commitment: lateText(d.lateness.commitmentDays, x) })}`] : []),
    '',
    ...explanationTexts(d, x),
    '',
    x.t('msg.cli.history'),
    ...historyTexts(d, x),
  ];
}
