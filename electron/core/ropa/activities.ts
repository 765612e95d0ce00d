import { randomUUID } from 'node:crypto';
import type { Kysely, Selectable, Transaction } from 'kysely';
import type { RegisterActivitiesTable } from '../../../db/register-tables';
import type { Database } from '../../../db/schema';
import type { Activity, ParsedActivity } from '../../shared/registers';
import { appendAuditEvent } from '../audit/append-audit-event';
import { dataCategories } from '../../shared/breach-facts';
import { AppError, fieldIssue } from '../errors';
import { requireIds } from './check-references';
import { toActivity, type ActivityLinks } from './register-rows';
import { nextReviewOf } from './review-dates';
import { msg } from '../i18n';

type Db = Kysely<Database> | Transaction<Database>;
const LINK_KINDS = { processor: 'processorIds', transfer: 'transferIds', measure: 'measureIds' } as const;

async function linksOf(db: Db, ids: readonly string[]): Promise<Map<string, ActivityLinks>> {
  const map = new Map<string, ActivityLinks>(ids.map((id) => [id, { processorIds: [], transferIds: [], measureIds: [] }]));
  if (ids.length === 0) return map;
  const rows = await db.selectFrom('register_links').selectAll().where('activity_id', 'in', [...ids]).orderBy('target_id').execute();
  for (const row of rows) {
    const key = LINK_KINDS[row.kind as keyof typeof LINK_KINDS] as keyof ActivityLinks | undefined;
    if (key) map.get(row.activity_id)?.[key].push(row.target_id);
  }
  return map;
}

/** Every activity with its links, by reference (controller and processor records together). */
export async function listActivities(db: Db): Promise<Activity[]> {
  const rows = await db.selectFrom('register_activities').selectAll().orderBy('reference').execute();
  const links = await linksOf(db, rows.map((r) => r.id));
  return rows.map((row) => toActivity(row, links.get(row.id) ?? { processorIds: [], transferIds: [], measureIds: [] }));
}

/** One activity by id or reference (`PA-003`); NOT_FOUND when there is none. */
export async function getActivity(db: Db, idOrReference: string): Promise<Activity> {
  const row = await db
    .selectFrom('register_activities')
    .selectAll()
    .where((eb) => eb.or([eb('id', '=', idOrReference), eb('reference', '=', idOrReference.toUpperCase())]))
    .executeTakeFirst();
  if (!row) throw new AppError('NOT_FOUND', msg('msg.error.register.noActivity', { id: idOrReference }));
  const links = await linksOf(db, [row.id]);
  return toActivity(row, links.get(row.id) ?? { processorIds: [], transferIds: [], measureIds: [] });
}

async function nextReference(db: Db): Promise<string> {
  const rows = await db.selectFrom('register_activities').select('reference').execute();
  const highest = rows.reduce((max, r) => Math.max(max, Number(r.reference.replace(/^PA-/, '')) || 0), 0);
  return `PA-${String(highest + 1).padStart(3, '0')}`;
}

async function checkActivity(db: Db, input: ParsedActivity): Promise<void> {
  const unknown = input.breachCategories.filter((c) => !(dataCategories as readonly string[]).includes(c));
  if (unknown.length > 0) {
    const detail = msg('msg.error.register.category', { unknown: unknown.join(', '), valid: dataCategories.join(', ') });
    throw new AppError('VALIDATION', detail, [fieldIssue('breachCategories', detail)]);
  }
  await requireIds(db, 'register_processors', input.processorIds, 'processorIds');
  await requireIds(db, 'register_transfers', input.transferIds, 'transferIds');
  await requireIds(db, 'register_measures', input.measureIds, 'measureIds');
  if (input.retentionRuleId) await requireIds(db, 'retention_rules', [input.retentionRuleId], 'retentionRuleId');
}

/**
 * Writes an activity inside `trx`: checks every link, keeps the DPIA screening already
 * recorded, replaces the links and appends the audit event. The import uses it for many
 * rows in one transaction; `saveActivity` for one.
 */
export async function writeActivity(trx: Transaction<Database>, id: string | undefined, input: ParsedActivity, today: string, actor: string, now: Date): Promise<Activity> {
  await checkActivity(trx, input);
  const at = now.toISOString();
  const current = id === undefined ? null : await trx.selectFrom('register_activities').selectAll().where('id', '=', id).executeTakeFirst();
  if (id !== undefined && !current) throw new AppError('NOT_FOUND', msg('msg.error.register.none.activity'));
  const row: Selectable<RegisterActivitiesTable> = {
    id: current?.id ?? randomUUID(),
    reference: current?.reference ?? (await nextReference(trx)),
    role: input.role,
    name: input.name,
    description: input.description,
    purposes: JSON.stringify(input.purposes.map((p) => ({ purpose: p.purpose, legalBasis: p.legalBasis, art9Condition: p.art9Condition ?? null, note: p.note }))),
    subject_categories: JSON.stringify(input.subjectCategories),
    data_categories: JSON.stringify(input.dataCategories),
    breach_categories: JSON.stringify(input.breachCategories),
    special_categories: input.specialCategories ? 1 : 0,
    subjects_estimate: input.subjectsEstimate ?? null,
    source: input.source,
    recipients: JSON.stringify(input.recipients),
    systems: JSON.stringify(input.systems),
    controllers: JSON.stringify(input.controllers),
    processing_categories: JSON.stringify(input.processingCategories),
    retention: input.retention,
    retention_rule_id: input.retentionRuleId ?? null,
    automated_decisions: input.automatedDecisions,
    owner: input.owner,
    dpia_status: input.dpiaStatus,
    dpia_screening: current?.dpia_screening ?? null,
    review_every_months: input.reviewEveryMonths,
    last_reviewed_on: input.lastReviewedOn ?? null,
    next_review: nextReviewOf(input.lastReviewedOn, input.reviewEveryMonths, today),
    created_at: current?.created_at ?? at,
    updated_at: at,
  };
  if (current) await trx.updateTable('register_activities').set(row).where('id', '=', row.id).execute();
  else await trx.insertInto('register_activities').values(row).execute();
  await trx.deleteFrom('register_links').where('activity_id', '=', row.id).execute();
  const links = [
    ...new Set(input.processorIds.map((t) => `processor|${t}`)),
    ...new Set(input.transferIds.map((t) => `transfer|${t}`)),
    ...new Set(input.measureIds.map((t) => `measure|${t}`)),
  ].map((key) => {
    const [kind = '', target = ''] = key.split('|');
    return { activity_id: row.id, kind, target_id: target };
  });
  if (links.length > 0) await trx.insertInto('register_links').values(links).execute();
  await appendAuditEvent(
    trx,
    {
      actor,
      action: current ? 'register.activity-updated' : 'register.activity-added',
      entityType: 'register-activity',
      entityId: row.id,
      data: {
        reference: row.reference,
        name: row.name,
        role: row.role,
        legalBases: [...new Set(input.purposes.map((p) => p.legalBasis))].sort(),
        retention: row.retention !== '',
        links: links.length,
        nextReview: row.next_review,
      },
    },
    now,
  );
  return getActivity(trx, row.id);
}

/** Adds an activity (id absent) or changes one, audited in the same transaction. */
export async function saveActivity(db: Kysely<Database>, id: string | undefined, input: ParsedActivity, today: string, actor: string, now: Date): Promise<Activity> {
  return db.transaction().execute((trx) => writeActivity(trx, id, input, today, actor, now));
}
