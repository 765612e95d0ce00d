import { verifyAuditChain } from '../../core/audit/verify-audit-chain';
import { AppError } from '../../core/errors';
import type { Command } from '../command';
import { withUnlockedVault } from '../open-vault';

export const auditVerify: Command = {
  path: ['audit', 'verify'],
  summary: 'Check the hash chain of the audit trail and report the first broken link',
  usage: 'audit verify --vault DIR [--json]',
  details: ['Exit 0 when every event is intact, 1 when the chain is broken (the first break is named).'],
  async run(ctx) {
    const result = await withUnlockedVault(ctx, (session) => verifyAuditChain(session.db()));
    ctx.print(
      result,
      result.ok
        ? [`Audit trail intact: ${result.eventCount} events`, `Head hash: ${result.headHash}`]
        : [`Audit trail BROKEN at event ${result.firstBreak?.seq}: ${result.firstBreak?.reason}`, `Events verified before the break: ${result.eventCount}`],
    );
    if (!result.ok) throw new AppError('VAULT_CORRUPT', `The audit trail is broken at event ${result.firstBreak?.seq}`);
  },
};
