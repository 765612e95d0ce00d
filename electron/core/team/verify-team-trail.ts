import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema';
import { verifyAuditChain } from '../audit/verify-audit-chain';
import { withGivenHead, type VaultVerification } from '../audit/verify-vault';

/**
 * `audit verify` on a team server, for any member (an auditor included: every role reads the
 * trail): the hash chain link by link and, with `givenHead`, that the head quoted on an earlier
 * report is still in it. The server's append-only triggers and grants keep the trail; case-state
 * commitments and the header checkpoint are the local vault's, so no case data or file is
 * compared here (`caseGroupsChecked` and `filesChecked` stay 0).
 */
export async function verifyTeamTrail(db: Kysely<Database>, givenHead?: string): Promise<VaultVerification> {
  const chain = await verifyAuditChain(db);
  const result: VaultVerification = { ...chain, checkpointLength: null, givenHeadSeq: null, caseGroupsChecked: 0, filesChecked: 0, dataBreaks: [] };
  if (!chain.ok) return result;
  return withGivenHead(db, result, givenHead);
}
