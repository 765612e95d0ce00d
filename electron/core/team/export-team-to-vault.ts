import type { Kysely } from 'kysely';
import { openRow } from '../../../db/confidential/seal-row';
import { copyTable, COPY_TABLES, countRows } from '../../../db/copy-tables';
import type { Database } from '../../../db/schema';
import { appendAuditEvent } from '../audit/append-audit-event';
import { statesSinceTrail } from '../audit/states-since-trail';
import { verifyAuditChain } from '../audit/verify-audit-chain';
import type { VaultVerification } from '../audit/verify-vault';
import { AppError } from '../errors';
import { msg, type Message } from '../i18n';
import type { VaultSession } from '../vault/vault-session';
import type { OnCopyProgress } from './table-progress';
import { heldTeamKey } from './team-data-key';
import { fieldSealAppError } from './field-errors';
import { FieldSealError } from '../../../db/confidential/field-seal';

/** What the new vault holds. */
export interface TeamExported {
  vault: string;
  recoveryKey: string;
  /** Rows per table in the new vault (its own `vault_meta` keys aside). */
  rows: Record<string, number>;
  /** `audit verify` of the new vault: the chain, every case's state and every file's hash. */
  verification: VaultVerification;
}

/**
 * `team export --to DIR`: a new local encrypted vault holding everything the team database
 * holds (any member may run it; each reads every table). The team's trail must verify
 * first. Every table is copied row for row in one SQLite transaction, then one event,
 * `vault.created-from-team`, closes the trail with the team's head hash and commits to
 * the case states the rows arrived with (the team's own events commit to none). The new
 * vault is then verified as `audit verify` does; it is not kept unless whole.
 */
export async function exportTeamToVault(team: Kysely<Database>, session: VaultSession, passphrase: string, progress: OnCopyProgress = () => undefined): Promise<TeamExported> {
  const source = await verifyAuditChain(team);
  if (!source.ok) throw new AppError('CONFLICT', msg('msg.error.team.export.teamChainBroken', { seq: source.firstBreak?.seq ?? 0, reason: source.firstBreak ? [source.firstBreak.detail] : '' }));
  const dataKey = heldTeamKey(team);
  const open = (table: keyof Database, row: Record<string, unknown>) => {
    try {
      return openRow(table, row, dataKey);
    } catch (error) {
      throw error instanceof FieldSealError ? fieldSealAppError(error) : error;
    }
  };
  const rows: Record<string, number> = {};
  const { recoveryKey } = await session.create(passphrase, async (made, { vaultId, actor, now }) => {
    // One transaction of the connection's own: the copy is the trail's past arriving, not a
    // change for the state tracker (which arms on the first Kysely transaction) to seal.
    made.sqlite.exec('BEGIN');
    try {
      for (const table of COPY_TABLES) {
        const total = await countRows(team, table);
        rows[table] = await copyTable(team, made.db, table, (copied) => progress({ table, copied, total }), open);
      }
      made.sqlite.exec('COMMIT');
    } catch (error) {
      made.sqlite.exec('ROLLBACK');
      throw error;
    }
    const data = { events: source.eventCount, headHash: source.headHash };
    await appendAuditEvent(made.db, { actor, action: 'vault.created-from-team', entityType: 'vault', entityId: vaultId, data, states: statesSinceTrail(made.sqlite) }, now);
  });
  const verification = await session.verify();
  if (!verification.ok || verification.dataBreaks.length > 0) {
    await session.lock('user');
    throw new AppError('INTERNAL', msg('msg.error.team.export.vaultCheck', { dir: session.files.dir, reason: breakDetails(verification) }));
  }
  return { vault: session.files.dir, recoveryKey, rows, verification };
}

/** The first break of a verification as a message list for a sentence (empty when there is none). */
function breakDetails(verification: { firstBreak: { detail: Message } | null; dataBreaks: readonly { detail: Message }[] }): Message[] {
  const first = verification.firstBreak ?? verification.dataBreaks[0];
  return first ? [first.detail] : [];
}
