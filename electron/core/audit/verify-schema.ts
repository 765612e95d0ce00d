import type { SqliteDatabase } from '../../../db/connection';
import { expectedSchema, schemaObjects } from '../../../db/expected-schema';
import type { DataBreak } from './data-break';
import { breakReason } from './break-reason';
import { msg } from '../i18n';

const schemaBreak = (name: string, change: 'dropped' | 'changed' | 'added', type: string): DataBreak => ({
  kind: 'schema',
  caseType: null,
  caseId: null,
  reference: null,
  group: name,
  ...breakReason(`msg.audit.schema.${change}`, { name, type: [msg(`msg.audit.schema.type.${type}`)] }),
});

/**
 * Compares the vault's schema with the one this build's migrations make: the append-only
 * triggers of the audit trail, the status checks, every table and index. A trigger dropped
 * to edit the trail, or one added to rewrite data, is reported by name.
 */
export async function verifySchema(sqlite: SqliteDatabase): Promise<DataBreak[]> {
  const want = await expectedSchema();
  const have = schemaObjects(sqlite);
  const breaks: DataBreak[] = [];
  for (const [name, object] of want) {
    const found = have.get(name);
    if (!found) breaks.push(schemaBreak(name, 'dropped', object.type));
    else if (found.sql !== object.sql) breaks.push(schemaBreak(name, 'changed', object.type));
  }
  for (const [name, object] of have) {
    if (!want.has(name)) breaks.push(schemaBreak(name, 'added', object.type));
  }
  return breaks;
}
