import type { Kysely, Transaction } from 'kysely';
import type { z } from 'zod';
import type { Database, RequestRow } from '../../../db/schema';
import type { JsonValue } from '../audit/canonical-json';
import type { transitionSchema } from '../../shared/requests';
import { civilDateInZone } from '../deadlines';
import { AppError, fieldIssue } from '../errors';
import { msg, type Message } from '../i18n';
import { loadRequest } from './load-request';
import { recordRequestEvent } from './record-request-event';
import { readRequestContext } from './request-context';
import { refreshDeadlines } from './refresh-deadlines';
import { latenessColumns } from './lateness';
import { isOpen, transitionProblem } from './request-lifecycle';
import type { StoredDeadlines } from './request-deadlines';
import { isInFuture } from '../../shared/pure/future-instant';
import { hasImmediateType } from './immediate-types';
import { parseJsonText } from '../../../db/json-text';
import { loadLawTable } from '../documents/letters/template-files';

/** The request's own law as its citations name it (GDPR, UK GDPR): a refusal cites the law the request is under (review 7, G9). */
const lawOf = (row: RequestRow): string => loadLawTable()[row.regime]?.short ?? row.regime;

export type ParsedTransition = z.output<typeof transitionSchema>;

const refuse = (detail: Message, path?: string): never => {
  throw new AppError('ILLEGAL_TRANSITION', detail, path ? [fieldIssue(path, detail)] : undefined);
};

/** Checks the facts a move needs beyond the lifecycle itself, and returns the columns it changes. */
function changesFor(row: RequestRow, t: ParsedTransition, at: string, atDate: string): Partial<RequestRow> {
  switch (t.to) {
    case 'awaiting-identity':
      if (hasImmediateType(row.regime, parseJsonText(row.types))) refuse(msg('msg.error.request.move.noIdentityImmediate', { law: lawOf(row) }));
      if (row.identity_outcome === 'not-required') {
        refuse(msg('msg.error.request.move.ccpaNoIdentity'));
      }
      if (row.under_16 === 1 && t.method !== 'parental-authority-proof') {
        refuse(msg('msg.error.request.move.under16Ask'), 'method');
      }
      return { identity_method: t.method, identity_requested_at: at, identity_outcome: 'pending' };
    case 'in-progress':
      if (row.under_16 === 1 && (t.identity.outcome !== 'verified' || t.identity.method !== 'parental-authority-proof')) {
        refuse(msg('msg.error.request.move.under16Verify'), 'identity.method');
      }
      return {
        identity_method: t.identity.method,
        identity_outcome: t.identity.outcome,
        identity_verified_at: t.identity.outcome === 'verified' ? at : row.identity_verified_at,
      };
    case 'extended': {
      const deadlines = JSON.parse(row.deadlines) as StoredDeadlines;
      if (hasImmediateType(row.regime, parseJsonText(row.types))) refuse(msg('msg.error.request.move.noExtensionImmediate', { law: lawOf(row) }));
      if (!deadlines.canExtend) refuse(msg('msg.error.request.move.noExtension', { regime: row.regime }));
      if (row.extension_notice_by !== null && atDate > row.extension_notice_by) {
        refuse(msg('msg.error.request.move.extensionTooLate', { date: row.extension_notice_by }));
      }
      return { extended_at: at, extension_reason: t.reason };
    }
    case 'responded': {
      // Data is given only to a verified person; a refusal, or the answer that no data is held
      // (there is nothing to check the identity against, and nothing is disclosed), needs none.
      const identityOpen = row.identity_outcome === 'pending' || row.identity_outcome === 'failed';
      const givesData = t.outcome !== 'refused' && t.outcome !== 'no-data-held';
      if (givesData && identityOpen) {
        refuse(msg('msg.error.request.move.identityFirst'), 'outcome');
      }
      if (t.refusalGround === 'identity-not-verified' && hasImmediateType(row.regime, parseJsonText(row.types))) {
        refuse(msg('msg.error.request.move.noIdentityRefusalImmediate', { law: lawOf(row) }), 'refusalGround');
      }
      return {
        outcome: t.outcome,
        refusal_ground: t.outcome === 'refused' ? (t.refusalGround ?? null) : null,
        identity_outcome: t.refusalGround === 'identity-not-verified' ? 'failed' : row.identity_outcome,
        closed_at: at,
      };
    }
    case 'withdrawn':
      return { closed_at: at };
  }
}

/**
 * Moves a request along its lifecycle. Refuses illegal moves with a clear error; records who,
 * when and why; keeps the UK GDPR and GDPR identity clock stops in step (asking for identity
 * stops the clock, receiving it restarts it: Art. 12A; EDPB Guidelines 01/2022 para. 159); recomputes the deadlines; all in one transaction.
 */
export async function transitionRequest(db: Kysely<Database>, idOrReference: string, t: ParsedTransition, actor: string, now: Date): Promise<string> {
  return db.transaction().execute(async (trx) => transitionInTransaction(trx, idOrReference, t, actor, now));
}

/** {@link transitionRequest} inside a transaction the caller holds (recording a decision letter as sent may close the request in the same one). */
export async function transitionInTransaction(trx: Transaction<Database>, idOrReference: string, t: ParsedTransition, actor: string, now: Date): Promise<string> {
  const context = await readRequestContext(trx);
  const row = await loadRequest(trx, idOrReference);
  const from = row.status;
  const problem = transitionProblem(from, t.to);
  if (problem) refuse(problem);
  const when = t.at ? new Date(t.at) : now;
  if (isInFuture(when.getTime(), now.getTime())) refuse(msg('msg.error.request.stepInFuture'), 'at');
  if (when.getTime() < Date.parse(row.received_at)) refuse(msg('msg.error.request.stepBeforeReceipt'), 'at');
  const at = when.toISOString();
  const atDate = civilDateInZone(at, row.time_zone);
  const changes = changesFor(row, t, at, atDate);

  if ((row.regime === 'uk-gdpr' || row.regime === 'gdpr') && t.to === 'awaiting-identity') {
    await trx.insertInto('request_clock_stops').values({ request_id: row.id, reason: 'identity', from_date: atDate, to_date: null }).execute();
  } else if (from === 'awaiting-identity') {
    await trx.updateTable('request_clock_stops').set({ to_date: atDate }).where('request_id', '=', row.id).where('to_date', 'is', null).execute();
  }
  const extended = t.to === 'extended' || row.extended_at !== null;
  const { columns } = await refreshDeadlines(trx, { ...row, extended }, context);
  const lateness: Partial<Pick<RequestRow, 'legal_days_late' | 'org_days_late'>> = isOpen(t.to) ? {} : latenessColumns(at, { time_zone: row.time_zone, legal_binding_due: columns.legal_binding_due, org_due: columns.org_due });
  await trx
    .updateTable('requests')
    .set({ ...changes, ...columns, ...lateness, status: t.to, is_open: isOpen(t.to) ? 1 : 0, updated_at: now.toISOString() })
    .where('id', '=', row.id)
    .execute();

  const facts: Record<string, JsonValue> = { at, due: columns.effective_due ?? null };
  if (t.to === 'awaiting-identity') facts.identityMethod = t.method;
  if (t.to === 'in-progress') facts.identity = { method: t.identity.method, outcome: t.identity.outcome };
  if (t.to === 'responded') facts.outcome = t.outcome;
  if (t.to === 'responded' && t.refusalGround) facts.refusalGround = t.refusalGround;
  if (lateness.legal_days_late !== undefined) Object.assign(facts, { legalDaysLate: lateness.legal_days_late, commitmentDaysLate: lateness.org_days_late });
  await recordRequestEvent(trx, {
    requestId: row.id,
    action: 'request.transition',
    actor,
    at: now,
    fromStatus: from,
    toStatus: t.to,
    reason: t.reason ?? null,
    facts,
  });
  return row.id;
}
