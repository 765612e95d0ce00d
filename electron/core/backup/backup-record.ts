import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema';
import { appendAuditEvent } from '../audit/append-audit-event';
import type { WrittenBackup } from './write-backup';

const LAST_GOOD_KEY = 'backup.last_good_at';

/**
 * Records a verified backup in the vault: the time of the last good backup (shown in
 * Settings and on Today) and an audit event naming the backup and the chain head it holds,
 * in one transaction. The folder the backup went to is not recorded (it may name a person).
 */
export async function recordBackup(db: Kysely<Database>, actor: string, written: WrittenBackup, now: Date): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('vault_meta')
      .values({ key: LAST_GOOD_KEY, value: now.toISOString() })
      .onConflict((oc) => oc.column('key').doUpdateSet({ value: now.toISOString() }))
      .execute();
    await appendAuditEvent(
      trx,
      {
        actor,
        action: 'vault.backup-created',
        entityType: 'vault',
        entityId: written.manifest.vaultId,
        data: { name: written.name, eventCount: written.manifest.eventCount, headHash: written.manifest.headHash, databaseSha256: written.manifest.databaseSha256 },
      },
      now,
    );
  });
}

/** When the last verified backup was taken (ISO instant), or null when there was none. */
export async function lastGoodBackupAt(db: Kysely<Database>): Promise<string | null> {
  const row = await db.selectFrom('vault_meta').select('value').where('key', '=', LAST_GOOD_KEY).executeTakeFirst();
  return row?.value ?? null;
}
