import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { Database } from '../../../../db/schema';
import type { newBreachSchema } from '../../../shared/breaches';
import { authorityDeadline } from '../../../shared/pure/breach-clock';
import { breachDateIssues } from './breach-dates';
import { detachAwareAt, evaluateFacts, triageColumns } from './breach-facts-state';
import { nextReference, referenceYear } from './breach-reference';
import { toJsonValue } from './json-columns';
import { recordBreachEvent } from './record-breach-event';
import { sha256Json } from '../../audit/text-hash';
import { throwIfIssues } from './throw-if-issues';
import { writeBreachRoles } from '../../clients/breach-roles';
import { triageFacts } from './triage-facts';

export type ParsedNewBreach = z.output<typeof newBreachSchema>;

/**
 * Registers a breach and starts its 72-hour clock at `awareAt`. Quick entry gives only a
 * title and that moment; every other field, the facts included, may come later. When the
 * facts given are complete the triage runs at once. The reference `B-YYYY-NNN` counts within
 * the year of awareness. The creation is audited in the same transaction, without the
 * title, description or any other free text (only their hash). Roles given with it (clients
 * affected, NIS2) are recorded in the same transaction.
 */
export async function createBreach(db: Kysely<Database>, input: ParsedNewBreach, actor: string, now: Date): Promise<{ id: string; reference: string }> {
  const dates = {
    awareAt: input.awareAt,
    discoveredAt: input.discoveredAt ?? null,
    occurredFrom: input.occurredFrom ?? null,
    occurredTo: input.occurredTo ?? null,
  };
  throwIfIssues(breachDateIssues(dates, now));
  const draft = detachAwareAt(input.facts ?? {}, input.awareAt);
  const evaluated = evaluateFacts(draft, input.awareAt);
  const deadline = authorityDeadline(input.awareAt);
  const year = referenceYear(input.awareAt);
  const id = randomUUID();
  const at = now.toISOString();
  const details = {
    title: input.title,
    description: input.description,
    systems: input.systems ?? [],
    otherAuthorities: input.otherAuthorities ?? [],
    processors: input.processors ?? [],
  };
  return db.transaction().execute(async (trx) => {
    const { reference, seq } = await nextReference(trx, year);
    await trx
      .insertInto('breaches')
      .values({
        id,
        reference,
        ref_year: year,
        ref_seq: seq,
        title: details.title,
        cause: input.cause ?? null,
        description: details.description,
        discovered_at: dates.discoveredAt,
        aware_at: input.awareAt,
        aware_utc: new Date(input.awareAt).toISOString(),
        authority_deadline: deadline,
        occurred_from: dates.occurredFrom,
        occurred_to: dates.occurredTo,
        systems: JSON.stringify(details.systems),
        subject_categories: JSON.stringify(input.subjectCategories ?? []),
        records_count: input.recordsCount ?? null,
        cross_border: JSON.stringify(input.crossBorder ?? []),
        other_authorities: JSON.stringify(details.otherAuthorities),
        processors: JSON.stringify(details.processors),
        facts_draft: JSON.stringify(draft),
        ...triageColumns(evaluated),
        status: 'open',
        dpo_notify_authority: null,
        dpo_notify_subjects: null,
        dpo_decision_rationale: null,
        art34_exemption: null,
        decision_recommendation: null,
        decided_at: null,
        decided_by: null,
        closed_at: null,
        created_at: at,
        updated_at: at,
      })
      .execute();
    await recordBreachEvent(trx, {
      breachId: id,
      action: 'breach.created',
      actor,
      at: now,
      toStatus: 'open',
      facts: {
        reference,
        awareAt: input.awareAt,
        authorityDeadline: deadline,
        cause: input.cause ?? null,
        detailsSha256: sha256Json(details),
        facts: toJsonValue(draft),
        ...triageFacts(evaluated),
      },
    });
    if (input.roles) await writeBreachRoles(trx, id, input.roles, actor, now);
    return { id, reference };
  });
}
