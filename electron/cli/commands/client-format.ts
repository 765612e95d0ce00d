import type { CaseClock } from '../../shared/case-clocks';
import type { Client } from '../../shared/clients';
import { formatCivilDate } from '../../shared/pure/i18n/format';
import type { CliText } from '../cli-text';

/** One line of the client list: name, country, the contract's terms, in the reader's language. */
export function clientLine(c: Client, x: CliText): string {
  const breach = c.breachNoticeHours === null ? x.t('msg.cli.client.breachUndue') : x.t('msg.cli.client.breachHours', { hours: c.breachNoticeHours });
  const requests =
    c.requestDays === null
      ? x.t('msg.cli.client.requestsUndue')
      : x.t(c.requestDaysBasis === 'working' ? 'msg.cli.client.requestsWorking' : 'msg.cli.client.requestsCalendar', { days: c.requestDays });
  return x.t('msg.cli.client.line', { id: c.id, name: c.name, country: c.country, agreement: c.agreementSignedOn ?? '—', breach, requests, open: c.openRequests, breaches: c.breaches });
}

/** A client in full. */
export function clientLines(c: Client, x: CliText): string[] {
  const label = (name: string) => x.t(`msg.cli.client.${name}`).padEnd(19);
  return [
    clientLine(c, x),
    `${label('privacyContact')}${c.privacyContact}`,
    `${label('agreementFile')}${c.agreementFile ?? '—'}`,
    `${label('subProcessors')}${c.subProcessorApproval ?? '—'}`,
    `${label('activities')}${c.activityIds.length === 0 ? '—' : c.activityIds.join(', ')}`,
    ...(c.notes ? [`${label('notes')}${c.notes}`] : []),
  ];
}

/** A clock's time: a civil date with its weekday, an instant in the organisation's zone. */
function clockTime(at: string, x: CliText, timeZone: string | null): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(at) ? formatCivilDate(at, x.language) : x.instant(at, timeZone);
}

/** One clock as a line, in the reader's language: what, for whom, by when (in the organisation's zone), where it stands, and the rule. */
export function clockLine(c: CaseClock, x: CliText, timeZone: string | null): string {
  const party = ['authority', 'csirt', 'controller'].includes(c.party) ? x.t(`msg.clock.party.${c.party}`) : c.party;
  const kind = x.t(`msg.clock.kind.${c.kind}`);
  const status = x.t(`msg.clock.status.${c.status}`);
  return `  ${kind} — ${party}: ${c.dueAt ? clockTime(c.dueAt, x, timeZone) : x.text(c.explanation)}  [${status}${c.doneAt ? ` ${clockTime(c.doneAt, x, timeZone)}` : ''}]  (${x.text(c.source)})`;
}
