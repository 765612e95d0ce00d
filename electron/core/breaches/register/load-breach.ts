import type { Kysely, Transaction } from 'kysely';
import type { BreachRow, Database } from '../../../../db/schema';
import { AppError } from '../../errors';
import { msg } from '../../i18n';

/** Finds a breach by its id or its reference (`B-2026-001`); NOT_FOUND names what was asked for. */
export async function loadBreach(db: Kysely<Database> | Transaction<Database>, idOrReference: string): Promise<BreachRow> {
  const row = await db
    .selectFrom('breaches')
    .selectAll()
    .where((eb) => eb.or([eb('id', '=', idOrReference), eb('reference', '=', idOrReference)]))
    .executeTakeFirst();
  if (!row) throw new AppError('NOT_FOUND', msg('msg.error.notFound.breach', { id: idOrReference }));
  return row;
}

/** Refuses changes to a closed breach: its record is final. */
export function requireNotClosed(row: Pick<BreachRow, 'status' | 'reference'>): void {
  if (row.status === 'closed') {
    throw new AppError('CONFLICT', msg('msg.error.breachClosed', { reference: row.reference }));
  }
}
