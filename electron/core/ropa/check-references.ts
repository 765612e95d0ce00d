import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema';
import { AppError, fieldIssue } from '../errors';
import { msg } from '../i18n';

type Target = 'register_processors' | 'register_transfers' | 'register_measures' | 'retention_rules';

/** The ids among `ids` that have no row in `table`. */
export async function missingIds(db: Kysely<Database>, table: Target, ids: readonly string[]): Promise<string[]> {
  if (ids.length === 0) return [];
  const found = await db.selectFrom(table).select('id').where('id', 'in', [...ids]).execute();
  const known = new Set(found.map((r) => r.id));
  return ids.filter((id) => !known.has(id));
}

/** Refuses with VALIDATION, naming the field, when any of `ids` is not in `table`. */
export async function requireIds(db: Kysely<Database>, table: Target, ids: readonly string[], path: string): Promise<void> {
  const missing = await missingIds(db, table, ids);
  if (missing.length === 0) return;
  const detail = msg(`msg.error.register.noId.${table}`, { ids: missing.join(', ') });
  throw new AppError('VALIDATION', detail, [fieldIssue(path, detail)]);
}
