import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { Database, RequestRow } from '../../../db/schema';
import type { CorrectableField, Regime, RequestType, requestCorrectionSchema } from '../../shared/requests';
import type { JsonValue } from '../audit/canonical-json';
import { sha256Text } from '../audit/text-hash';
import { civilDateInZone, isRequestTypeOf } from '../deadlines';
import { AppError, fieldIssue } from '../errors';
import { msg, type Message } from '../i18n';
import { FIELD_COLUMNS, historyText, toColumnValue } from './correction-fields';
import { latenessColumns } from './lateness';
import { loadRequest } from './load-request';
import { checkReceipt } from './receipt-validity';
import { recordRequestEvent } from './record-request-event';
import { readRequestContext } from './request-context';
import { refreshDeadlines } from './refresh-deadlines';

export type ParsedCorrection = z.output<typeof requestCorrectionSchema>;

/** The facts the deadlines are computed from: correcting one recomputes them. */
const DEADLINE_FACTS: readonly CorrectableField[] = ['receivedAt', 'types', 'complex'];

const invalid = (path: string, detail: Message): never => {
  throw new AppError('VALIDATION', detail, [fieldIssue(path, detail)]);
};

/** The same cross-field rules as a new request, over the corrected whole. */
function checkWhole(row: RequestRow): void {
  const regime = row.regime as Regime;
  for (const type of JSON.parse(row.types) as RequestType[]) {
    if (!isRequestTypeOf(regime, type)) invalid('types', msg('msg.error.request.typeNotOfRegime', { type, regime }));
  }
  if (row.requester_relation !== 'self' && !row.requester_name) invalid('requesterName', msg('msg.error.request.requesterName'));
  if (row.under_16 === 1 && row.requester_relation === 'self') {
    invalid('requesterRelation', msg('msg.error.request.under16'));
  }
}

/** The receipt cannot come after a step already recorded on the request. */
function checkReceiptBeforeSteps(row: RequestRow, receivedAt: string): void {
  const steps = [row.acknowledged_at, row.identity_requested_at, row.identity_verified_at, row.extended_at, row.closed_at].filter((s): s is string => s !== null);
  const first = steps.sort((a, b) => Date.parse(a) - Date.parse(b))[0];
  if (first !== undefined && Date.parse(receivedAt) > Date.parse(first)) {
    invalid('receivedAt', msg('msg.error.request.receiptAfterStep', { first }));
  }
}

/**
 * Corrects facts of a request: who, how to reach them, what they asked, how, the systems to
 * search, the description, when it was received. Only facts that actually change are kept.
 * In one transaction: the columns are updated; the deadlines recomputed when receipt, types or
 * complexity change (and the lateness of a closed request with them); the case history keeps
 * the reason and each fact's old and new value; the audit chain keeps only the names of the
 * fields and SHA-256 hashes of the values. The reference never changes, even when the receipt
 * moves to another year: it was issued and may already be on letters.
 */
export async function correctRequest(db: Kysely<Database>, idOrReference: string, correction: ParsedCorrection, actor: string, now: Date): Promise<string> {
  const context = await readRequestContext(db);
  return db.transaction().execute(async (trx) => {
    const row = await loadRequest(trx, idOrReference);
    if (row.status === 'void') throw new AppError('ILLEGAL_TRANSITION', msg('msg.error.request.voidNoCorrection'));
    const updated: RequestRow = { ...row };
    const changed: { field: CorrectableField; from: string | number | null; to: string | number | null }[] = [];
    for (const [field, value] of Object.entries(correction.changes) as [CorrectableField, string | string[] | boolean | null | undefined][]) {
      if (value === undefined) continue;
      const column = FIELD_COLUMNS[field];
      const to = toColumnValue(field, field === 'types' || field === 'systems' ? [...new Set(value as string[])] : value);
      const from = row[column] as string | number | null;
      if (from === to) continue;
      changed.push({ field, from, to });
      Object.assign(updated, { [column]: to });
    }
    if (changed.length === 0) invalid('changes', msg('msg.error.request.nothingToCorrect'));
    checkWhole(updated);

    const receiptChanged = changed.some((c) => c.field === 'receivedAt');
    if (receiptChanged) {
      if (row.closed_at !== null) throw new AppError('ILLEGAL_TRANSITION', msg('msg.error.request.closedReceipt'));
      checkReceipt(row.regime as Regime, updated.received_at, row.time_zone, now, correction.confirmOldReceipt);
      checkReceiptBeforeSteps(row, updated.received_at);
      updated.received_date = civilDateInZone(updated.received_at, row.time_zone);
    }
    let deadlineColumns: Partial<RequestRow> = {};
    if (changed.some((c) => DEADLINE_FACTS.includes(c.field))) {
      deadlineColumns = (await refreshDeadlines(trx, { ...updated, extended: row.extended_at !== null }, context)).columns;
      if (row.closed_at !== null) {
        deadlineColumns = {
          ...deadlineColumns,
          ...latenessColumns(row.closed_at, { time_zone: row.time_zone, legal_binding_due: deadlineColumns.legal_binding_due, org_due: deadlineColumns.org_due }),
        };
      }
    }
    const columns = Object.fromEntries(changed.map((c) => [FIELD_COLUMNS[c.field], c.to]));
    await trx
      .updateTable('requests')
      .set({ ...columns, ...(receiptChanged ? { received_date: updated.received_date } : {}), ...deadlineColumns, updated_at: now.toISOString() })
      .where('id', '=', row.id)
      .execute();
    if (changed.some((c) => c.field === 'types')) {
      await trx.deleteFrom('request_types').where('request_id', '=', row.id).execute();
      const types = JSON.parse(updated.types) as RequestType[];
      await trx.insertInto('request_types').values(types.map((type) => ({ request_id: row.id, type }))).execute();
    }

    const hash = (v: string | number | null): string | null => (v === null ? null : sha256Text(String(v)));
    const facts: Record<string, JsonValue> = {
      fields: changed.map((c) => c.field),
      changes: changed.map((c) => ({ field: c.field, fromSha256: hash(c.from), toSha256: hash(c.to) })),
    };
    if ('effective_due' in deadlineColumns) facts.due = deadlineColumns.effective_due ?? null;
    const seq = await recordRequestEvent(trx, { requestId: row.id, action: 'request.corrected', actor, at: now, reason: correction.reason, facts });
    await trx
      .insertInto('request_changes')
      .values(changed.map((c) => ({ request_id: row.id, audit_seq: seq, field: c.field, old_value: historyText(c.field, c.from), new_value: historyText(c.field, c.to) })))
      .execute();
    return row.id;
  });
}
