import { hash } from 'node:crypto';
import type { SqliteDatabase } from '../../../db/connection';
import { allRowsSql, type GroupSpec } from './state-sql';
import { canonicalRow, canonicalRowsHash } from './state-hash';

/** The map key of one case's field group. */
export const stateKey = (caseKey: string, group: string): string => `${caseKey}\n${group}`;

/** The field groups of each table, in order: one scan (and one sort, if any) serves them all. */
function byTable(specs: readonly GroupSpec[]): GroupSpec[][] {
  const tables = new Map<string, GroupSpec[]>();
  for (const spec of specs) tables.set(spec.table, [...(tables.get(spec.table) ?? []), spec]);
  return [...tables.values()];
}

type CaseRow = [string | null, ...(string | number)[]];

/** The canonical text of group `g` of a row of `allRowsSql` (SQLite's, or JavaScript's where it flagged the row). */
const canonicalText = (row: CaseRow, g: number): string => (row[2 + 2 * g] === 0 ? (row[1 + 2 * g] as string) : canonicalRow(row[1 + 2 * g] as string));

/**
 * The states of a table with one row per case: each row is the whole of its case's group,
 * hashed as it comes ({@link canonicalRowsHash} of one line is the hash of that line).
 */
function eachSingleRowState(rows: Iterable<CaseRow>, table: readonly GroupSpec[], onState: (caseKey: string, group: string, hash: string) => void): void {
  for (const row of rows) {
    const key = row[0];
    if (key === null) continue;
    for (let g = 0; g < table.length; g++) onState(key, (table[g] as GroupSpec).group, hash('sha256', canonicalText(row, g), 'hex'));
  }
}

/**
 * The state of one case's group from its rows' canonical texts as SQLite joined them (`count`
 * lines, in any order; `slow` when one of them needs canonicalising in JavaScript): the lines
 * sorted here, as {@link canonicalRowsHash} sorts them, and hashed.
 */
function joinedRowsHash(joined: string, slow: number, count: number): string {
  if (count === 1 && slow === 0) return hash('sha256', joined, 'hex');
  const lines = joined.split('\n');
  if (lines.length !== count) throw new Error(`A case's ${count} canonical rows read as ${lines.length} lines`);
  return canonicalRowsHash(slow === 0 ? lines : lines.map(canonicalRow));
}

/** The states of a table read a case at a time (see `allRowsSql`): each group's joined rows hashed. */
function eachGroupedState(rows: Iterable<CaseRow>, table: readonly GroupSpec[], onState: (caseKey: string, group: string, hash: string) => void): void {
  for (const row of rows) {
    const key = row[0];
    if (key === null) continue;
    const count = row[1] as number;
    for (let g = 0; g < table.length; g++) onState(key, (table[g] as GroupSpec).group, joinedRowsHash(row[2 + 2 * g] as string, row[3 + 2 * g] as number, count));
  }
}

/**
 * The state hash of every case's every field group as the database holds them now, handed
 * to `onState` one at a time, in one pass per table: rows (a table with one row per case) or
 * cases (any other, each case's rows joined by SQLite) are read one at a time, in the canonical
 * form SQLite writes for them (see `allRowsSql`), and hashed, so nothing grows with the vault
 * but one case's rows. Groups with no rows are not handed
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
    const rows = sqlite.prepare(allRowsSql(table)).raw().iterate() as IterableIterator<CaseRow>;
    if (table[0]?.oneRowPerCase) eachSingleRowState(rows, table, onState);
    else eachGroupedState(rows, table, onState);
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
