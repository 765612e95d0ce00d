import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { BreachRow, Database } from '../../../../db/schema';
import type { BreachCause, breachChangesSchema } from '../../../shared/breaches';
import type { JsonValue } from '../../audit/canonical-json';
import { authorityDeadline } from '../../../shared/pure/breach-clock';
import { breachDateIssues } from './breach-dates';
import { evaluateFacts, triageColumns } from './breach-facts-state';
import { readJson } from './json-columns';
import { loadBreach, requireNotClosed } from './load-breach';
import { awarenessMoveIssues, type StoredNotice } from './notification-rules';
import { recordBreachEvent } from './record-breach-event';
import { sha256Json } from '../../audit/text-hash';
import { throwIfIssues } from './throw-if-issues';
import { triageFacts } from './triage-facts';

export type ParsedBreachChanges = z.output<typeof breachChangesSchema>;

type Columns = Partial<BreachRow>;

/** Each changeable field: its column and how its value is stored. */
const FIELDS = {
  title: (v: string) => ({ title: v }),
  description: (v: string) => ({ description: v }),
  cause: (v: BreachCause | null) => ({ cause: v }),
  discoveredAt: (v: string | null) => ({ discovered_at: v }),
  occurredFrom: (v: string | null) => ({ occurred_from: v }),
  occurredTo: (v: string | null) => ({ occurred_to: v }),
  systems: (v: string[]) => ({ systems: JSON.stringify(v) }),
  subjectCategories: (v: string[]) => ({ subject_categories: JSON.stringify(v) }),
  recordsCount: (v: number | null) => ({ records_count: v }),
  crossBorder: (v: string[]) => ({ cross_border: JSON.stringify(v) }),
  otherAuthorities: (v: string[]) => ({ other_authorities: JSON.stringify(v) }),
  processors: (v: string[]) => ({ processors: JSON.stringify(v) }),
} satisfies Record<Exclude<keyof ParsedBreachChanges, 'awareAt'>, (v: never) => Columns>;

/** The columns that differ from the row, and the names of the fields they came from. */
function diff(row: BreachRow, changes: ParsedBreachChanges): { columns: Columns; changed: string[] } {
  const columns: Columns = {};
  const changed: string[] = [];
  for (const [field, toColumns] of Object.entries(FIELDS)) {
    const value = changes[field as keyof typeof FIELDS];
    if (value === undefined) continue;
    const next = (toColumns as (v: typeof value) => Columns)(value);
    if (Object.entries(next).every(([column, stored]) => row[column as keyof BreachRow] === stored)) continue;
    Object.assign(columns, next);
    changed.push(field);
  }
  return { columns, changed };
}

/**
 * Changes a breach's record. A new moment of awareness moves the 72-hour deadline and
 * reruns the triage (its deadline is part of it); it is refused when the notices already
 * recorded would no longer fit it (see `awarenessMoveIssues`); the reference keeps its year. The dates
 * are checked together as they will stand. Audited with the names of the changed fields,
 * the codes, dates and counts, and a hash of the free text; nothing is recorded when
 * nothing changed.
 */
export async function updateBreach(db: Kysely<Database>, idOrReference: string, changes: ParsedBreachChanges, actor: string, now: Date): Promise<string> {
  return db.transaction().execute(async (trx) => {
    const row = await loadBreach(trx, idOrReference);
    requireNotClosed(row);
    const { columns, changed } = diff(row, changes);
    const awareAt = changes.awareAt ?? row.aware_at;
    const awareMoved = awareAt !== row.aware_at;
    if (awareMoved) changed.push('awareAt');
    if (changed.length === 0) return row.id;
    const next = { ...row, ...columns };
    throwIfIssues(
      breachDateIssues({ awareAt, discoveredAt: next.discovered_at, occurredFrom: next.occurred_from, occurredTo: next.occurred_to }, now),
    );
    const facts: Record<string, JsonValue> = { changed };
    if (awareMoved) {
      const notices = await trx
        .selectFrom('breach_notifications')
        .select(['recipient', 'phase', 'sent_at as sentAt', 'delay_reasons as delayReasons'])
        .where('breach_id', '=', row.id)
        .execute();
      throwIfIssues(awarenessMoveIssues(awareAt, authorityDeadline(awareAt), notices as StoredNotice[]));
      const evaluated = evaluateFacts(readJson(row.facts_draft), awareAt);
      Object.assign(columns, {
        aware_at: awareAt,
        aware_utc: new Date(awareAt).toISOString(),
        authority_deadline: authorityDeadline(awareAt),
        ...triageColumns(evaluated),
      });
      Object.assign(facts, { awareAt, authorityDeadline: authorityDeadline(awareAt), ...triageFacts(evaluated) });
    }
    if (changed.includes('cause')) facts.cause = next.cause;
    if (changed.includes('recordsCount')) facts.recordsCount = next.records_count;
    if (changed.includes('subjectCategories')) facts.subjectCategories = readJson<string[]>(next.subject_categories);
    if (changed.includes('crossBorder')) facts.crossBorder = readJson<string[]>(next.cross_border);
    for (const [field, column] of [['discoveredAt', 'discovered_at'], ['occurredFrom', 'occurred_from'], ['occurredTo', 'occurred_to']] as const) {
      if (changed.includes(field)) facts[field] = next[column];
    }
    facts.detailsSha256 = sha256Json({
      title: next.title,
      description: next.description,
      systems: readJson<string[]>(next.systems),
      otherAuthorities: readJson<string[]>(next.other_authorities),
      processors: readJson<string[]>(next.processors),
    });
    await trx
      .updateTable('breaches')
      .set({ ...columns, updated_at: now.toISOString() })
      .where('id', '=', row.id)
      .execute();
    await recordBreachEvent(trx, { breachId: row.id, action: 'breach.updated', actor, at: now, facts });
    return row.id;
  });
}
