import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema';
import type { LinkedCase } from '../../shared/registers';

/**
 * The requests and breaches that name an activity or a processor (the other side of
 * `setCaseLinks`), newest reference first. Two indexed joins over `case_register_links`.
 */
export async function linkedCases(db: Kysely<Database>, kind: 'activity' | 'processor', id: string): Promise<LinkedCase[]> {
  const links = db.selectFrom('case_register_links').where('kind', '=', kind).where('target_id', '=', id);
  const [requests, breaches] = await Promise.all([
    links
      .where('case_type', '=', 'request')
      .innerJoin('requests', 'requests.id', 'case_register_links.case_id')
      .select(['requests.id', 'requests.reference', 'requests.subject_name', 'requests.status'])
      .execute(),
    links
      .where('case_type', '=', 'breach')
      .innerJoin('breaches', 'breaches.id', 'case_register_links.case_id')
      .select(['breaches.id', 'breaches.reference', 'breaches.title', 'breaches.status'])
      .execute(),
  ]);
  return [
    ...breaches.map((b): LinkedCase => ({ caseType: 'breach', caseId: b.id, reference: b.reference, title: b.title, status: b.status })),
    ...requests.map((r): LinkedCase => ({ caseType: 'request', caseId: r.id, reference: r.reference, title: r.subject_name, status: r.status })),
  ].sort((a, b) => b.reference.localeCompare(a.reference) || a.caseType.localeCompare(b.caseType));
}
