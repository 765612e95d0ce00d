import { DISPATCH_CHANNELS, documentSentSchema, type DocumentSummary } from '../../shared/document-contract';
import { REFUSAL_GROUNDS } from '../../shared/requests';
import { caseDocuments } from '../../core/documents/letter-service';
import { recordDocumentSent } from '../../core/documents/letter-dispatch';
import { UsageError, type Command } from '../command';
import { withWorkSession } from '../work-session';
import { vaultCliText, type CliText } from '../cli-text';
import { formatCivilDate } from '../../shared/pure/i18n/format';
import { reportCodeLabel } from '../code-labels';
import { describeZodError } from '../../core/api/zod-issues';
import { msg, type Message } from '../../core/i18n';
import type { FieldIssue } from '../../shared/result';

const OPTION_OF: Record<string, string> = { sentOn: 'at', channel: 'channel', recipient: 'to', refusalGround: 'ground', reason: 'reason', outcome: 'close', reference: 'reference' };

/** A field's problem as a message naming its flag (`--at: …`), in the reader's language. */
function flagIssue(issue: FieldIssue): Message {
  const field = issue.path.split('.').at(-1) ?? '';
  const flag = OPTION_OF[field] ? `--${OPTION_OF[field]}` : issue.path;
  return msg('msg.cli.usage.flagProblem', { flag, problem: issue.detail ? [issue.detail] : issue.message });
}

/** The `close` part of the input from --close/--ground/--reason: the outcome is the one the letter gives. */
/** An outcome in words, as the audit report writes it (`Nessun dato detenuto (risposta data)`). */
const outcomeWords = (outcome: string, x: CliText) => reportCodeLabel(x.language, 'outcomes', outcome);

function closeInput(document: DocumentSummary, values: Record<string, unknown>, x: CliText): Record<string, unknown> {
  const plan = document.onSent?.close;
  if (!plan) throw new UsageError(msg('msg.cli.usage.cannotClose', { title: document.title }));
  const ground = typeof values.ground === 'string' ? values.ground : (plan.refusalGround ?? undefined);
  const reason = typeof values.reason === 'string' ? values.reason : x.t('msg.cli.letter.sentReason', { title: document.title, version: document.version, at: String(values.at) });
  return { outcome: plan.outcome, reason, ...(ground !== undefined ? { refusalGround: ground } : {}) };
}

export const letterSent: Command = {
  path: ['letter', 'sent'],
  helpParams: { channels: DISPATCH_CHANNELS.join(', '), grounds: REFUSAL_GROUNDS.join(', ') },
  usage: 'letter sent REF DOC_ID --at YYYY-MM-DD --channel C [--to NAME] [--reference REF] [--close [--ground G] [--reason TEXT]] [--breach] --vault DIR [--json]',
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
      const x = await vaultCliText(ctx, session.db());
      const documents = await caseDocuments(session.db(), caseType, ref);
      const document = documents.find((d) => d.id === documentId);
      if (!document) throw new UsageError(msg('msg.cli.usage.noDocument', { ref, id: documentId, ids: documents.map((d) => d.id).join(', ') || '—' }));
      const parsed = documentSentSchema.safeParse({
        documentId,
        sentOn: ctx.values.at,
        channel: ctx.values.channel,
        recipient: typeof ctx.values.to === 'string' ? ctx.values.to : (document.recipient ?? ''),
        ...(typeof ctx.values.reference === 'string' ? { reference: ctx.values.reference } : {}),
        ...(ctx.values.close === true ? { close: closeInput(document, ctx.values, x) } : {}),
      });
      if (!parsed.success) throw new UsageError(msg('msg.cli.usage.problems', { problems: describeZodError(parsed.error).issues.map((i) => flagIssue(i)) }));
      return { before: document, after: await recordDocumentSent(session.db(), parsed.data, session.actor, new Date()) };
    });
    const { before, after } = result;
    const last = after.dispatches.at(-1);
    const x = ctx.text();
    const sent = { at: last ? formatCivilDate(last.sentOn, x.language) : '', channel: last ? x.code('msg.cli.letter.channel', last.channel) : '' };
    const lines = [x.t('msg.cli.letter.sent', { title: after.title, ...sent, recipient: last?.recipient ?? '' })];
    if (before.onSent?.acknowledges) lines.push(x.t('msg.cli.letter.acknowledged', { ref }));
    if (ctx.values.close === true) lines.push(x.t('msg.cli.letter.closed', { ref, outcome: outcomeWords(before.onSent?.close?.outcome ?? '', x) }));
    else if (before.onSent?.close) lines.push(x.t('msg.cli.letter.stillOpen', { ref, outcome: outcomeWords(before.onSent.close.outcome, x) }));
    ctx.print(after, lines.join('\n'));
  },
};
