import type { HandlersOf } from '../../shared/contract/define-channel';
import type { retentionChannels } from '../../shared/contract/retention';
import { organisationToday } from '../calendar/organisation-today';
import { deleteClosedCases } from '../retention/delete-closed-cases';
import { retentionProposals } from '../retention/retention-proposals';
import { deleteRetentionRule, listRetentionRules, markRuleReviewed, saveRetentionRule } from '../retention/retention-rules';
import type { VaultSession } from '../vault/vault-session';

/**
 * The retention register over the vault session (each change answers the whole register,
 * reviews default to the organisation's today) and the vault's own retention of closed cases.
 */
export function retentionHandlers(session: VaultSession, now: () => Date): HandlersOf<typeof retentionChannels> {
  const today = async () => (await organisationToday(session.db(), now())).today;
  return {
    'retention.rules': async () => listRetentionRules(session.db()),
    'retention.saveRule': async ({ id, rule }) => {
      await saveRetentionRule(session.db(), id, rule, await today(), session.actor, now());
      return listRetentionRules(session.db());
    },
    'retention.deleteRule': async ({ id }) => {
      await deleteRetentionRule(session.db(), id, session.actor, now());
      return listRetentionRules(session.db());
    },
    'retention.markReviewed': async ({ id, on }) => {
      await markRuleReviewed(session.db(), id, on ?? (await today()), session.actor, now());
      return listRetentionRules(session.db());
    },
    'retention.proposals': async () => retentionProposals(session.db(), now()),
    'retention.deleteCases': async (input) => deleteClosedCases(session.db(), input, session.actor, now()),
  };
}
