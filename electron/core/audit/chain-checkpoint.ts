import { createHmac, hkdfSync, timingSafeEqual } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema';
import { breakReason, type BreakReason } from './break-reason';

/** The chain's length and head hash, kept outside the database and authenticated. */
export interface ChainCheckpoint {
  length: number;
  headHash: string;
  /** HMAC-SHA256 of length and head hash under a key derived from the vault's data key (base64). */
  mac: string;
}

function macKey(dataKey: Buffer, vaultId: string): Buffer {
  return Buffer.from(hkdfSync('sha256', dataKey, Buffer.alloc(0), `dpo-desk-chain-checkpoint:v1:${vaultId}`, 32));
}

function mac(dataKey: Buffer, vaultId: string, length: number, headHash: string): Buffer {
  const key = macKey(dataKey, vaultId);
  const out = createHmac('sha256', key).update(`${length}:${headHash}`).digest();
  key.fill(0);
  return out;
}

/**
 * The checkpoint of the chain as it stands: written into the vault header (outside the
 * database), so deleting the newest events — which the chain alone cannot reveal, since
 * what remains is still a valid chain — shows as a chain shorter than its checkpoint.
 */
export async function makeCheckpoint(db: Kysely<Database>, dataKey: Buffer, vaultId: string): Promise<ChainCheckpoint | null> {
  const last = await db.selectFrom('audit_events').select(['seq', 'hash']).orderBy('seq', 'desc').limit(1).executeTakeFirst();
  if (!last) return null;
  return { length: last.seq, headHash: last.hash, mac: mac(dataKey, vaultId, last.seq, last.hash).toString('base64') };
}

/**
 * Checks a checkpoint against the database: its MAC, and that the event at its length is
 * still there with its head hash (the chain may only have grown since). Returns the reason
 * it fails, or null when it holds.
 */
export async function checkCheckpoint(db: Kysely<Database>, checkpoint: ChainCheckpoint, dataKey: Buffer, vaultId: string): Promise<BreakReason | null> {
  const expected = mac(dataKey, vaultId, checkpoint.length, checkpoint.headHash);
  const given = Buffer.from(checkpoint.mac, 'base64');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    return breakReason('msg.audit.break.checkpointAltered');
  }
  const event = await db.selectFrom('audit_events').select('hash').where('seq', '=', checkpoint.length).executeTakeFirst();
  if (!event) return breakReason('msg.audit.break.newestDeleted', { seq: checkpoint.length });
  if (event.hash !== checkpoint.headHash) return breakReason('msg.audit.break.rewritten', { seq: checkpoint.length });
  return null;
}
