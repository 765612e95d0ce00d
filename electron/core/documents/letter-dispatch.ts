import { randomUUID } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../../db/schema';
import { AppError, fieldIssue } from '../errors';
import type { DocumentSentInput, DocumentSummary } from '../../shared/document-contract';
import type { RefusalGround, RequestStatus } from '../../shared/requests';
import { wallTimeToInstant } from '../../shared/pure/zoned-time';
import { msg } from '../../shared/pure/i18n/message';
import { acknowledgeInTransaction } from '../requests/acknowledge-request';
import { transitionInTransaction } from '../requests/transition-request';
import { isOpen } from '../requests/request-lifecycle';
import { refreshAfterExtensionNotice } from '../requests/extension-notice-sent';
import { EXTENSION_NOTICE_KINDS } from '../requests/extension-notice-kinds';
import { getDocumentSummary } from './document-store';
import { readSettings } from '../settings/settings-service';
import { recordBreachNoticeSent } from './breach-notices/breach-notice-sent';
import { SOURCES } from './letter-sources';
import { isCivilDate } from './letters/format-date';
import { acknowledgementChannel, isDecisionLetter, sentFollowUp, type FollowUpFacts } from './sent-follow-up';

/** The request facts a sending's follow-up depends on, with its zone. */
async function requestFacts(db: Kysely<Database>, requestId: string): Promise<FollowUpFacts & { timeZone: string }> {
  const row = await db.selectFrom('requests').select(['status', 'acknowledged_at', 'refusal_ground', 'time_zone']).where('id', '=', requestId).executeTakeFirstOrThrow();
  return { open: isOpen(row.status as RequestStatus), acknowledged: row.acknowledged_at !== null, refusalGround: row.refusal_ground as RefusalGround | null, timeZone: row.time_zone };
}

/** The instant a sending stands for: now when it went today, else the end of that day in the case's zone. */
function sentInstant(sentOn: string, today: string, timeZone: string, now: Date): string {
  return sentOn === today ? now.toISOString() : (wallTimeToInstant(`${sentOn}T23:59:59`, timeZone) ?? now.toISOString());
}

/**
 * What the sending does to its case, inside the sending's transaction: a client notice records
 * the breach's notice to that client (Art. 33(2)), a NIS2 report that report; an acknowledgement
 * letter records the acknowledgement (once); an extension notice makes the extension take effect
 * when it went within the first period (Art. 12(3); review 6, F13), a Swiss notice of a later date
 * with the date it names (Ordinance Art. 18(2)); with `close`, a decision
 * letter closes the open request as responded on the day it went, with the outcome the DPO confirmed.
 */
async function followUp(trx: Transaction<Database>, document: DocumentSummary, sent: DocumentSentInput, today: string, actor: string, now: Date): Promise<void> {
  if (document.caseType !== 'request') {
    if (sent.close) throw new AppError('VALIDATION', msg('msg.error.letterSent.notRequest'), [fieldIssue('close', msg('msg.error.letterSent.notRequest'))]);
    const zone = (await readSettings(trx))['organisation.timeZone'] ?? 'UTC';
    await recordBreachNoticeSent(trx, document, sentInstant(sent.sentOn, today, zone, now), sent.channel, sent.reference ?? null, actor, now);
    return;
  }
  const facts = await requestFacts(trx, document.caseId);
  const at = sentInstant(sent.sentOn, today, facts.timeZone, now);
  const plan = sentFollowUp(document.kind, facts);
  if (plan.acknowledges) await acknowledgeInTransaction(trx, document.caseId, { at, channel: acknowledgementChannel(sent.channel), documentId: document.id }, actor, now);
  if (EXTENSION_NOTICE_KINDS.includes(document.kind)) await refreshAfterExtensionNotice(trx, document.caseId, now);
  if (!sent.close) return;
  if (!isDecisionLetter(document.kind)) {
    throw new AppError('VALIDATION', msg('msg.error.letterSent.notDecision'), [fieldIssue('close', msg('msg.error.letterSent.notDecision'))]);
  }
  if (!plan.close) throw new AppError('ILLEGAL_TRANSITION', msg('msg.error.letterSent.alreadyClosed'), [fieldIssue('close', msg('msg.error.letterSent.alreadyClosed'))]);
  const { outcome, refusalGround, reason } = sent.close;
  await transitionInTransaction(trx, document.caseId, { to: 'responded', outcome, ...(refusalGround ? { refusalGround } : {}), reason, at }, actor, now);
}

/**
 * Records that a finalised letter or notice was sent: the day (not before the date it
 * bears, not after today in the organisation's zone), the channel and to whom. The
 * document itself never changes; each sending is a row of its own, audited on the case
 * (channel and day only: the recipient is personal data and stays in the vault). Sending
 * an acknowledgement records the acknowledgement; a decision letter sent with `close`
 * closes the request: all in one transaction, so either everything is recorded or nothing.
 */
export async function recordDocumentSent(db: Kysely<Database>, sent: DocumentSentInput, actor: string, now: Date): Promise<DocumentSummary> {
  const document = await getDocumentSummary(db, sent.documentId);
  const letterCase = await SOURCES[document.caseType].load(db, document.caseId, now);
  if (!isCivilDate(sent.sentOn)) throw new AppError('VALIDATION', msg('msg.error.letter.sentNotADay', { date: sent.sentOn }), [fieldIssue('sentOn', msg('msg.error.date'))]);
  if (sent.sentOn < document.letterDate) {
    throw new AppError('VALIDATION', msg('msg.error.letter.sentBeforeDate', { letterDate: document.letterDate, sentOn: sent.sentOn }), [fieldIssue('sentOn', msg('msg.error.letter.sentFrom', { letterDate: document.letterDate }))]);
  }
  if (sent.sentOn > letterCase.today) {
    throw new AppError('VALIDATION', msg('msg.error.letter.sentInFuture', { sentOn: sent.sentOn }), [fieldIssue('sentOn', msg('msg.error.letter.sentUntil', { today: letterCase.today }))]);
  }
  await db.transaction().execute(async (trx) => {
    const id = randomUUID();
    await trx
      .insertInto('document_dispatches')
      .values({ id, document_id: document.id, sent_on: sent.sentOn, channel: sent.channel, recipient: sent.recipient, recorded_at: now.toISOString(), recorded_by: actor })
      .execute();
    await letterCase.recordDocumentEvent(trx, 'letter-sent', { documentId: document.id, dispatchId: id, kind: document.kind, version: document.version, sentOn: sent.sentOn, channel: sent.channel }, actor, now);
    await followUp(trx, document, sent, letterCase.today, actor, now);
  });
  return withFollowUp(db, await getDocumentSummary(db, document.id));
}

/** A document summary with what recording its sending would also do to its case now. */
export async function withFollowUp(db: Kysely<Database>, document: DocumentSummary): Promise<DocumentSummary> {
  if (document.caseType !== 'request') return { ...document, onSent: { acknowledges: false, close: null } };
  return { ...document, onSent: sentFollowUp(document.kind, await requestFacts(db, document.caseId)) };
}
