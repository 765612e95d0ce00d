import { parseArgs } from 'node:util';
import { isAppError } from '../core/errors';
import { renderText } from '../core/i18n';
import { roleRefusalError } from '../core/team/role-refusal-error';
import { requireLangFlag } from './cli-language';
import { UsageError, type Command, type CommandContext } from './command';
import { promptSecret } from './prompt-secret';

const globalOptions = {
  json: { type: 'boolean' },
  vault: { type: 'string' },
  lang: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  env: NodeJS.ProcessEnv;
  isTty: boolean;
  readStdin: () => Promise<string>;
}

function findCommand(commands: Command[], argv: string[]): { command: Command; rest: string[] } | undefined {
  const sorted = [...commands].sort((a, b) => b.path.length - a.path.length);
  for (const command of sorted) {
    if (command.path.every((word, i) => argv[i] === word)) {
      return { command, rest: argv.slice(command.path.length) };
    }
  }
  return undefined;
}

function overview(commands: Command[]): string {
  const width = Math.max(...commands.map((c) => c.path.join(' ').length));
  return [
    'DPO Desk command line',
    '',
    'Usage: npm run --silent cli -- <command> [options]',
    '',
    'Commands:',
    ...commands.map((c) => `  ${c.path.join(' ').padEnd(width)}  ${c.summary}`),
    '',
    'Global options: --json (machine output on stdout), --vault DIR (or DPO_DESK_VAULT), --lang en|it (the language of errors), --help',
    'With DPO_DESK_DATABASE_URL=postgres://login@host/database and no --vault, the case commands work on the team server as that member.',
    'Secrets come from DPO_DESK_PASSPHRASE or a prompt on a terminal, never from arguments.',
    'Exit codes: 0 ok, 1 error, 2 usage error.',
  ].join('\n');
}

function commandHelp(command: Command): string {
  return [
    `Usage: npm run --silent cli -- ${command.usage}`,
    '',
    command.summary,
    ...(command.details && command.details.length > 0 ? ['', ...command.details] : []),
    '',
    'Global options: --json, --vault DIR, --lang en|it, --help',
  ].join('\n');
}

/**
 * Runs one CLI invocation and returns its exit code: 0 ok, 1 error (one line on stderr),
 * 2 usage error. All output goes through `io`, so tests can run it in-process.
 */
export async function runCli(commands: Command[], argv: string[], io: CliIo): Promise<number> {
  if (argv.length === 0 || argv[0] === '--help' || argv[0] === '-h' || argv[0] === 'help') {
    io.stdout(overview(commands) + '\n');
    return argv.length === 0 ? 2 : 0;
  }
  const found = findCommand(commands, argv);
  if (!found) {
    io.stderr(`Unknown command: ${argv.filter((a) => !a.startsWith('-')).join(' ')}. Run with --help to list the commands.\n`);
    return 2;
  }
  const { command, rest } = found;
  let json = false;
  let italian = false;
  try {
    const parsed = parseArgs({
      args: rest,
      options: { ...globalOptions, ...command.options },
      allowPositionals: true,
      strict: true,
    });
    json = parsed.values.json === true;
    italian = requireLangFlag((parsed.values as Record<string, unknown>).lang) === 'it';
    if (parsed.values.help === true) {
      io.stdout(commandHelp(command) + '\n');
      return 0;
    }
    const limits = command.positionals ?? { min: 0, max: 0, names: [] };
    if (parsed.positionals.length < limits.min || parsed.positionals.length > limits.max) {
      throw new UsageError(
        limits.max === 0
          ? `Unexpected argument: ${parsed.positionals.join(' ')}`
          : `Expected ${limits.names.join(' ')}; see --help`,
      );
    }
    const ctx: CommandContext = {
      values: parsed.values,
      positionals: parsed.positionals,
      json,
      print(data, human) {
        io.stdout(json ? JSON.stringify(data, null, 2) + '\n' : (Array.isArray(human) ? human.join('\n') : human) + '\n');
      },
      progress(message) {
        io.stderr(message + '\n');
      },
      vaultDir() {
        const dir = (parsed.values.vault as string | undefined) ?? io.env.DPO_DESK_VAULT;
        if (!dir) throw new UsageError('No vault given: pass --vault DIR or set DPO_DESK_VAULT');
        return dir;
      },
      async secret(envName, prompt) {
        const fromEnv = io.env[envName];
        if (fromEnv) return fromEnv;
        if (!io.isTty) throw new UsageError(`Set ${envName}; secrets are never taken as arguments`);
        return promptSecret(prompt);
      },
      env: io.env,
      readStdin: io.readStdin,
    };
    await command.run(ctx);
    return 0;
  } catch (error) {
    if (error instanceof UsageError || (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS'))) {
      io.stderr(`Usage error: ${error.message}\n`);
      return 2;
    }
    const known = isAppError(error) ? error : roleRefusalError(error);
    if (known) {
      // A command run with --lang it reads its refusals in Italian; otherwise English, as scripts expect.
      io.stderr(italian ? `Errore: ${renderText('it', known.detail)}\n` : `Error: ${known.message}\n`);
      return 1;
    }
    io.stderr(`Error: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
}
