import type { SqliteDatabase } from '../../../db/connection';
import { allRowsSql, type GroupSpec } from './state-sql';
import { canonicalRow, canonicalRowsHash } from './state-hash';

/** The map key of one case's field group. */
export const stateKey = (caseKey: string, group: string): string => `${caseKey}\n${group}`;

/** The field groups of each table, in order: one scan and one sort serve them all. */
function byTable(specs: readonly GroupSpec[]): GroupSpec[][] {
  const tables = new Map<string, GroupSpec[]>();
  for (const spec of specs) tables.set(spec.table, [...(tables.get(spec.table) ?? []), spec]);
  return [...tables.values()];
}

/**
 * The state hash of every case's every field group as the database holds them now, handed
 * to `onState` one at a time, in one ordered pass per table: rows are read one at a time, in
 * the canonical form SQLite writes for them (see `allRowsSql`), and hashed a case at a time,
 * so nothing grows with the vault but one case's rows. Groups with no rows are not handed
 * over: their state is `EMPTY_STATE`. `onGroup` hears how many field groups are done.
 */
export function eachCaseState(
  sqlite: SqliteDatabase,
  specs: readonly GroupSpec[],
  onState: (caseKey: string, group: string, hash: string) => void,
  onGroup?: (done: number, total: number) => void,
): void {
  let done = 0;
  for (const table of byTable(specs)) {
    let current: string | null = null;
    let rows: string[][] = table.map(() => []);
    const close = () => {
      if (current === null) return;
      for (let g = 0; g < table.length; g++) onState(current, (table[g] as GroupSpec).group, canonicalRowsHash(rows[g] as string[]));
    };
    for (const row of sqlite.prepare(allRowsSql(table)).raw().iterate() as IterableIterator<[string | null, ...(string | number)[]]>) {
      const key = row[0];
      if (key === null) continue;
      if (key !== current) {
        close();
        current = key;
        rows = table.map(() => []);
      }
      for (let g = 0; g < table.length; g++) {
        const text = row[1 + 2 * g] as string;
        (rows[g] as string[]).push(row[2 + 2 * g] === 0 ? text : canonicalRow(text));
      }
    }
    close();
    done += table.length;
    onGroup?.(done, specs.length);
  }
}

/** {@link eachCaseState} gathered in a map by {@link stateKey}. */
export function allCaseStates(sqlite: SqliteDatabase, specs: readonly GroupSpec[]): Map<string, string> {
  const states = new Map<string, string>();
  eachCaseState(sqlite, specs, (caseKey, group, hash) => states.set(stateKey(caseKey, group), hash));
  return states;
}
