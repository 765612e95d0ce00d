import { AliasNode, IdentifierNode, TableNode, type OperationNode } from 'kysely';

/** A table a query reads, under the name the query refers to it by (its alias, or its own name). */
export interface TableRef {
  table: string;
  ref: string;
}

/** The table and the name it goes by, for a `FROM`, `JOIN`, `UPDATE` or `INSERT INTO` target; null for a subquery or anything else. */
export function tableRefOf(node: OperationNode | undefined): TableRef | null {
  if (!node) return null;
  if (TableNode.is(node)) {
    const name = node.table.identifier.name;
    return { table: name, ref: name };
  }
  if (AliasNode.is(node) && TableNode.is(node.node) && IdentifierNode.is(node.alias)) {
    return { table: node.node.table.identifier.name, ref: node.alias.name };
  }
  return null;
}
