import {
  AndNode,
  BinaryOperationNode,
  ColumnNode,
  ColumnUpdateNode,
  OperatorNode,
  ParensNode,
  PrimitiveValueListNode,
  ReferenceNode,
  ValueListNode,
  ValueNode,
  ValuesNode,
  type InsertQueryNode,
  type OperationNode,
  type UpdateQueryNode,
} from 'kysely';
import { confidentialTable, type ConfidentialTable } from './confidential-columns';
import { tableRefOf } from './query-tables';

/** Seals a value for a place; the plugin gives it the key (or refuses when it has none). */
export type Sealer = (kind: 'text' | 'bytes', value: unknown, place: { table: string; column: string; rowKey: readonly unknown[] }) => unknown;

/** A write this layer cannot seal (an expression as a confidential value, no row key): refused rather than stored in clear. */
export class UnsealableWriteError extends Error {
  constructor(table: string, column: string, why: string) {
    super(`cannot write ${table}.${column} on a team server: ${why}`);
    this.name = 'UnsealableWriteError';
  }
}

function columnName(node: OperationNode): string | null {
  if (ColumnNode.is(node)) return node.column.name;
  if (ReferenceNode.is(node) && ColumnNode.is(node.column)) return node.column.column.name;
  return null;
}

/** The plain value of a value node, or `undefined` for an expression. */
function plainValue(node: OperationNode): { value: unknown } | undefined {
  return ValueNode.is(node) ? { value: node.value } : undefined;
}

/** The `column = value` equalities an UPDATE's WHERE is made of (joined by AND). */
function equalities(node: OperationNode | undefined, found: Map<string, unknown> = new Map()): Map<string, unknown> {
  if (!node) return found;
  if (ParensNode.is(node)) return equalities(node.node, found);
  if (AndNode.is(node)) {
    equalities(node.left, found);
    return equalities(node.right, found);
  }
  if (BinaryOperationNode.is(node) && OperatorNode.is(node.operator) && node.operator.operator === '=') {
    const column = columnName(node.leftOperand);
    const value = plainValue(node.rightOperand);
    if (column && value) found.set(column, value.value);
  }
  return found;
}

function sealUpdates(
  table: string,
  spec: ConfidentialTable,
  updates: readonly ColumnUpdateNode[],
  rowKey: () => readonly unknown[],
  seal: Sealer,
): readonly ColumnUpdateNode[] {
  return updates.map((update) => {
    const column = columnName(update.column);
    const kind = column ? spec.columns[column] : undefined;
    if (!column || !kind) return update;
    const value = plainValue(update.value);
    if (!value) throw new UnsealableWriteError(table, column, 'its new value is an expression');
    return ColumnUpdateNode.create(update.column, ValueNode.create(seal(kind, value.value, { table, column, rowKey: rowKey() })));
  });
}

/** An INSERT with its confidential values sealed, each bound to its own row (and an ON CONFLICT update to the inserted row). */
export function sealInsert(node: InsertQueryNode, seal: Sealer): InsertQueryNode {
  const target = tableRefOf(node.into);
  const spec = target ? confidentialTable(target.table) : undefined;
  if (!target || !spec || !node.columns || !node.values || !ValuesNode.is(node.values)) return node;
  const columns = node.columns.map((column) => column.column.name);
  if (!columns.some((column) => spec.columns[column])) return node;
  const keyOf = (values: readonly unknown[]) =>
    spec.rowKey.map((key) => {
      const at = columns.indexOf(key);
      if (at < 0) throw new UnsealableWriteError(target.table, key, 'the row key is not among the inserted columns');
      return values[at];
    });
  const rowKeys: (readonly unknown[])[] = [];
  const rows = node.values.values.map((item) => {
    const values = PrimitiveValueListNode.is(item) ? [...item.values] : item.values.map((value) => plainValue(value)?.value);
    const rowKey = keyOf(values);
    rowKeys.push(rowKey);
    const sealed = values.map((value, at) => {
      const column = columns[at] ?? '';
      const kind = spec.columns[column];
      if (!kind) return value;
      if (!PrimitiveValueListNode.is(item) && !ValueNode.is(item.values[at] as OperationNode)) throw new UnsealableWriteError(target.table, column, 'its value is an expression');
      return seal(kind, value, { table: target.table, column, rowKey });
    });
    if (PrimitiveValueListNode.is(item)) return PrimitiveValueListNode.create(sealed);
    return ValueListNode.create(item.values.map((value, at) => (spec.columns[columns[at] ?? ''] ? ValueNode.create(sealed[at]) : value)));
  });
  const onConflict = node.onConflict?.updates
    ? {
        ...node.onConflict,
        updates: sealUpdates(
          target.table,
          spec,
          node.onConflict.updates,
          () => {
            if (rowKeys.length !== 1) throw new UnsealableWriteError(target.table, spec.rowKey.join(','), 'an upsert of several rows');
            return rowKeys[0] ?? [];
          },
          seal,
        ),
      }
    : node.onConflict;
  return { ...node, values: ValuesNode.create(rows), ...(onConflict ? { onConflict } : {}) };
}

/** An UPDATE with its confidential values sealed for the one row its WHERE names by key. */
export function sealUpdate(node: UpdateQueryNode, seal: Sealer): UpdateQueryNode {
  const target = tableRefOf(node.table);
  const spec = target ? confidentialTable(target.table) : undefined;
  if (!target || !spec || !node.updates) return node;
  const rowKey = () => {
    const found = equalities(node.where?.where);
    return spec.rowKey.map((key) => {
      if (!found.has(key)) throw new UnsealableWriteError(target.table, key, 'the update does not name one row by its key');
      return found.get(key);
    });
  };
  return { ...node, updates: sealUpdates(target.table, spec, node.updates, rowKey, seal) };
}
