import { randomUUID } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import type { z } from 'zod';
import type { Database } from '../../../db/schema';
import type { Measure, measureSchema } from '../../shared/registers';
import { appendAuditEvent } from '../audit/append-audit-event';
import { AppError, fieldIssue } from '../errors';
import { toMeasure } from './register-rows';
import { msg } from '../i18n';

/** The shared catalogue of technical and organisational measures, by kind then name. */
export async function listMeasures(db: Kysely<Database>): Promise<Measure[]> {
  const rows = await db.selectFrom('register_measures').selectAll().orderBy('kind').orderBy('name').execute();
  return rows.map(toMeasure);
}

/** Adds a measure (id absent) or changes one; names are unique whatever their case. Audited. */
export async function saveMeasure(db: Kysely<Database> | Transaction<Database>, id: string | undefined, input: z.output<typeof measureSchema>, actor: string, now: Date): Promise<Measure> {
  const at = now.toISOString();
  const write = async (trx: Transaction<Database> | Kysely<Database>) => {
    const clash = await trx.selectFrom('register_measures').select('id').where('name', '=', input.name).executeTakeFirst();
    if (clash && clash.id !== id) throw new AppError('CONFLICT', msg('msg.error.register.measureName', { name: input.name }), [fieldIssue('name', msg('msg.error.register.inCatalogue'))]);
    const current = id === undefined ? null : await trx.selectFrom('register_measures').selectAll().where('id', '=', id).executeTakeFirst();
    if (id !== undefined && !current) throw new AppError('NOT_FOUND', msg('msg.error.register.none.measure'));
    const row = { id: id ?? randomUUID(), name: input.name, kind: input.kind, description: input.description, created_at: current?.created_at ?? at, updated_at: at };
    if (current) await trx.updateTable('register_measures').set(row).where('id', '=', row.id).execute();
    else await trx.insertInto('register_measures').values(row).execute();
    await appendAuditEvent(trx, { actor, action: current ? 'register.measure-updated' : 'register.measure-added', entityType: 'register-measure', entityId: row.id, data: { name: row.name, kind: row.kind } }, now);
    return toMeasure(row);
  };
  return db.isTransaction ? write(db) : db.transaction().execute(write);
}
