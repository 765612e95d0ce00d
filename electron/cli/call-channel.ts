import { createDispatch, parseInput } from '../core/api/dispatch';
import { handlerRegistry } from '../core/api/handler-registry';
import { AppError } from '../core/errors';
import { folderDestinations } from '../core/files/folder-destinations';
import type { VaultSession } from '../core/vault/vault-session';
import type { Channel, Output } from '../shared/contract';
import { msg, type Message } from '../shared/pure/i18n/message';
import type { FieldIssue } from '../shared/result';
import { hasKey } from '../core/i18n';
import { vaultCliText, type CliText } from './cli-text';
import { UsageError, type CommandContext } from './command';
import { withWorkSession } from './work-session';
import { firstIssue } from '../core/api/zod-issues';

/**
 * Runs one channel for a CLI command through the app's own registry and dispatch, so the
 * command line validates, refuses and audits exactly as the app does. `input` is the
 * command's flags mapped to the channel's fields, untyped as flags are: it is checked
 * with the channel's schema before the passphrase is asked (a bad flag is a usage error,
 * exit 2); an error of the service comes back as the app's `AppError` (exit 1), and an
 * unexpected one is rethrown as it was, since the CLI has no log file to point to. With
 * `DPO_DESK_DATABASE_URL` (and no `--vault`) it runs on the team server as that member (see
 * `withWorkSession`).
 */
export async function callChannel<C extends Channel>(ctx: CommandContext, channel: C, input: unknown): Promise<Output<C>> {
  checkFlags(channel, input);
  return withWorkSession(ctx, (session) => dispatchIn(session, channel, input));
}

/**
 * `callChannel` for a command that prints what it got in the reader's language: the
 * result with the CLI's text in `--lang`, else the vault's letter language, else the OS's.
 */
export async function callChannelWithText<C extends Channel>(
  ctx: CommandContext,
  channel: C,
  input: unknown,
): Promise<{ value: Output<C>; x: CliText }> {
  checkFlags(channel, input);
  return withWorkSession(ctx, async (session) => {
    const x = await vaultCliText(ctx, session.db());
    return { value: await dispatchIn(session, channel, input), x };
  });
}

function checkFlags(channel: Channel, input: unknown): void {
  const checked = parseInput(channel, input);
  if (!checked.ok) throw new UsageError(namedIssue(checked.error.issues ?? []));
}

/**
 * The first bad flag's problem, its field named as the request form (for a breach's facts, the
 * triage; for a breach's record, its register) labels it (`Interessato: Campo obbligatorio.` rather than `request.subjectName: …`);
 * a field with no label keeps its path.
 */
export function namedIssue(issues: readonly FieldIssue[]): Message {
  const problem = firstIssue(issues);
  const path = issues[0]?.path.split('.') ?? [];
  const field = path.at(-1) ?? '';
  const label = [path.includes('facts') ? `msg.triage.fact.${field}` : '', `msg.cli.request.field.${field}`, `msg.report.csv.breach.${field}`].find((key) => key !== '' && hasKey('en', key));
  return problem.key === 'msg.error.fieldProblem' && label ? msg(problem.key, { ...problem.params, path: [msg(label)] }) : problem;
}

async function dispatchIn<C extends Channel>(session: VaultSession, channel: C, input: unknown): Promise<Output<C>> {
  let unexpected: { error: unknown } | undefined;
  const dispatch = createDispatch(handlerRegistry(session, () => new Date(), 'cli', folderDestinations(process.cwd())), (error) => {
    unexpected = { error };
  });
  const result = await dispatch(channel, input);
  if (result.ok) return result.value as Output<C>;
  if (unexpected) throw unexpected.error;
  const { code, message, detail, issues } = result.error;
  throw new AppError(code, detail ?? msg('msg.error.problem', { problem: { en: message, it: message } }), issues);
}
