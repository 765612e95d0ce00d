import type { ParseArgsConfig } from 'node:util';

/** A CLI usage error: bad flags or values. Exits with code 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
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
  /** A secret from the environment variable, or asked on a TTY without echo; never an argument. */
  secret(envName: string, prompt: string): Promise<string>;
  /** The environment the CLI runs in (injected, so tests run in-process). */
  env: NodeJS.ProcessEnv;
  /** Standard input as text (for `--facts -`). */
  readStdin(): Promise<string>;
}

/**
 * One CLI command. `path` is its words (`['vault', 'init']`); `options` are its own flags
 * (the global --json, --vault and --help are added for every command).
 */
export interface Command {
  path: string[];
  summary: string;
  /** The synopsis shown by --help, e.g. `deadline --regime R --type T --received YYYY-MM-DD`. */
  usage: string;
  /** Extra help lines: what each flag means, valid values, examples. */
  details?: string[];
  options?: OptionSpec;
  /** How many positionals the command takes (default 0). */
  positionals?: { min: number; max: number; names: string[] };
  run(ctx: CommandContext): Promise<void>;
}
