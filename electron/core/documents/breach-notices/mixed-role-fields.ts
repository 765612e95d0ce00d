import type { BreachDetail } from '../../../shared/breaches';
import type { BreachClientNotice } from '../../../shared/clients';
import { hoursAfter } from '../../clocks/breach-case-clocks';
import { civilDateInZone } from '../../deadlines';
import type { FieldValues } from '../letters/field-catalogue';
import { formatCivilDate } from '../letters/format-date';
import type { BreachWords } from './breach-phrases';
import { formatInstant } from './format-instant';
import type { NoticeMoment } from './notice-moment';

/**
 * Where our Art. 33(2) notice to one client stands as of the notification's own moment, from
 * the register (breach_clients): sent on a day and under the reference it went under, or not
 * yet sent. Never "we inform them" in bulk (review C38). A notice not yet sent whose agreed
 * hours (Art. 28(3)(f), 33(2)) have run out by then is told as the plain fact, with the time
 * they ran out, never as a promise to send it "without undue delay" (review 5, E28).
 */
function clientNoticeLine(detail: BreachDetail, words: BreachWords, moment: NoticeMoment, client: BreachClientNotice): string {
  const name = { 'client.name': client.clientName };
  if (client.notifiedAt === null || !moment.happened(client.notifiedAt)) {
    const due = client.noticeHours === null ? null : hoursAfter(detail.awareAt, client.noticeHours);
    if (due === null || !moment.happened(due)) return words.phrase('clientNoticeUnsent', name);
    return words.phrase('clientNoticeUnsentLate', { ...name, 'client.due': formatInstant(due, detail.timeZone, words.language) });
  }
  const day = detail.timeZone ? civilDateInZone(client.notifiedAt, detail.timeZone) : client.notifiedAt.slice(0, 10);
  const date = formatCivilDate(day, words.language);
  const reference = client.reference?.trim() || null;
  return reference
    ? words.phrase('clientNoticeSentReference', { ...name, 'notice.date': date, 'notice.reference': reference })
    : words.phrase('clientNoticeSent', { ...name, 'notice.date': date });
}

/**
 * A breach of our own data and of clients' data (mixed role): for the clients' data we are
 * processor, and each client, as controller, decides on its own notification (Arts 28,
 * 33(1)); we tell each of them (Art. 33(2)). The flag `breach.mixedRole`, the clients by
 * name, and `breach.clientNotices`: per client, whether its notice was sent, when and under
 * which reference, or that it is still to be sent.
 */
export function mixedRoleFields(detail: BreachDetail, words: BreachWords, moment: NoticeMoment): FieldValues {
  const { roles } = detail;
  const mixed = roles.controllerSide && roles.clients.length > 0;
  return {
    'breach.mixedRole': mixed,
    'breach.clientNames': mixed ? words.list(roles.clients.map((c) => c.clientName)) : null,
    'breach.clientNotices': mixed ? roles.clients.map((c) => clientNoticeLine(detail, words, moment, c)).join('; ') : null,
  };
}
