import { randomUUID } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import type { z } from 'zod';
import type { Database } from '../../../db/schema';
import type { RetentionRule, retentionRuleSchema } from '../../shared/retention';
import { appendAuditEvent } from '../audit/append-audit-event';
import { sha256Text } from '../audit/text-hash';
import { addMonths } from '../deadlines';
import { AppError } from '../errors';
import { msg } from '../i18n';

/** A rule after validation (defaults applied). */
export type ParsedRetentionRule = z.output<typeof retentionRuleSchema>;
type Row = Database['retention_rules'];

/** The review after one on `from`: `everyMonths` later (the last day of the month when the day does not exist). */
export function nextReviewAfter(from: string, everyMonths: number): string {
  return addMonths(from, everyMonths).date;
}

function toRule(row: Row): RetentionRule {
  return {
    id: row.id,
    category: row.category,
    periodCount: row.period_count,
    periodUnit: row.period_unit,
    trigger: row.trigger,
    triggerNote: row.trigger_note,
    legalBasis: row.legal_basis,
    reviewEveryMonths: row.review_every_months,
    lastReviewedOn: row.last_reviewed_on,
    nextReview: row.next_review,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** The retention register, the soonest review first. */
export async function listRetentionRules(db: Kysely<Database>): Promise<RetentionRule[]> {
  const rows = await db.selectFrom('retention_rules').selectAll().orderBy('next_review').orderBy('category').execute();
  return rows.map(toRule);
}

async function loadRule(db: Kysely<Database>, id: string): Promise<Row> {
  const row = await db.selectFrom('retention_rules').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw new AppError('NOT_FOUND', msg('msg.error.retention.noRule'));
  return row;
}

/** What the audit trail keeps of a rule: its shape and dates, the legal basis only as a hash. */
function auditFacts(rule: Pick<Row, 'category' | 'period_count' | 'period_unit' | 'trigger' | 'review_every_months' | 'next_review' | 'legal_basis'>) {
  return {
    category: rule.category,
    period: `${rule.period_count} ${rule.period_unit}`,
    trigger: rule.trigger,
    reviewEveryMonths: rule.review_every_months,
    nextReview: rule.next_review,
    legalBasisSha256: sha256Text(rule.legal_basis),
  };
}

/**
 * Adds a rule (id absent) or changes one. The first review is the date given, or
 * `reviewEveryMonths` from today; changing the interval moves the next review to that
 * interval after the last review (or after the rule was made). Audited in the same transaction.
 */
export async function saveRetentionRule(db: Kysely<Database>, id: string | undefined, input: ParsedRetentionRule, today: string, actor: string, now: Date): Promise<RetentionRule> {
  return db.transaction().execute((trx) => writeRetentionRule(trx, id, input, today, actor, now));
}

/** `saveRetentionRule` inside a transaction the caller holds, for services that write a rule with other rows (the register's retention schedule). */
export async function writeRetentionRule(trx: Transaction<Database>, id: string | undefined, input: ParsedRetentionRule, today: string, actor: string, now: Date): Promise<RetentionRule> {
  const at = now.toISOString();
  const fields = {
    category: input.category,
    period_count: input.periodCount,
    period_unit: input.periodUnit,
    trigger: input.trigger,
    trigger_note: input.triggerNote,
    legal_basis: input.legalBasis,
    review_every_months: input.reviewEveryMonths,
  };
  if (id === undefined) {
    const row: Row = {
      id: randomUUID(),
      ...fields,
      last_reviewed_on: null,
      next_review: input.firstReview ?? nextReviewAfter(today, input.reviewEveryMonths),
      created_at: at,
      updated_at: at,
    };
    await trx.insertInto('retention_rules').values(row).execute();
    await appendAuditEvent(trx, { actor, action: 'retention.rule-created', entityType: 'retention-rule', entityId: row.id, data: auditFacts(row) }, now);
    return toRule(row);
  }
  const current = await loadRule(trx, id);
  const since = current.last_reviewed_on ?? current.created_at.slice(0, 10);
  const nextReview =
    input.firstReview ?? (current.review_every_months === input.reviewEveryMonths ? current.next_review : nextReviewAfter(since, input.reviewEveryMonths));
  const row: Row = { ...current, ...fields, next_review: nextReview, updated_at: at };
  await trx.updateTable('retention_rules').set(row).where('id', '=', id).execute();
  await appendAuditEvent(trx, { actor, action: 'retention.rule-updated', entityType: 'retention-rule', entityId: id, data: auditFacts(row) }, now);
  return toRule(row);
}

/** Records a review on `on`: the next one is `reviewEveryMonths` later. */
export async function markRuleReviewed(db: Kysely<Database>, id: string, on: string, actor: string, now: Date): Promise<RetentionRule> {
  const current = await loadRule(db, id);
  const row: Row = { ...current, last_reviewed_on: on, next_review: nextReviewAfter(on, current.review_every_months), updated_at: now.toISOString() };
  await db.transaction().execute(async (trx) => {
    await trx.updateTable('retention_rules').set(row).where('id', '=', id).execute();
    await appendAuditEvent(trx, { actor, action: 'retention.rule-reviewed', entityType: 'retention-rule', entityId: id, data: { reviewedOn: on, nextReview: row.next_review } }, now);
  });
  return toRule(row);
}

/** Removes a rule from the register (its reviews leave the dashboard). */
export async function deleteRetentionRule(db: Kysely<Database>, id: string, actor: string, now: Date): Promise<void> {
  const current = await loadRule(db, id);
  await db.transaction().execute(async (trx) => {
    await trx.deleteFrom('retention_rules').where('id', '=', id).execute();
    await appendAuditEvent(trx, { actor, action: 'retention.rule-deleted', entityType: 'retention-rule', entityId: id, data: { category: current.category } }, now);
  });
}
