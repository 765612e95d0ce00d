import type { Transaction } from 'kysely';
import type { Database } from '../../../../db/schema';
import { NIS2_STAGES, type BreachRoles, type Nis2Stage } from '../../../shared/clients';
import type { DispatchChannel, DocumentSummary } from '../../../shared/document-contract';
import { loadBreachRoles, recordClientNoticeInTransaction, recordNis2ReportInTransaction } from '../../clients/breach-roles';
import { recordRegisterNotice } from './register-notice-sent';

/** What a breach notice's finalisation recorded about it: the client it was for, the NIS2 report it is. */
async function factsOfDocument(trx: Transaction<Database>, document: DocumentSummary): Promise<{ clientId?: unknown; nis2Stage?: unknown; authorityPhase?: unknown }> {
  const events = await trx
    .selectFrom('audit_events')
    .select('data')
    .where('entity_type', '=', 'breach')
    .where('entity_id', '=', document.caseId)
    .where('action', '=', 'breach.notice-finalised')
    .execute();
  for (const event of events) {
    const data = JSON.parse(event.data) as { documentId?: unknown; clientId?: unknown; nis2Stage?: unknown; authorityPhase?: unknown };
    if (data.documentId === document.id) return data;
  }
  return {};
}

const isStage = (value: unknown): value is Nis2Stage => (NIS2_STAGES as readonly unknown[]).includes(value);

/** When the register records this stage as sent, if it does. */
function recordedAt(nis2: BreachRoles['nis2'], stage: Nis2Stage): string | null {
  const at: Record<Nis2Stage, string | null> = { 'early-warning': nis2.earlyWarningAt, notification: nis2.notificationAt, progress: nis2.progressReportAt, final: nis2.finalReportAt };
  return at[stage];
}

/** True when this is the document's first sending (its own row is already written): a later one is the same report sent again. */
async function firstSending(trx: Transaction<Database>, documentId: string): Promise<boolean> {
  const rows = await trx.selectFrom('document_dispatches').select('id').where('document_id', '=', documentId).execute();
  return rows.length <= 1;
}

/**
 * Progress reports are monthly while the incident goes on ("una relazione mensile sui
 * progressi", D.Lgs. 138/2024 art. 25, comma 5, lett. e); review 5, E24): another progress
 * report, sent after the one recorded, is the next month's and moves the register on, so the
 * next one runs from it. The same report sent again is not.
 */
async function nextMonthlyProgress(trx: Transaction<Database>, document: DocumentSummary, stage: Nis2Stage, recorded: string | null, sentAt: string): Promise<boolean> {
  if (stage !== 'progress' || recorded === null || Date.parse(sentAt) <= Date.parse(recorded)) return false;
  return firstSending(trx, document.id);
}

/** The final and the progress reports count from the incident notification (Art. 23(4)(d), (e)): one sent before it is the document's own. */
const followsNotification = (stage: Nis2Stage): boolean => stage === 'final' || stage === 'progress';

/**
 * Sending a client notice records the Art. 33(2) notice to that client on the breach, with
 * the reference it went under (a PEC's number: a later notice cites it), and
 * sending a NIS2 report records that report to the CSIRT (early warning, notification,
 * progress report, final report), with the CSIRT's reference of that report when given, in the sending's transaction, when none is recorded yet:
 * the clock is met by the first sending, later ones are updates kept as the document's own
 * sendings (a later progress report is the next month's: {@link nextMonthlyProgress}). A final or progress report sent before the notification is recorded stays a
 * sending of the document only (the register refuses that order). The progress report is
 * what an incident still ongoing at the month owes (Directive (EU) 2022/2555 Art. 23(4)(e);
 * D.Lgs. 138/2024 art. 25, comma 5, lett. e)): once recorded, the final report waits for the
 * incident's end. An intermediate report has no clock and records nothing more. A
 * notification to the authority and a notice to the people affected are recorded as the
 * breach's notifications (Arts 33(5), 34), with the authority's protocol number when given.
 */
export async function recordBreachNoticeSent(trx: Transaction<Database>, document: DocumentSummary, sentAt: string, channel: DispatchChannel, reference: string | null, actor: string, now: Date): Promise<void> {
  if (document.kind !== 'client-notice' && document.kind !== 'nis2-report' && document.kind !== 'authority-notification' && document.kind !== 'subject-notice') return;
  const facts = await factsOfDocument(trx, document);
  if (document.kind === 'authority-notification' || document.kind === 'subject-notice') {
    await recordRegisterNotice(trx, { document, authorityPhase: facts.authorityPhase, sentAt, channel, reference }, actor, now);
    return;
  }
  if (document.kind === 'nis2-report') {
    if (!isStage(facts.nis2Stage)) return;
    const { nis2 } = await loadBreachRoles(trx, document.caseId);
    const recorded = recordedAt(nis2, facts.nis2Stage);
    if (followsNotification(facts.nis2Stage) && nis2.notificationAt === null) return;
    if (recorded !== null && !(await nextMonthlyProgress(trx, document, facts.nis2Stage, recorded, sentAt))) return;
    // The reference the sending went under is that report's own (the CSIRT's protocol): kept with it, never over another report's (review 6, F16).
    await recordNis2ReportInTransaction(trx, { breachId: document.caseId, stage: facts.nis2Stage, sentAt, reference }, actor, now);
    return;
  }
  if (typeof facts.clientId !== 'string') return;
  const row = await trx.selectFrom('breach_clients').select('notified_at').where('breach_id', '=', document.caseId).where('client_id', '=', facts.clientId).executeTakeFirst();
  if (!row || row.notified_at !== null) return;
  await recordClientNoticeInTransaction(trx, { breachId: document.caseId, clientId: facts.clientId, sentAt, channel, reference }, actor, now);
}
