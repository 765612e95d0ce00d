import { z } from 'zod';
import { civilDateInput } from '../calendar';
import { deleteCasesSchema, retentionRuleSchema, type RetentionDeletion, type RetentionProposals, type RetentionRule } from '../retention';
import { channel, noInput } from './define-channel';

/** The retention register (each change answers the whole register) and the vault's own retention. */
export const retentionChannels = {
  'retention.rules': channel(noInput).returns<RetentionRule[]>(),
  'retention.saveRule': channel(z.object({ id: z.uuid().optional(), rule: retentionRuleSchema }).strict()).returns<RetentionRule[]>(),
  'retention.deleteRule': channel(z.object({ id: z.uuid() }).strict()).returns<RetentionRule[]>(),
  'retention.markReviewed': channel(
    z.object({ id: z.uuid(), on: civilDateInput.optional() }).strict(),
  ).returns<RetentionRule[]>(),
  'retention.proposals': channel(noInput).returns<RetentionProposals>(),
  'retention.deleteCases': channel(deleteCasesSchema).returns<RetentionDeletion>(),
};
