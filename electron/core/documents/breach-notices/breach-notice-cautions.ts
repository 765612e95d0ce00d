import type { BreachDetail } from '../../../shared/breaches';
import type { BreachNoticeKind, LetterWarning } from '../../../shared/document-contract';
import { civilDateInZone } from '../../deadlines';
import { msg, type Message } from '../../i18n';

/** A caution: its code and its words. */
type Caution = { code: LetterWarning['code']; message: Message };

/**
 * The notices to the people the register records as sent by the notice's date (Art. 34):
 * the first one's day and channel, and how many people they reached.
 */
export function subjectsToldBy(detail: BreachDetail, date: string): { sentOn: string; channel: string | null; count: number } | null {
  const zone = detail.timeZone ?? 'UTC';
  const told = detail.notifications.filter((n) => n.recipient === 'subjects' && civilDateInZone(n.sentAt, zone) <= date);
  const first = told[0];
  if (!first) return null;
  return { sentOn: civilDateInZone(first.sentAt, zone), channel: first.channel, count: told.reduce((sum, n) => sum + (n.recipientsCount ?? 0), 0) };
}

/**
 * What the DPO should weigh before finalising a breach notice: a notice to the people when
 * the register already records one (it is then written as a follow-up, "Further to our
 * notice of …", and may not be needed at all; review 4, D36).
 */
export function breachNoticeCautions(detail: BreachDetail, kind: BreachNoticeKind, date: string): Caution[] {
  const cautions: Caution[] = [];
  const told = kind === 'subject-notice' ? subjectsToldBy(detail, date) : null;
  if (told) {
    const channel = told.channel ? [msg(`msg.cli.breach.channel.${told.channel}`)] : '—';
    cautions.push({ code: 'subjects-told-earlier', message: msg('msg.letterWarning.subjectsToldEarlier', { sentOn: told.sentOn, channel, count: told.count }) });
  }
  return cautions;
}
