import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema';
import { appendAuditEvent } from '../audit/append-audit-event';
import { AppError, fieldIssue } from '../errors';
import { requireIds } from './check-references';
import { msg } from '../i18n';

/** Which register entries a case names. */
export interface CaseLinks {
  activityIds: string[];
  processorIds: string[];
}

/** The activities and processors a request or breach names. */
export async function caseLinks(db: Kysely<Database>, caseType: 'request' | 'breach', caseId: string): Promise<CaseLinks> {
  const rows = await db.selectFrom('case_register_links').select(['kind', 'target_id']).where('case_type', '=', caseType).where('case_id', '=', caseId).orderBy('target_id').execute();
  return {
    activityIds: rows.filter((r) => r.kind === 'activity').map((r) => r.target_id),
    processorIds: rows.filter((r) => r.kind === 'processor').map((r) => r.target_id),
  };
}

/**
 * Sets the activities (and, for a breach, processors) a case concerns, replacing what was
 * named before. Every id must be in the register; audited in the same transaction.
 */
export async function setCaseLinks(db: Kysely<Database>, caseType: 'request' | 'breach', caseId: string, links: CaseLinks, actor: string, now: Date): Promise<CaseLinks> {
  const table = caseType === 'request' ? 'requests' : 'breaches';
  await db.transaction().execute(async (trx) => {
    const found = await trx.selectFrom(table).select('id').where('id', '=', caseId).executeTakeFirst();
    if (!found) throw new AppError('NOT_FOUND', msg(`msg.error.notFound.${caseType}`, { id: caseId }));
    const activities = await trx.selectFrom('register_activities').select('id').where('id', 'in', links.activityIds.length > 0 ? links.activityIds : ['']).execute();
    const missing = links.activityIds.filter((id) => !activities.some((a) => a.id === id));
    if (missing.length > 0) throw new AppError('VALIDATION', msg('msg.error.register.noActivityId', { ids: missing.join(', ') }), [fieldIssue('activityIds', msg('msg.error.register.noActivityId', { ids: missing.join(', ') }))]);
    await requireIds(trx, 'register_processors', links.processorIds, 'processorIds');
    await trx.deleteFrom('case_register_links').where('case_type', '=', caseType).where('case_id', '=', caseId).execute();
    const rows = [
      ...[...new Set(links.activityIds)].map((id) => ({ case_type: caseType, case_id: caseId, kind: 'activity', target_id: id })),
      ...[...new Set(links.processorIds)].map((id) => ({ case_type: caseType, case_id: caseId, kind: 'processor', target_id: id })),
    ];
    if (rows.length > 0) await trx.insertInto('case_register_links').values(rows).execute();
    await appendAuditEvent(
      trx,
      { actor, action: `${caseType}.register-linked`, entityType: caseType, entityId: caseId, data: { activities: links.activityIds.length, processors: links.processorIds.length } },
      now,
    );
  });
  return caseLinks(db, caseType, caseId);
}
