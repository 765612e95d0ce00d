import type { RequestDetail, RequestSummary } from '../../shared/requests';

function daysText(days: number | null): string {
  if (days === null) return '';
  if (days < 0) return `${-days} d overdue`;
  if (days === 0) return 'due today';
  return `${days} d left`;
}

/** One inbox line: reference, status, due date with days left, who, what. */
export function summaryLine(r: RequestSummary): string {
  const late = (r.lateness?.legalDays ?? 0) > 0 || (r.lateness?.commitmentDays ?? 0) > 0;
  const flag = r.overdue ? '!! ' : r.slaBreached ? '!  ' : late ? 'L  ' : '   ';
  const due = r.effective.date ?? 'no date';
  return `${flag}${r.reference}  ${r.status.padEnd(17)} ${due}  ${daysText(r.effective.daysLeft).padEnd(14)} ${r.regime}/${r.types.join('+')}  ${r.subjectName}`;
}

/** How late a closed request was, against one clock, in words. */
function lateText(days: number | null): string {
  if (days === null) return 'no deadline';
  return days === 0 ? 'on time' : `${days} d late`;
}

/** The request page as text. */
export function detailLines(d: RequestDetail): string[] {
  return [
    ...(d.void ? [`VOID (registered in error) since ${d.void.at}${d.void.reason ? `: ${d.void.reason}` : ''}`] : []),
    `${d.reference}  ${d.status}${d.outcome ? ` (${d.outcome}${d.refusalGround ? `: ${d.refusalGround}` : ''})` : ''}`,
    `Regime:     ${d.regime}, ${d.types.join(', ')}`,
    `Subject:    ${d.subjectName}${d.subjectEmail ? ` <${d.subjectEmail}>` : ''}${d.under16 ? ' (under 16)' : ''}`,
    ...(d.requesterRelation !== 'self' ? [`Requester:  ${d.requesterName ?? ''} (${d.requesterRelation})`] : []),
    `Received:   ${d.receivedAt} (${d.receivedDate} in ${d.timeZone}) by ${d.channel}`,
    `Identity:   ${d.identity.outcome}${d.identity.method ? ` via ${d.identity.method}` : ''}`,
    `Legal due:  ${d.legal.date ?? 'none'} ${daysText(d.legal.daysLeft)}`,
    `Own due:    ${d.organisation.date ?? 'no commitment'} ${daysText(d.organisation.daysLeft)}`,
    `Acknowledged: ${d.acknowledgement ? `${d.acknowledgement.at} by ${d.acknowledgement.channel ?? '?'}${d.acknowledgement.documentId ? ` with letter ${d.acknowledgement.documentId}` : ''}` : 'not yet'}`,
    ...(d.lateness ? [`Answered:   ${lateText(d.lateness.legalDays)} (law), ${lateText(d.lateness.commitmentDays)} (commitment)`] : []),
    '',
    ...d.deadlines.explanations,
    '',
    'History:',
    ...d.timeline.map((t) => {
      const data = t.data as { from?: string | null; to?: string | null; reason?: string | null };
      const changes = (t.changes ?? []).map((c) => `\n      ${c.field}: ${c.from ?? '—'} → ${c.to ?? '—'}`).join('');
      return `  ${t.at}  ${t.action}${data.to ? ` → ${data.to}` : ''}${data.reason ? `: ${data.reason}` : ''}  (${t.actor})${changes}`;
    }),
  ];
}
