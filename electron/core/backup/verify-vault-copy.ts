import { sql } from 'kysely';
import { DatabaseOpenError, openEncryptedDatabase } from '../../../db/connection';
import { createKysely } from '../../../db/kysely';
import { verifyAuditChain } from '../audit/verify-audit-chain';
import { AppError } from '../errors';
import { msg } from '../i18n';

/** What a verified copy of a vault holds. */
export interface VerifiedCopy {
  eventCount: number;
  headHash: string;
}

/**
 * Proves that a copy of a vault database is usable before anyone relies on it: it opens
 * with the data key, SQLite's `integrity_check` says ok, it belongs to the vault `vaultId`
 * and its audit chain is intact. Any failure is a VAULT_CORRUPT naming the file.
 */
export async function verifyVaultCopy(path: string, dataKey: Buffer, vaultId: string): Promise<VerifiedCopy> {
  let sqlite;
  try {
    sqlite = openEncryptedDatabase(path, dataKey, { create: false });
  } catch (error) {
    const why = error instanceof DatabaseOpenError && error.reason === 'not-a-database' ? 'the key does not open it' : 'it cannot be opened';
    throw new AppError('VAULT_CORRUPT', msg('msg.error.backup.copyUnusable', { path, cause: why }));
  }
  const db = createKysely(sqlite);
  try {
    const check = await sql<{ integrity_check: string }>`PRAGMA integrity_check`.execute(db);
    const verdict = check.rows.map((row) => row.integrity_check).join('; ');
    if (verdict !== 'ok') throw new AppError('VAULT_CORRUPT', msg('msg.error.backup.copyIntegrity', { path, cause: verdict.slice(0, 200) }));
    const stored = await db.selectFrom('vault_meta').select('value').where('key', '=', 'vault_id').executeTakeFirst();
    if (stored?.value !== vaultId) throw new AppError('VAULT_CORRUPT', msg('msg.error.backup.copyForeign', { path }));
    const chain = await verifyAuditChain(db);
    if (!chain.ok) throw new AppError('VAULT_CORRUPT', msg('msg.error.backup.copyChain', { path, seq: chain.firstBreak?.seq ?? '—', cause: chain.firstBreak ? [chain.firstBreak.detail] : '' }));
    return { eventCount: chain.eventCount, headHash: chain.headHash };
  } finally {
    await db.destroy();
  }
}
