import { existsSync } from 'node:fs';
import { appendAuditEvent } from '../audit/append-audit-event';
import { AppError } from '../errors';
import { msg } from '../i18n';
import { openVaultDatabase } from '../vault/open-database';
import type { BackupManifest } from './backup-manifest';
import type { VerifiedCopy } from './verify-vault-copy';

/** Who restores, when, and whether a vault was there to keep aside: the facts of the `vault.restored` event. */
export interface RestoreFacts {
  actor: string;
  now: Date;
  previousVaultKept: boolean;
}

/**
 * Appends the `vault.restored` event to the verified staged copy of a backup, before the
 * swap begins. The event therefore travels inside the database that is swapped in: a
 * restore finished normally and one finished after a crash by the repair on the next
 * opening (which holds no key and so could write nothing) record the same event, and a
 * restore abandoned before its swap plan was written leaves no trace in any vault. The
 * connection is closed before returning, so SQLite has folded its WAL into the database
 * file; a WAL left beside it would be lost by the swap, which moves only the database, so
 * that is refused. Returns the chain's new length and head.
 */
export async function recordRestore(database: string, dataKey: Buffer, manifest: BackupManifest, facts: RestoreFacts): Promise<VerifiedCopy> {
  const staged = await openVaultDatabase(database, dataKey, manifest.vaultId, { create: false, now: facts.now });
  let head;
  try {
    const data = { backupTakenAt: manifest.takenAt, backupHeadHash: manifest.headHash, previousVaultKept: facts.previousVaultKept };
    await appendAuditEvent(staged.db, { actor: facts.actor, action: 'vault.restored', entityType: 'vault', entityId: manifest.vaultId, data }, facts.now);
    head = await staged.db.selectFrom('audit_events').select(['seq', 'hash']).orderBy('seq', 'desc').limit(1).executeTakeFirstOrThrow();
  } finally {
    await staged.close();
  }
  if (existsSync(`${database}-wal`)) throw new AppError('CONFLICT', msg('msg.error.backup.stagedWal', { path: database }));
  return { eventCount: head.seq, headHash: head.hash };
}
