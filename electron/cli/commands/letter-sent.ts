import { DISPATCH_CHANNELS, documentSentSchema, type DocumentSummary } from '../../shared/document-contract';
import { REFUSAL_GROUNDS } from '../../shared/requests';
import { caseDocuments } from '../../core/documents/letter-service';
import { recordDocumentSent } from '../../core/documents/letter-dispatch';
import { UsageError, type Command } from '../command';
import { withWorkSession } from '../work-session';

const OPTION_OF: Record<string, string> = { sentOn: 'at', channel: 'channel', recipient: 'to', refusalGround: 'ground', reason: 'reason', outcome: 'close', reference: 'reference' };

/** The `close` part of the input from --close/--ground/--reason: the outcome is the one the letter gives. */
function closeInput(document: DocumentSummary, values: Record<string, unknown>): Record<string, unknown> {
  const plan = document.onSent?.close;
  if (!plan) throw new UsageError(`${document.title} cannot close its request: it is not a decision letter, or the request is already closed`);
  const ground = typeof values.ground === 'string' ? values.ground : (plan.refusalGround ?? undefined);
  const reason = typeof values.reason === 'string' ? values.reason : `${document.title} (v${document.version}) sent on ${String(values.at)}`;
  return { outcome: plan.outcome, reason, ...(ground !== undefined ? { refusalGround: ground } : {}) };
}

export const letterSent: Command = {
  path: ['letter', 'sent'],
  summary: 'Record that a finalised letter or notice was sent: when, by which channel, to whom',
  usage: 'letter sent REF DOC_ID --at YYYY-MM-DD --channel C [--to NAME] [--reference REF] [--close [--ground G] [--reason TEXT]] [--breach] --vault DIR [--json]',
  details: [
    'REF       the request (or, with --breach, the breach) the document belongs to',
    'DOC_ID    the finalised document\'s id (`letter … --finalise` prints it)',
    '--at      the day it was sent, YYYY-MM-DD: not before the date it bears, not in the future',
    `--channel ${DISPATCH_CHANNELS.join(', ')}`,
    '--to      to whom (default: the recipient the letter names)',
    '--reference  the recipient\'s reference for it, such as the Garante\'s protocol number (kept on the breach\'s notification)',
    '--close   a decision letter (access response, confirmation, refusal…): also close the open request as responded, with the outcome the letter gives',
    `--ground  with --close, the refusal ground when the letter refuses and the request has none: ${REFUSAL_GROUNDS.join(', ')}`,
    '--reason  with --close, the reason kept in the case history (default: the letter and the day it went)',
    'An acknowledgement letter sent records the acknowledgement of the request as well; a notification to the',
    'authority or a notice to the people affected sent records the breach\'s notification (Arts 33(5), 34).',
  ],
  options: {
    at: { type: 'string' },
    channel: { type: 'string' },
    to: { type: 'string' },
    reference: { type: 'string' },
    close: { type: 'boolean' },
    ground: { type: 'string' },
    reason: { type: 'string' },
    breach: { type: 'boolean' },
  },
  positionals: { min: 2, max: 2, names: ['REF', 'DOC_ID'] },
  async run(ctx) {
    const [ref, documentId] = ctx.positionals as [string, string];
    const caseType = ctx.values.breach === true ? 'breach' : 'request';
    const result = await withWorkSession(ctx, async (session) => {
      const documents = await caseDocuments(session.db(), caseType, ref);
      const document = documents.find((d) => d.id === documentId);
      if (!document) throw new UsageError(`${ref} has no finalised document ${documentId}; its documents are: ${documents.map((d) => d.id).join(', ') || 'none'}`);
      const parsed = documentSentSchema.safeParse({
        documentId,
        sentOn: ctx.values.at,
        channel: ctx.values.channel,
        recipient: typeof ctx.values.to === 'string' ? ctx.values.to : (document.recipient ?? ''),
        ...(typeof ctx.values.reference === 'string' ? { reference: ctx.values.reference } : {}),
        ...(ctx.values.close === true ? { close: closeInput(document, ctx.values) } : {}),
      });
      if (!parsed.success) throw new UsageError(parsed.error.issues.map((i) => `--${OPTION_OF[String(i.path.at(-1))] ?? i.path.join('.')}: ${i.message}`).join('; '));
      return { before: document, after: await recordDocumentSent(session.db(), parsed.data, session.actor, new Date()) };
    });
    const { before, after } = result;
    const last = after.dispatches.at(-1);
    const lines = [`Recorded: ${after.title} sent on ${last?.sentOn} by ${last?.channel} to ${last?.recipient}`];
    if (before.onSent?.acknowledges) lines.push(`Receipt of ${ref} is now recorded as acknowledged with this letter.`);
    if (ctx.values.close === true) lines.push(`${ref} is closed as responded (${before.onSent?.close?.outcome ?? ''}).`);
    else if (before.onSent?.close) lines.push(`${ref} is still open: add --close to close it as responded (${before.onSent.close.outcome}) with this letter.`);
    ctx.print(after, lines.join('\n'));
  },
};
