import { parseArgs } from 'node:util';
import { isAppError } from '../core/errors';
import { msg, renderText, type CoreLanguage, type Message } from '../core/i18n';
import { roleRefusalError } from '../core/team/role-refusal-error';
import { commandHelp, overview } from './cli-help';
import { languageBeforeParsing, requireLangFlag } from './cli-language';
import { cliText } from './cli-text';
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

function isParseError(error: unknown): error is TypeError & { code: string } {
  return error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS');
}

/** The parser's refusal as a catalogue message: the option it names and what is wrong with it. */
function parseProblem(error: TypeError & { code: string }): Message {
  const option = /'(-[^' ]*)/.exec(error.message)?.[1] ?? '';
  if (error.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return msg('msg.cli.main.unknownOption', { option });
  if (error.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    return msg(error.message.includes('does not take') ? 'msg.cli.main.noValue' : 'msg.cli.main.needsValue', { option });
  }
  return msg('msg.cli.main.unexpected', { args: /'([^']*)'/.exec(error.message)?.[1] ?? '' });
}

/**
 * Runs one CLI invocation and returns its exit code: 0 ok, 1 error (one line on stderr),
 * 2 usage error. All output goes through `io`, so tests can run it in-process. Human text is
 * in `--lang`, else the vault's letter language once a command has read it, else the OS locale.
 */
export async function runCli(commands: Command[], argv: string[], io: CliIo): Promise<number> {
  const first = cliText(languageBeforeParsing(argv, io.env));
  if (argv.length === 0 || argv[0] === '--help' || argv[0] === '-h' || argv[0] === 'help') {
    io.stdout(overview(commands, first) + '\n');
    return argv.length === 0 ? 2 : 0;
  }
  const found = findCommand(commands, argv);
  if (!found) {
    io.stderr(first.t('msg.cli.main.unknownCommand', { command: argv.filter((a) => !a.startsWith('-')).join(' ') }) + '\n');
    return 2;
  }
  const { command, rest } = found;
  let language: CoreLanguage = first.language;
  try {
    const parsed = parseArgs({
      args: rest,
      options: { ...globalOptions, ...command.options },
      allowPositionals: true,
      strict: true,
    });
    const flag = requireLangFlag(parsed.values.lang);
    const json = parsed.values.json === true;
    if (parsed.values.help === true) {
      io.stdout(commandHelp(command, first) + '\n');
      return 0;
    }
    const limits = command.positionals ?? { min: 0, max: 0, names: [] };
    if (parsed.positionals.length < limits.min || parsed.positionals.length > limits.max) {
      throw new UsageError(
        limits.max === 0
          ? msg('msg.cli.main.unexpected', { args: parsed.positionals.join(' ') })
          : msg('msg.cli.main.expected', { names: limits.names.join(' ') }),
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
        if (!dir) throw new UsageError(msg('msg.cli.main.noVault'));
        return dir;
      },
      async secret(envName, prompt) {
        const fromEnv = io.env[envName];
        if (fromEnv) return fromEnv;
        if (!io.isTty) throw new UsageError(msg('msg.cli.main.setSecret', { name: envName }));
        return promptSecret(prompt);
      },
      env: io.env,
      readStdin: io.readStdin,
      text: () => cliText(language),
      useVaultLanguage(vaultLanguage) {
        language = flag ?? vaultLanguage ?? language;
      },
    };
    await command.run(ctx);
    return 0;
  } catch (error) {
    const x = cliText(language);
    if (error instanceof UsageError || isParseError(error)) {
      const text = renderText(language, error instanceof UsageError ? error.detail : parseProblem(error));
      io.stderr(x.t('msg.cli.main.usageError', { message: text }) + '\n');
      return 2;
    }
    const known = isAppError(error) ? error : roleRefusalError(error);
    if (known) {
      io.stderr(x.t('msg.cli.main.error', { message: language === 'en' ? known.message : renderText(language, known.detail) }) + '\n');
      return 1;
    }
    io.stderr(x.t('msg.cli.main.error', { message: error instanceof Error ? error.message : String(error) }) + '\n');
    return 1;
  }
}
