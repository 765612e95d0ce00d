import type { CaseClock } from '../../shared/case-clocks';
import type { Client } from '../../shared/clients';
import { cliText, type CliText } from '../cli-text';

/** One line of the client list: name, country, the contract's terms. */
export function clientLine(c: Client): string {
  const breach = c.breachNoticeHours === null ? 'breach notice without undue delay' : `breach notice ${c.breachNoticeHours} h`;
  const requests = c.requestDays === null ? 'requests without undue delay' : `requests ${c.requestDays} ${c.requestDaysBasis === 'working' ? 'working' : 'calendar'} days`;
  return `${c.id}  ${c.name}  ${c.country}  agreement ${c.agreementSignedOn ?? '—'}  ${breach}  ${requests}  open requests ${c.openRequests}  breaches ${c.breaches}`;
}

/** A client in full. */
export function clientLines(c: Client): string[] {
  return [
    clientLine(c),
    `Privacy contact:   ${c.privacyContact}`,
    `Agreement file:    ${c.agreementFile ?? '—'}`,
    `Sub-processors:    ${c.subProcessorApproval ?? '—'}`,
    `Activities:        ${c.activityIds.length === 0 ? '—' : c.activityIds.join(', ')}`,
    ...(c.notes ? [`Notes:             ${c.notes}`] : []),
  ];
}

/** One clock as a line, in the reader's language: what, for whom, by when, where it stands, and the rule. */
export function clockLine(c: CaseClock, x: CliText = cliText('en')): string {
  const party = ['authority', 'csirt', 'controller'].includes(c.party) ? x.t(`msg.clock.party.${c.party}`) : c.party;
  const kind = x.t(`msg.clock.kind.${c.kind}`);
  const status = x.t(`msg.clock.status.${c.status}`);
  return `  ${kind} — ${party}: ${c.dueAt ?? x.text(c.explanation)}  [${status}${c.doneAt ? ` ${c.doneAt}` : ''}]  (${x.text(c.source)})`;
}
