import { DISPATCH_CHANNELS, documentSentSchema } from '../../shared/document-contract';
import { caseDocuments } from '../../core/documents/letter-service';
import { recordDocumentSent } from '../../core/documents/letter-dispatch';
import { UsageError, type Command } from '../command';
import { withUnlockedVault } from '../open-vault';

export const letterSent: Command = {
  path: ['letter', 'sent'],
  summary: 'Record that a finalised letter or notice was sent: when, by which channel, to whom',
  usage: 'letter sent REF DOC_ID --at YYYY-MM-DD --channel C [--to NAME] [--breach] --vault DIR [--json]',
  details: [
    'REF       the request (or, with --breach, the breach) the document belongs to',
    'DOC_ID    the finalised document\'s id (`letter … --finalise` prints it)',
    '--at      the day it was sent, YYYY-MM-DD: not before the date it bears, not in the future',
    `--channel ${DISPATCH_CHANNELS.join(', ')}`,
    '--to      to whom (default: the recipient the letter names)',
  ],
  options: { at: { type: 'string' }, channel: { type: 'string' }, to: { type: 'string' }, breach: { type: 'boolean' } },
  positionals: { min: 2, max: 2, names: ['REF', 'DOC_ID'] },
  async run(ctx) {
    const [ref, documentId] = ctx.positionals as [string, string];
    const caseType = ctx.values.breach === true ? 'breach' : 'request';
    const result = await withUnlockedVault(ctx, async (session) => {
      const documents = await caseDocuments(session.db(), caseType, ref);
      const document = documents.find((d) => d.id === documentId);
      if (!document) throw new UsageError(`${ref} has no finalised document ${documentId}; its documents are: ${documents.map((d) => d.id).join(', ') || 'none'}`);
      const parsed = documentSentSchema.safeParse({ documentId, sentOn: ctx.values.at, channel: ctx.values.channel, recipient: typeof ctx.values.to === 'string' ? ctx.values.to : (document.recipient ?? '') });
      if (!parsed.success) throw new UsageError(parsed.error.issues.map((i) => `--${{ sentOn: 'at', channel: 'channel', recipient: 'to' }[String(i.path[0])] ?? i.path.join('.')}: ${i.message}`).join('; '));
      return recordDocumentSent(session.db(), parsed.data, session.actor, new Date());
    });
    const last = result.dispatches.at(-1);
    ctx.print(result, `Recorded: ${result.title} sent on ${last?.sentOn} by ${last?.channel} to ${last?.recipient}`);
  },
};
