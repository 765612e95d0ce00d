import {
  InsertQueryNode,
  SelectQueryNode,
  UpdateQueryNode,
  type KyselyPlugin,
  type PluginTransformQueryArgs,
  type PluginTransformResultArgs,
  type QueryExecutorProvider,
  type QueryId,
  type QueryResult,
  type RootOperationNode,
  type UnknownRow,
} from 'kysely';
import { FieldSealError, type FieldPlace } from './field-seal';
import { planSelections, selectTables, type ReadPlan } from './read-plan';
import { openValue, sealValue } from './seal-row';
import { sealInsert, sealUpdate } from './seal-writes';

/** Turns a value that did not open into the error the caller shows (core gives one in the user's language). */
export type FieldErrorFactory = (error: FieldSealError) => Error;

/**
 * The one place a team database's confidential columns (see `CONFIDENTIAL_TABLES`) are
 * sealed and opened: a Kysely plugin on every team connection. Writes (INSERT, its ON
 * CONFLICT update, UPDATE by key) get their confidential values sealed with AES-256-GCM
 * under the team data key, bound to table, column and row; reads get them opened, and a
 * value altered, moved to another row or never sealed is refused through `errors`, never
 * passed on as garbage. Until the key is given (sign-in unwraps it) a confidential value is
 * refused both ways, so nothing confidential is ever written in clear. The local vault has no
 * such plugin: its whole database is encrypted.
 */
export class ConfidentialFieldsPlugin implements KyselyPlugin {
  private key: Buffer | null = null;
  private readonly plans = new WeakMap<QueryId, ReadPlan>();

  constructor(private readonly errors: FieldErrorFactory) {}

  /** Gives the team data key (a copy is kept; the caller zeroes its own). */
  unlock(key: Buffer): void {
    this.key = Buffer.from(key);
  }

  /** Zeroes and forgets the key. */
  lock(): void {
    this.key?.fill(0);
    this.key = null;
  }

  /** The key, for wrapping it for a new member; null until unlocked. */
  dataKey(): Buffer | null {
    return this.key;
  }

  private keyFor(place: FieldPlace): Buffer {
    if (!this.key) throw this.errors(new FieldSealError('locked', place));
    return this.key;
  }

  transformQuery({ node, queryId }: PluginTransformQueryArgs): RootOperationNode {
    const seal = (kind: 'text' | 'bytes', value: unknown, place: FieldPlace) => sealValue(kind, value, this.keyFor(place), place);
    if (InsertQueryNode.is(node)) return sealInsert(node, seal);
    if (UpdateQueryNode.is(node)) return sealUpdate(node, seal);
    if (SelectQueryNode.is(node)) {
      const planned = planSelections(node.selections, selectTables(node.from?.froms, node.joins));
      if (!planned) return node;
      this.plans.set(queryId, planned.plan);
      return { ...node, selections: [...(node.selections ?? []), ...planned.extra] };
    }
    return node;
  }

  transformResult({ result, queryId }: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    const plan = this.plans.get(queryId);
    if (!plan) return Promise.resolve(result);
    try {
      const rows = result.rows.map((row) => {
        const out: UnknownRow = { ...row };
        for (const field of plan.fields) {
          if (!(field.output in out)) continue;
          const place = { table: field.table, column: field.column, rowKey: field.keyOutputs.map((name) => row[name]) };
          out[field.output] = openValue(field.kind, out[field.output], this.keyFor(place), place);
        }
        for (const name of plan.hidden) delete out[name];
        return out;
      });
      return Promise.resolve({ ...result, rows });
    } catch (error) {
      return Promise.reject(error instanceof FieldSealError ? this.errors(error) : error);
    }
  }
}

/** The confidential-fields plugin of a connection (or a transaction of one), if it has one. */
export function confidentialFieldsOf(db: QueryExecutorProvider): ConfidentialFieldsPlugin | null {
  return db.getExecutor().plugins.find((plugin): plugin is ConfidentialFieldsPlugin => plugin instanceof ConfidentialFieldsPlugin) ?? null;
}
