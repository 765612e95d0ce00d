import { AliasNode, ColumnNode, IdentifierNode, ReferenceNode, SelectAllNode, SelectionNode, TableNode, type OperationNode } from 'kysely';
import { confidentialTable } from './confidential-columns';
import { tableRefOf, type TableRef } from './query-tables';

/** One confidential value in a result row: its output name, its place, and the output names of its row key. */
export interface ReadField {
  output: string;
  table: string;
  column: string;
  kind: 'text' | 'bytes';
  keyOutputs: string[];
}

/** How to open a query's result: the fields to open, and the helper columns to drop afterwards. */
export interface ReadPlan {
  fields: ReadField[];
  hidden: string[];
}

interface Output {
  name: string;
  ref: TableRef | null;
  column: string;
}

const HIDDEN_PREFIX = '__dpo_key_';

/** The outputs one selection gives, resolved to the table they come from. */
function outputsOf(selection: OperationNode, tables: readonly TableRef[]): Output[] {
  // With one table, `*` gives its key columns under their own names; over a join another
  // table's column of the same name (an `id`) may win, so the key is then selected apart.
  const columnsOf = (ref: TableRef): Output[] => {
    const spec = confidentialTable(ref.table);
    if (!spec) return [];
    return [...Object.keys(spec.columns), ...(tables.length === 1 ? spec.rowKey : [])].map((column) => ({ name: column, ref, column }));
  };
  if (SelectAllNode.is(selection)) return tables.flatMap(columnsOf);
  let node = selection;
  let alias: string | null = null;
  if (AliasNode.is(node) && IdentifierNode.is(node.alias)) {
    alias = node.alias.name;
    node = node.node;
  }
  if (ReferenceNode.is(node) && SelectAllNode.is(node.column)) {
    const named = node.table?.table.identifier.name;
    return tables.filter((t) => t.ref === named).flatMap(columnsOf);
  }
  let column: string | null = null;
  let tableName: string | undefined;
  if (ColumnNode.is(node)) column = node.column.name;
  if (ReferenceNode.is(node) && ColumnNode.is(node.column)) {
    column = node.column.column.name;
    tableName = node.table?.table.identifier.name;
  }
  if (!column) return [];
  const name = alias ?? column;
  if (tableName !== undefined) return [{ name, ref: tables.find((t) => t.ref === tableName) ?? null, column }];
  const holders = tables.filter((t) => {
    const spec = confidentialTable(t.table);
    return spec && (column in spec.columns || spec.rowKey.includes(column));
  });
  return [{ name, ref: holders.length === 1 ? (holders[0] ?? null) : null, column }];
}

/**
 * Reads a SELECT (or a RETURNING list) over its tables: which outputs are confidential and
 * where each row's key is. A key column the query does not select is added under a helper
 * name, dropped again from the result. Null when nothing confidential is selected.
 */
export function planSelections(
  selections: readonly SelectionNode[] | undefined,
  tables: readonly TableRef[],
): { plan: ReadPlan; extra: SelectionNode[] } | null {
  if (!selections || !tables.some((t) => confidentialTable(t.table))) return null;
  const outputs = selections.flatMap((s) => outputsOf(s.selection, tables));
  const plan: ReadPlan = { fields: [], hidden: [] };
  const extra: SelectionNode[] = [];
  const keyName = (ref: TableRef, column: string): string => {
    const found = outputs.find((o) => o.ref === ref && o.column === column);
    if (found) return found.name;
    const hidden = `${HIDDEN_PREFIX}${plan.hidden.length}`;
    outputs.push({ name: hidden, ref, column });
    plan.hidden.push(hidden);
    extra.push(SelectionNode.create(AliasNode.create(ReferenceNode.create(ColumnNode.create(column), TableNode.create(ref.ref)), IdentifierNode.create(hidden))));
    return hidden;
  };
  for (const output of [...outputs]) {
    const spec = output.ref ? confidentialTable(output.ref.table) : undefined;
    const kind = spec?.columns[output.column];
    if (!output.ref || !spec || !kind) continue;
    const ref = output.ref;
    plan.fields.push({ output: output.name, table: ref.table, column: output.column, kind, keyOutputs: spec.rowKey.map((key) => keyName(ref, key)) });
  }
  return plan.fields.length > 0 ? { plan, extra } : null;
}

/** The tables a SELECT reads: its FROM list and its joins. */
export function selectTables(froms: readonly OperationNode[] | undefined, joins: readonly { table: OperationNode }[] | undefined): TableRef[] {
  return [...(froms ?? []), ...(joins ?? []).map((j) => j.table)].map((node) => tableRefOf(node)).filter((ref): ref is TableRef => ref !== null);
}
