import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema';

/**
 * The breaches, among `ids` (or all of them when `ids` is omitted), that touch only data we
 * process for clients: the Art. 33(1) clock is then the clients' own, not ours. A breach with
 * no recorded roles touches our own data, as a controller's breach does by default.
 */
export async function processorOnlyBreaches(db: Kysely<Database>, ids?: readonly string[]): Promise<Set<string>> {
  if (ids !== undefined && ids.length === 0) return new Set();
  let query = db.selectFrom('breach_roles').select('breach_id').where('controller_side', '=', 0);
  if (ids !== undefined) query = query.where('breach_id', 'in', ids);
  return new Set((await query.execute()).map((row) => row.breach_id));
}
