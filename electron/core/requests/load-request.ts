import type { Kysely, Transaction } from 'kysely';
import type { Database, RequestRow } from '../../../db/schema';
import { AppError } from '../errors';
import { msg } from '../i18n';

/** Finds a request by its id or its reference (`2026-0042`); NOT_FOUND names what was asked for. */
export async function loadRequest(db: Kysely<Database> | Transaction<Database>, idOrReference: string): Promise<RequestRow> {
  const row = await db
    .selectFrom('requests')
    .selectAll()
    .where((eb) => eb.or([eb('id', '=', idOrReference), eb('reference', '=', idOrReference)]))
    .executeTakeFirst();
  if (!row) throw new AppError('NOT_FOUND', msg('msg.error.notFound.request', { id: idOrReference }));
  return row;
}
