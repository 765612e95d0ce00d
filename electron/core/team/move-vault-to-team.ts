import type { Kysely, Transaction } from 'kysely';
import { sealRow } from '../../../db/confidential/seal-row';
import { copyTable, COPY_TABLES, countRows } from '../../../db/copy-tables';
import { advanceIdentitySequences } from '../../../db/postgres/identity-sequences';
import { migratePostgresToLatest, publicTableCount } from '../../../db/postgres/migrate-postgres';
import { insertTeamKey } from '../../../db/postgres/team-keys';
import { insertTeamMember, sessionLogin } from '../../../db/postgres/team-members';
import type { Database } from '../../../db/schema';
import { appendAuditEvent } from '../audit/append-audit-event';
import type { AuditVerification } from '../audit/chain-walk';
import { verifyAuditChain } from '../audit/verify-audit-chain';
import { AppError } from '../errors';
import { msg } from '../i18n';
import type { OnCopyProgress } from './table-progress';
import { newTeamDataKey, wrapTeamKeyFor } from './team-data-key';
import { withTeamErrors } from './team-errors';
import type { NewTeamMemberInput } from './team-members';

/** What arrived on the team server. */
export interface VaultMoved {
  /** Rows per table, as counted on the team server after the copy (equal to the vault's). */
  rows: Record<string, number>;
  /** The team's trail: the vault's events, then the move's own two (the first DPO, the import). */
  chain: AuditVerification;
  owner: string;
  dpo: string;
}

/**
 * Copies every table, its confidential columns sealed with the new team data key on the way,
 * and checks, before anything commits, that each holds on the server what it held in the vault.
 */
async function copyEveryTable(vault: Kysely<Database>, trx: Transaction<Database>, dataKey: Buffer, progress: OnCopyProgress): Promise<Record<string, number>> {
  const rows: Record<string, number> = {};
  for (const table of COPY_TABLES) {
    const total = await countRows(vault, table);
    await copyTable(
      vault,
      trx,
      table,
      (copied) => progress({ table, copied, total }),
      (name, row) => sealRow(name, row, dataKey),
    );
    rows[table] = await countRows(trx, table);
    if (rows[table] !== total) throw new AppError('INTERNAL', msg('msg.error.team.move.countDiffers', { table, expected: total, found: rows[table] }));
  }
  await advanceIdentitySequences(trx);
  return rows;
}

/**
 * `vault migrate --to postgres://…`: moves a local vault into a new team database, in one
 * PostgreSQL transaction run by the database's owner. The vault's trail must verify first;
 * the target must hold no tables at all. The schema, roles and grants are created, every
 * table is copied row for row (files and the audit trail included, each event as it was
 * hashed; notes, descriptions, letters and files sealed with a new team data key, which is
 * kept only wrapped for the first DPO), the first DPO is added, and an event records the
 * import with the vault's head hash. The whole chain is verified on the server before the commit: on any failure the
 * server is left as it was. The vault itself is only read.
 */
export async function moveVaultToTeam(
  vault: Kysely<Database>,
  team: Kysely<Database>,
  firstDpo: NewTeamMemberInput & { role: 'dpo' },
  now: Date,
  progress: OnCopyProgress = () => undefined,
): Promise<VaultMoved> {
  const source = await verifyAuditChain(vault);
  if (!source.ok) throw new AppError('CONFLICT', msg('msg.error.team.move.vaultChainBroken', { seq: source.firstBreak?.seq ?? 0, reason: source.firstBreak ? [source.firstBreak.detail] : '' }));
  const tables = await publicTableCount(team);
  if (tables > 0) throw new AppError('CONFLICT', msg('msg.error.team.move.targetNotEmpty', { count: tables }));
  const dataKey = newTeamDataKey();
  const wrapped = await wrapTeamKeyFor(dataKey, firstDpo.login, firstDpo.password, now);
  return withTeamErrors(firstDpo.login, () =>
    team.transaction().execute(async (trx) => {
      await migratePostgresToLatest<Database>(trx);
      const rows = await copyEveryTable(vault, trx, dataKey, progress);
      const owner = await sessionLogin(trx);
      await insertTeamMember(trx, firstDpo, now);
      await insertTeamKey(trx, wrapped);
      await appendAuditEvent(trx, { actor: owner, action: 'team.member-added', entityType: 'team-member', entityId: firstDpo.login, data: { role: 'dpo' } }, now);
      const vaultId = await trx.selectFrom('vault_meta').select('value').where('key', '=', 'vault_id').executeTakeFirst();
      const data = { vaultId: vaultId?.value ?? null, events: source.eventCount, headHash: source.headHash };
      await appendAuditEvent(trx, { actor: owner, action: 'team.vault-imported', entityType: 'vault', entityId: vaultId?.value ?? null, data }, now);
      const chain = await verifyAuditChain(trx);
      if (!chain.ok || chain.eventCount !== source.eventCount + 2) {
        throw new AppError('INTERNAL', msg('msg.error.team.move.chainOnArrival', { seq: chain.firstBreak?.seq ?? chain.eventCount, reason: chain.firstBreak ? [chain.firstBreak.detail] : '' }));
      }
      return { rows, chain, owner, dpo: firstDpo.login };
    }),
  ).finally(() => dataKey.fill(0));
}
