import { dirname } from 'node:path';
import { sql, type Kysely } from 'kysely';
import { DatabaseOpenError, openEncryptedDatabase } from '../../../db/connection';
import { NativeModuleError } from '../../../db/native-sqlite';
import { createKysely } from '../../../db/kysely';
import { DatabaseFromFutureError, migrateToLatest } from '../../../db/migrate';
import type { Database } from '../../../db/schema';
import { AppError } from '../errors';
import { vaultFolderError } from './vault-folder-error';
import { msg } from '../i18n';

export interface OpenDatabase {
  db: Kysely<Database>;
  close(): Promise<void>;
}

/**
 * Opens the vault's database with the data key, brings its schema up to date and checks
 * that it belongs to this vault's header. Every failure is an AppError naming the file.
 */
export async function openVaultDatabase(path: string, dataKey: Buffer, vaultId: string, options: { create: boolean }): Promise<OpenDatabase> {
  let sqlite;
  try {
    sqlite = openEncryptedDatabase(path, dataKey, options);
  } catch (error) {
    if (error instanceof NativeModuleError) throw new AppError('NATIVE_MODULE', msg('msg.error.vault.nativeModule', { cause: error.message }));
    if (error instanceof DatabaseOpenError && error.reason === 'not-a-database') {
      throw new AppError('VAULT_CORRUPT', msg('msg.error.vault.databaseKeyMismatch', { path }));
    }
    const folder = vaultFolderError(error, dirname(path));
    if (folder instanceof AppError) throw folder;
    throw new AppError('VAULT_CORRUPT', msg('msg.error.vault.databaseUnopenable', { path, cause: error instanceof Error ? error.message : String(error) }));
  }
  const db = createKysely(sqlite);
  try {
    await migrateToLatest(db);
    if (options.create) {
      await db.insertInto('vault_meta').values({ key: 'vault_id', value: vaultId }).execute();
    }
    const stored = await db.selectFrom('vault_meta').select('value').where('key', '=', 'vault_id').executeTakeFirst();
    if (stored?.value !== vaultId) {
      throw new AppError('VAULT_CORRUPT', msg('msg.error.vault.databaseForeign', { path }));
    }
  } catch (error) {
    await db.destroy();
    if (error instanceof DatabaseFromFutureError) throw new AppError('VAULT_FROM_FUTURE', msg('msg.error.vault.databaseFromFuture', { schema: error.unknownMigrations.at(-1) ?? '' }));
    throw error;
  }
  return {
    db,
    close: async () => {
      // SQLite's advice for long-lived connections: refresh the planner's statistics on close.
      await sql`PRAGMA optimize`.execute(db);
      await db.destroy();
    },
  };
}
