import type { SqliteDatabase } from '../../../db/connection';
import { allRowsSql, type GroupSpec } from './state-sql';
import { groupStateHash } from './state-hash';

/** The map key of one case's field group. */
export const stateKey = (caseKey: string, group: string): string => `${caseKey}\n${group}`;

/**
 * The state hash of every case's every field group as the database holds them now, in one
 * ordered pass per group (rows are read one at a time, hashed a case at a time).
 * Groups with no rows are absent: their state is `EMPTY_STATE`.
 */
export function allCaseStates(sqlite: SqliteDatabase, specs: readonly GroupSpec[]): Map<string, string> {
  const states = new Map<string, string>();
  for (const spec of specs) {
    let current: string | null = null;
    let rows: string[] = [];
    const close = () => {
      if (current !== null) states.set(stateKey(current, spec.group), groupStateHash(rows));
    };
    for (const row of sqlite.prepare(allRowsSql(spec)).iterate() as IterableIterator<{ case_key: string | null; row: string }>) {
      if (row.case_key === null) continue;
      if (row.case_key !== current) {
        close();
        current = row.case_key;
        rows = [];
      }
      rows.push(row.row);
    }
    close();
  }
  return states;
}
