import type { SqliteDatabase } from '../../../db/connection';
import { allRowsSql, type GroupSpec } from './state-sql';
import { canonicalRow, canonicalRowsHash } from './state-hash';

/** The map key of one case's field group. */
export const stateKey = (caseKey: string, group: string): string => `${caseKey}\n${group}`;

/**
 * The state hash of every case's every field group as the database holds them now, handed
 * to `onState` one at a time, in one ordered pass per group: rows are read one at a time, in
 * the canonical form SQLite writes for them (see `allRowsSql`), and hashed a case at a time,
 * so nothing grows with the vault but one case's rows. Groups with no rows are not handed
 * over: their state is `EMPTY_STATE`. `onGroup` hears each field group done.
 */
export function eachCaseState(
  sqlite: SqliteDatabase,
  specs: readonly GroupSpec[],
  onState: (caseKey: string, group: string, hash: string) => void,
  onGroup?: (done: number, total: number) => void,
): void {
  specs.forEach((spec, index) => {
    let current: string | null = null;
    let rows: string[] = [];
    for (const [key, row, slow] of sqlite.prepare(allRowsSql(spec)).raw().iterate() as IterableIterator<[string | null, string, number]>) {
      if (key === null) continue;
      if (key !== current) {
        if (current !== null) onState(current, spec.group, canonicalRowsHash(rows));
        current = key;
        rows = [];
      }
      rows.push(slow === 0 ? row : canonicalRow(row));
    }
    if (current !== null) onState(current, spec.group, canonicalRowsHash(rows));
    onGroup?.(index + 1, specs.length);
  });
}

/** {@link eachCaseState} gathered in a map by {@link stateKey}. */
export function allCaseStates(sqlite: SqliteDatabase, specs: readonly GroupSpec[]): Map<string, string> {
  const states = new Map<string, string>();
  eachCaseState(sqlite, specs, (caseKey, group, hash) => states.set(stateKey(caseKey, group), hash));
  return states;
}
