import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema';
import { loadBreach } from '../breaches/register/load-breach';
import { loadRequest } from '../requests/load-request';
import type { CaseType } from '../../shared/document-contract';

/** A case's id and reference from either; NOT_FOUND when there is no such case. */
export async function resolveCase(db: Kysely<Database>, caseType: CaseType, idOrReference: string): Promise<{ id: string; reference: string }> {
  const row = caseType === 'request' ? await loadRequest(db, idOrReference) : await loadBreach(db, idOrReference);
  return { id: row.id, reference: row.reference };
}
