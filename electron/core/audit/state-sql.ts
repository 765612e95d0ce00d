import type { SqliteDatabase } from '../../../db/connection';
import { stateCoverage, type ExemptTable, type TableCoverage } from '../../../db/state-coverage';

/**
 * One field group of one table, as the database holds it now: the table, the group's
 * name (`<table>.<group>`, the name `audit verify` reports), the columns that exist, and
 * how a row names its case.
 */
export interface GroupSpec {
  table: string;
  group: string;
  columns: string[];
  caseType: { literal: string } | { column: string };
  caseId: string;
  /**
   * What a column of a STRICT table can hold, by name: only text, only integers, only
   * reals. Absent (any value) for a column of another table or declared `ANY`.
   */
  holds: Partial<Record<string, 'text' | 'integer' | 'real'>>;
  /**
   * The table holds at most one row per case: its primary key or a unique index is the case
   * id (SQLite enforces it, and `audit verify` checks the schema is the one the migrations
   * made). Its rows need no grouping, so they are read in stored order, unsorted.
   */
  oneRowPerCase: boolean;
}

/** What a STRICT table's column of this declared type can hold. */
function strictHolds(type: string): 'text' | 'integer' | 'real' | undefined {
  const declared = type.toUpperCase();
  if (declared === 'TEXT') return 'text';
  if (declared === 'INTEGER' || declared === 'INT') return 'integer';
  if (declared === 'REAL') return 'real';
  return undefined;
}

const ident = (name: string): string => `"${name.replaceAll('"', '""')}"`;
const literal = (text: string): string => `'${text.replaceAll("'", "''")}'`;

function isCovered(entry: TableCoverage<unknown> | ExemptTable): entry is TableCoverage<unknown> {
  return !('exempt' in entry);
}

/**
 * Whether `table`'s primary key or one of its full unique indexes is its case id column alone.
 * Only asked where the case type is fixed and the id column holds one type (STRICT): else two
 * distinct values (`1` and `'1'`, or two type and id pairs) could make the same case key.
 */
function keyedByCase(sqlite: SqliteDatabase, table: string, info: { name: string; pk: number }[], caseId: string): boolean {
  const within = (columns: string[]) => columns.length === 1 && columns[0] === caseId;
  if (within(info.filter((c) => c.pk > 0).map((c) => c.name))) return true;
  const indexes = sqlite.prepare(`SELECT name FROM pragma_index_list(?) WHERE "unique" = 1 AND partial = 0`).pluck().all(table) as string[];
  const columnsOf = sqlite.prepare(`SELECT name FROM pragma_index_info(?)`).pluck();
  return indexes.some((index) => within(columnsOf.all(index) as string[]));
}

/**
 * The covered field groups of the tables that exist in this database, with only the
 * columns that exist (a vault opened before a migration has fewer). Read from the one
 * declaration in `db/state-coverage.ts`.
 */
export function coveredGroups(sqlite: SqliteDatabase): GroupSpec[] {
  const specs: GroupSpec[] = [];
  for (const [table, entry] of Object.entries(stateCoverage) as [string, TableCoverage<unknown> | ExemptTable][]) {
    if (!isCovered(entry)) continue;
    const info = sqlite.prepare(`SELECT name, type, pk FROM pragma_table_info(?)`).all(table) as { name: string; type: string; pk: number }[];
    const existing = new Set(info.map((c) => c.name));
    if (existing.size === 0) continue;
    const strict = sqlite.prepare(`SELECT strict FROM pragma_table_list WHERE schema = 'main' AND name = ?`).pluck().get(table) === 1;
    const holds = strict ? Object.fromEntries(info.map((c) => [c.name, strictHolds(c.type)]).filter(([, kind]) => kind !== undefined)) : {};
    const byGroup = new Map<string, string[]>();
    for (const [column, group] of Object.entries(entry.columns) as [string, string | null][]) {
      if (group === null || !existing.has(column)) continue;
      byGroup.set(group, [...(byGroup.get(group) ?? []), column]);
    }
    const caseType = typeof entry.caseType === 'string' ? { literal: entry.caseType } : { column: entry.caseType.column };
    const oneRowPerCase = 'literal' in caseType && holds[entry.caseId] !== undefined && keyedByCase(sqlite, table, info, entry.caseId);
    for (const [group, columns] of byGroup) specs.push({ table, group: `${table}.${group}`, columns, caseType, caseId: entry.caseId, holds, oneRowPerCase });
  }
  return specs;
}

/** `json_object('a', t."a", …)`: one row of a group as JSON text (both sides hash it the same way). */
export function rowJson(spec: GroupSpec, alias: string): string {
  return `json_object(${spec.columns.map((c) => `${literal(c)}, ${alias}.${ident(c)}`).join(', ')})`;
}

function caseTypeExpr(spec: GroupSpec, alias: string): string {
  return 'literal' in spec.caseType ? literal(spec.caseType.literal) : `${alias}.${ident(spec.caseType.column)}`;
}

/** The case key of a row: `<caseType>:<caseId>`. */
function caseKeyExpr(spec: GroupSpec, alias: string): string {
  return `${caseTypeExpr(spec, alias)} || ':' || ${alias}.${ident(spec.caseId)}`;
}

function sameCase(spec: GroupSpec, row: string): string {
  const id = `t.${ident(spec.caseId)} = ${row}.${ident(spec.caseId)}`;
  return 'literal' in spec.caseType ? id : `${id} AND t.${ident(spec.caseType.column)} = ${row}.${ident(spec.caseType.column)}`;
}

/**
 * Snapshot (first touch only) and mark the row's case as touched in this group. Guarded by
 * NOT EXISTS rather than OR IGNORE: an outer statement's conflict clause (an upsert)
 * overrides the one written in a trigger.
 */
function touchStatements(spec: GroupSpec, row: 'NEW' | 'OLD'): string {
  const key = caseKeyExpr(spec, row);
  const grp = literal(spec.group);
  return `
    INSERT INTO temp.state_before (case_key, grp, row)
      SELECT ${key}, ${grp}, ${rowJson(spec, 't')} FROM main.${ident(spec.table)} AS t
      WHERE ${sameCase(spec, row)} AND NOT EXISTS (SELECT 1 FROM temp.state_touched WHERE case_key = ${key} AND grp = ${grp});
    INSERT INTO temp.state_touched (case_key, grp) SELECT ${key}, ${grp}
      WHERE ${key} IS NOT NULL AND NOT EXISTS (SELECT 1 FROM temp.state_touched WHERE case_key = ${key} AND grp = ${grp});`;
}

/**
 * The temporary triggers (this connection only, nothing stored in the vault) that notice
 * every change to a group: before the first change of a case's group in a transaction they
 * copy the group's rows as they were, and mark the group as touched.
 */
export function trackingTriggers(specs: GroupSpec[]): string[] {
  return specs.flatMap((spec, index) => {
    const name = (op: string) => ident(`state_${index}_${op}`);
    const table = `main.${ident(spec.table)}`;
    const columns = spec.columns.map(ident).join(', ');
    return [
      `CREATE TEMP TRIGGER ${name('i')} BEFORE INSERT ON ${table} BEGIN ${touchStatements(spec, 'NEW')} END`,
      `CREATE TEMP TRIGGER ${name('d')} BEFORE DELETE ON ${table} BEGIN ${touchStatements(spec, 'OLD')} END`,
      `CREATE TEMP TRIGGER ${name('u')} BEFORE UPDATE OF ${columns} ON ${table} BEGIN ${touchStatements(spec, 'OLD')} ${touchStatements(spec, 'NEW')} END`,
    ];
  });
}

/** The rows of one case in one group, as JSON text: parameters are the case id, then (for a case-type column) the case type. */
export function caseRowsSql(spec: GroupSpec): string {
  const typed = 'literal' in spec.caseType ? '' : ` AND t.${ident(spec.caseType.column)} = ?`;
  return `SELECT ${rowJson(spec, 't')} AS row FROM main.${ident(spec.table)} AS t WHERE t.${ident(spec.caseId)} = ?${typed}`;
}

/** The largest integer a JavaScript number holds exactly: beyond it `canonicalRow` would round. */
const SAFE_INTEGER = '9007199254740991';

/**
 * A row's canonical text built by SQLite itself, members in sorted order, null ones left out:
 * what `canonicalRow` makes of the row's `json_object`, without parsing it. SQLite quotes
 * every string exactly as `JSON.stringify` does; numbers it writes differently (a REAL as
 * `1.0`, an integer beyond 2^53 unrounded) set the second value, `slow`, so the caller
 * canonicalises that row the slow way; a STRICT table's TEXT column cannot hold one, so only
 * its other columns are looked at (each look costs, over a million rows). The members are
 * joined by one `concat` (which leaves out the null ones) rather than a chain of `||`, each
 * of which copied the text so far. Column names are plain identifiers (sorted the same in SQL
 * as in `Object.keys(row).sort()`).
 */
function canonicalRowSql(spec: GroupSpec, alias: string): { row: string; slow: string } {
  const columns = [...spec.columns].sort();
  const members = columns.map((c) => `CASE WHEN ${alias}.${ident(c)} IS NULL THEN NULL ELSE ${literal(`,${JSON.stringify(c)}:`)} || json_quote(${alias}.${ident(c)}) END`);
  const slow = columns.flatMap((c) => {
    const value = `${alias}.${ident(c)}`;
    const unsafe = `${value} NOT BETWEEN -${SAFE_INTEGER} AND ${SAFE_INTEGER}`;
    const holds = spec.holds[c];
    if (holds === 'text') return [];
    if (holds === 'integer') return [`coalesce(${unsafe}, 0)`];
    if (holds === 'real') return [`${value} IS NOT NULL`];
    return [`typeof(${value}) = 'real' OR (typeof(${value}) = 'integer' AND ${unsafe})`];
  });
  return { row: `'{' || substr(concat(${members.join(', ')}), 2) || '}'`, slow: slow.length === 0 ? '0' : `(${slow.join(' OR ')})` };
}

/**
 * Every case of a table with its case key, for recomputing the states of all the table's
 * field groups (`specs`, all of one table) in one scan. A table with one row per case
 * (`oneRowPerCase`) is read unsorted, a row at a time: `case_key`, then for each group the
 * row's canonical text and whether it needs canonicalising in JavaScript after all (see
 * {@link canonicalRowSql}). Any other table is read a case at a time: `case_key`, the case's
 * number of rows, then for each group its rows' canonical texts joined by newlines (in no
 * particular order: the caller sorts them; no canonical text holds a newline, `json_quote`
 * escapes it) and whether any of them needs canonicalising in JavaScript. One whose case
 * type is fixed, with a case id column of one type (STRICT), is grouped by that column
 * (compared as bytes, as the key is), which groups each case's rows as the key would and lets
 * SQLite read an index in that order (the histories have one holding every column, SQLite
 * 0031) instead of sorting the table; one whose case type is a column is grouped by the key
 * itself. SQLite joining a case's rows costs less than handing each row to JavaScript (a
 * million history rows).
 */
export function allRowsSql(specs: readonly GroupSpec[]): string {
  const [first] = specs;
  if (!first) throw new Error('allRowsSql needs at least one field group');
  const rows = specs.map((spec) => canonicalRowSql(spec, 't'));
  const from = `FROM main.${ident(first.table)} AS t`;
  if (first.oneRowPerCase) return `SELECT ${caseKeyExpr(first, 't')} AS case_key, ${rows.map(({ row, slow }) => `${row}, ${slow}`).join(', ')} ${from}`;
  const byId = 'literal' in first.caseType && first.holds[first.caseId] !== undefined;
  const columns = rows.map(({ row, slow }) => `group_concat(${row}, char(10)), max(${slow})`);
  return `SELECT ${caseKeyExpr(first, 't')} AS case_key, count(*), ${columns.join(', ')} ${from} GROUP BY ${byId ? `t.${ident(first.caseId)} COLLATE BINARY` : caseKeyExpr(first, 't')}`;
}
