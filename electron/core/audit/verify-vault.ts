import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema';
import { checkCheckpoint, type ChainCheckpoint } from './chain-checkpoint';
import { verifyAuditChain, type AuditVerification } from './verify-audit-chain';

/** `audit verify`'s answer: the chain, the checkpoint kept outside the database, and a quoted head. */
export interface VaultVerification extends AuditVerification {
  /** The checkpoint in the header (length it pins), or null when none was written yet. */
  checkpointLength: number | null;
  /** The sequence number of the head hash given with `--head`, when one was given and found. */
  givenHeadSeq: number | null;
}

/**
 * Verifies the audit trail of an open vault: the hash chain itself, then the authenticated
 * checkpoint (catches deleted newest events), then, when `givenHead` is set, that the hash
 * quoted on an earlier report is still an event of this chain (so the trail has only grown
 * since that report). The first failure is reported as the break.
 */
export async function verifyVault(
  db: Kysely<Database>,
  keys: { dataKey: Buffer; vaultId: string; checkpoint: ChainCheckpoint | undefined },
  givenHead?: string,
): Promise<VaultVerification> {
  const chain = await verifyAuditChain(db);
  const result: VaultVerification = { ...chain, checkpointLength: keys.checkpoint?.length ?? null, givenHeadSeq: null };
  if (!chain.ok) return result;
  if (keys.checkpoint) {
    const reason = await checkCheckpoint(db, keys.checkpoint, keys.dataKey, keys.vaultId);
    if (reason) return { ...result, ok: false, firstBreak: { seq: keys.checkpoint.length, reason } };
  }
  if (givenHead !== undefined) {
    const event = await db.selectFrom('audit_events').select('seq').where('hash', '=', givenHead.toLowerCase()).executeTakeFirst();
    if (!event) {
      return { ...result, ok: false, firstBreak: { seq: chain.eventCount, reason: `the head hash ${givenHead} is not an event of this trail: the trail was rewritten since it was quoted, or it is another vault's` } };
    }
    result.givenHeadSeq = event.seq;
  }
  return result;
}
