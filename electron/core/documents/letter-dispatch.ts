import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema';
import { AppError, fieldIssue } from '../errors';
import type { DocumentSentInput, DocumentSummary } from '../../shared/document-contract';
import { getDocumentSummary } from './document-store';
import { SOURCES } from './letter-sources';
import { isCivilDate } from './letters/format-date';
import { msg } from '../i18n';

/**
 * Records that a finalised letter or notice was sent: the day (not before the date it
 * bears, not after today in the organisation's zone), the channel and to whom. The
 * document itself never changes; each sending is a row of its own, audited on the case
 * (channel and day only: the recipient is personal data and stays in the vault).
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
  });
  return getDocumentSummary(db, document.id);
}
