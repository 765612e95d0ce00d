import type { ParseArgsConfig } from 'node:util';
import { renderText, type CoreLanguage, type Message } from '../core/i18n';
import type { CliText } from './cli-text';

/** A CLI usage error: bad flags or values, as a catalogue message so it reads in the user's language. Exits with code 2. */
export class UsageError extends Error {
  constructor(readonly detail: Message) {
    super(renderText('en', detail));
    this.name = 'UsageError';
  }
}

export type OptionSpec = NonNullable<ParseArgsConfig['options']>;

/** What a command receives: its parsed flags and positionals, and the output helpers. */
export interface CommandContext {
  values: Record<string, string | boolean | string[] | boolean[] | undefined>;
  positionals: string[];
  json: boolean;
  /** Prints the result: `data` as JSON with --json, otherwise `human` (a string or lines). */
  print(data: unknown, human: string | string[]): void;
  /** A line of progress on stderr (never on stdout, so --json output stays clean). */
  progress(message: string): void;
  /** The vault folder from --vault or DPO_DESK_VAULT; a usage error when neither is set. */
  vaultDir(): string;
  /** A secret from the environment variable, or asked on a terminal without echo; never an argument. */
  secret(envName: string, prompt: string): Promise<string>;
  /** The environment the CLI runs in (injected, so tests run in-process). */
  env: NodeJS.ProcessEnv;
  /** Standard input as text (for `--facts -`). */
  readStdin(): Promise<string>;
  /** The CLI's text in the reader's language: `--lang`, else the vault's letter language once read, else the OS locale. */
  text(): CliText;
  /** Takes the vault's letter language for what follows (errors included), unless `--lang` says otherwise. */
  useVaultLanguage(language: CoreLanguage | null): void;
}

/**
 * One CLI command. `path` is its words (`['vault', 'init']`); `options` are its own flags
 * (the global --json, --vault, --lang and --help are added for every command). Its summary and
 * help lines are in the catalogue, `msg.cli.help.<path joined by ->.summary` and `.details`.
 */
export interface Command {
  path: string[];
  /** The synopsis shown by --help, e.g. `deadline --regime R --type T --received YYYY-MM-DD`. */
  usage: string;
  /** Values the catalogue's help text interpolates: lists of valid values, variable names. */
  helpParams?: Record<string, string>;
  options?: OptionSpec;
  /** How many positionals the command takes (default 0). */
  positionals?: { min: number; max: number; names: string[] };
  run(ctx: CommandContext): Promise<void>;
}

/** The catalogue id of a command's help: its words joined by `-` (`team-user-add`). */
export function helpId(command: Pick<Command, 'path'>): string {
  return command.path.join('-');
}
