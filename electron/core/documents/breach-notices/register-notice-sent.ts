import type { Transaction } from 'kysely';
import type { Database } from '../../../../db/schema';
import { AUTHORITY_PHASES, type AuthorityPhase } from '../../../shared/breaches';
import type { DispatchChannel, DocumentSummary } from '../../../shared/document-contract';
import { addBreachNotificationInTransaction } from '../../breaches/register/add-breach-notification';
import { msg, renderText } from '../../i18n';

/** How the register names the way a notice went (the Garante's portal is its online procedure). */
const AUTHORITY_CHANNEL = { email: 'email', pec: 'certified-email', post: 'letter', 'registered-post': 'letter', hand: 'letter', portal: 'online-procedure', 'web-form': 'online-procedure' } as const;
const SUBJECT_CHANNEL = { email: 'email', pec: 'email', post: 'letter', 'registered-post': 'letter', hand: 'letter', portal: 'in-app', 'web-form': 'website' } as const;

const isPhase = (value: unknown): value is AuthorityPhase => (AUTHORITY_PHASES as readonly unknown[]).includes(value);

/** What the sending of a notification to the authority or a notice to the people brings to the register. */
export interface RegisterNoticeSending {
  document: DocumentSummary;
  /** The phase the notification was finalised as (from its finalisation), for the authority. */
  authorityPhase: unknown;
  sentAt: string;
  channel: DispatchChannel;
  /** The authority's protocol number, when given with the sending. */
  reference: string | null;
}

/**
 * Records a finalised notification to the authority, or notice to the people affected, on the
 * breach when it is first sent: its phase, the moment, the channel and the protocol number, so
 * the Art. 33(5) register, the deadlines and every later notification know of it. The text
 * stays in the document: the register's summary (and, where the rules want them, the reasons
 * for a delay and what a later phase adds) name the document, whose text says them. A second
 * sending of the same document (another copy, another address) records nothing more.
 */
export async function recordRegisterNotice(trx: Transaction<Database>, sending: RegisterNoticeSending, actor: string, now: Date): Promise<void> {
  const { document } = sending;
  const earlier = await trx.selectFrom('document_dispatches').select((eb) => eb.fn.countAll<number>().as('n')).where('document_id', '=', document.id).executeTakeFirstOrThrow();
  if (Number(earlier.n) > 1) return;
  const named = { title: document.title, version: document.version, date: document.letterDate };
  const summary = renderText(document.language, msg('msg.breachRegister.noticeSummary', named));
  const inDocument = renderText(document.language, msg('msg.breachRegister.noticeInDocument', named));
  const row = await trx.selectFrom('breaches').select(['facts', 'authority_deadline']).where('id', '=', document.caseId).executeTakeFirstOrThrow();
  if (document.kind === 'authority-notification') {
    const phase = isPhase(sending.authorityPhase) ? sending.authorityPhase : 'preliminary';
    // The reasons for a delay are those of a notice sent after the 72 hours (the rules ask only the first for them).
    const late = Date.parse(sending.sentAt) > Date.parse(row.authority_deadline);
    const notice = { recipient: 'authority' as const, phase, sentAt: sending.sentAt, channel: AUTHORITY_CHANNEL[sending.channel], reference: sending.reference, summary, delayReasons: late ? inDocument : null, adds: phase === 'preliminary' ? null : inDocument };
    await addBreachNotificationInTransaction(trx, document.caseId, notice, actor, now);
    return;
  }
  // The people told: the register's count when the triage holds it, else not stated.
  const people = row.facts ? (JSON.parse(row.facts) as { subjects?: unknown }).subjects : undefined;
  const recipientsCount = typeof people === 'number' && people >= 1 ? people : null;
  await addBreachNotificationInTransaction(trx, document.caseId, { recipient: 'subjects', sentAt: sending.sentAt, channel: SUBJECT_CHANNEL[sending.channel], reference: sending.reference, summary, recipientsCount }, actor, now);
}
