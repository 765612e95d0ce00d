import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema';
import type { RequestStatus } from '../../shared/requests';
import { AppError } from '../errors';
import { msg } from '../i18n';
import { loadRequest } from './load-request';
import { recordRequestEvent } from './record-request-event';
import { readRequestContext } from './request-context';
import { refreshDeadlines } from './refresh-deadlines';
import { EXTENSION_NOTICE_KINDS } from './extension-notice-kinds';

const BEFORE_EXTENSION: readonly string[] = ['received', 'awaiting-identity', 'in-progress'];

/** The extension notice finalised since the extension was given, if any: once it exists the person may have been told. */
export async function extensionNoticeSince(db: Kysely<Database>, requestId: string, extendedAt: string): Promise<{ id: string; created_at: string } | undefined> {
  return db
    .selectFrom('documents')
    .select(['id', 'created_at'])
    .where('case_type', '=', 'request')
    .where('case_id', '=', requestId)
    .where('kind', 'in', EXTENSION_NOTICE_KINDS)
    .where('created_at', '>=', extendedAt)
    .executeTakeFirst();
}

/**
 * Undoes an extension given by mistake, while no extension notice has been finalised (once the
 * person may have been told, the extension stands). The request returns to the status it was
 * extended from and its deadlines are recomputed without the extension; audited with the reason.
 */
export async function undoExtension(db: Kysely<Database>, idOrReference: string, reason: string, actor: string, now: Date): Promise<string> {
  const context = await readRequestContext(db);
  return db.transaction().execute(async (trx) => {
    const row = await loadRequest(trx, idOrReference);
    if (row.status !== 'extended' || row.extended_at === null) throw new AppError('ILLEGAL_TRANSITION', msg('msg.error.request.notExtended', { status: [msg(`msg.status.request.${row.status}`)] }));
    const notice = await extensionNoticeSince(trx, row.id, row.extended_at);
    if (notice) throw new AppError('ILLEGAL_TRANSITION', msg('msg.error.request.extensionNoticeFinal'));
    const extension = await trx
      .selectFrom('request_history')
      .select('from_status')
      .where('request_id', '=', row.id)
      .where('to_status', '=', 'extended')
      .orderBy('id', 'desc')
      .executeTakeFirst();
    const back = (extension?.from_status && BEFORE_EXTENSION.includes(extension.from_status) ? extension.from_status : 'in-progress') as RequestStatus;
    const { columns } = await refreshDeadlines(trx, { ...row, extended: false }, context);
    await trx
      .updateTable('requests')
      .set({ ...columns, status: back, extended_at: null, extension_reason: null, updated_at: now.toISOString() })
      .where('id', '=', row.id)
      .execute();
    await recordRequestEvent(trx, {
      requestId: row.id,
      action: 'request.extension-undone',
      actor,
      at: now,
      fromStatus: 'extended',
      toStatus: back,
      reason,
      facts: { due: columns.effective_due ?? null },
    });
    return row.id;
  });
}
