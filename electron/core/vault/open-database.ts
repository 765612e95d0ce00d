import { dirname } from 'node:path';
import { sql, type Kysely } from 'kysely';
import { DatabaseOpenError, openEncryptedDatabase, type SqliteDatabase } from '../../../db/connection';
import { NativeModuleError } from '../../../db/native-sqlite';
import { createKysely } from '../../../db/kysely';
import { DatabaseFromFutureError } from '../../../db/migrate';
import type { Database } from '../../../db/schema';
import { finishStateUpkeep, migrateTracked } from '../audit/state-upkeep';
import { StateTracker } from '../audit/state-tracker';
import { AppError } from '../errors';
import { nativeModuleAppError } from '../native-database';
import { vaultFolderError } from './vault-folder-error';
import { msg } from '../i18n';

export interface OpenDatabase {
  db: Kysely<Database>;
  /** The same connection, for checks that stream rows (`audit verify`); never for writes. */
  sqlite: SqliteDatabase;
  close(): Promise<void>;
}

/**
 * Opens the vault's database with the data key, brings its schema up to date, checks
 * that it belongs to this vault's header and starts sealing every transaction's audit
 * events with the case states it produced (`StateTracker`). Every failure is an AppError
 * naming the file.
 */
export async function openVaultDatabase(path: string, dataKey: Buffer, vaultId: string, options: { create: boolean; now?: Date }): Promise<OpenDatabase> {
  let sqlite;
  try {
    sqlite = openEncryptedDatabase(path, dataKey, options);
  } catch (error) {
    if (error instanceof NativeModuleError) throw nativeModuleAppError(error);
    if (error instanceof DatabaseOpenError && error.reason === 'not-a-database') {
      throw new AppError('VAULT_CORRUPT', msg('msg.error.vault.databaseKeyMismatch', { path }));
    }
    const folder = vaultFolderError(error, dirname(path));
    if (folder instanceof AppError) throw folder;
    throw new AppError('VAULT_CORRUPT', msg('msg.error.vault.databaseUnopenable', { path, cause: error instanceof Error ? error.message : String(error) }));
  }
  const tracker = new StateTracker(sqlite);
  const db = createKysely(sqlite, { beforeBegin: () => tracker.arm(), beforeCommit: () => tracker.flush() });
  try {
    const upkeep = await migrateTracked(db, sqlite, tracker, options.create);
    if (options.create) {
      await db.insertInto('vault_meta').values({ key: 'vault_id', value: vaultId }).execute();
    }
    const stored = await db.selectFrom('vault_meta').select('value').where('key', '=', 'vault_id').executeTakeFirst();
    if (stored?.value !== vaultId) {
      throw new AppError('VAULT_CORRUPT', msg('msg.error.vault.databaseForeign', { path }));
    }
    await finishStateUpkeep(db, sqlite, upkeep, vaultId, options.now ?? new Date());
  } catch (error) {
    await db.destroy();
    if (error instanceof DatabaseFromFutureError) throw new AppError('VAULT_FROM_FUTURE', msg('msg.error.vault.databaseFromFuture', { schema: error.unknownMigrations.at(-1) ?? '' }));
    throw error;
  }
  return {
    db,
    sqlite,
    close: async () => {
      // SQLite's advice for long-lived connections: refresh the planner's statistics on close.
      await sql`PRAGMA optimize`.execute(db);
      await db.destroy();
    },
  };
}
