import { msg, type CoreLanguage } from '../core/i18n';
import { UsageError } from './command';

/** The languages the CLI speaks. */
export const CLI_LANGUAGES: readonly CoreLanguage[] = ['en', 'it'];

/** The language of the OS locale as POSIX tells it (LC_ALL, then LC_MESSAGES, then LANG): Italian for `it_*`, else English. */
export function languageFromEnv(env: NodeJS.ProcessEnv): CoreLanguage {
  const tag = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return tag.toLowerCase().startsWith('it') ? 'it' : 'en';
}

/**
 * The language a command writes in: `--lang` when given (refused unless en or it), else the
 * vault's setting when the command has a vault, else the OS locale.
 */
export function resolveCliLanguage(flag: unknown, vaultLanguage: CoreLanguage | null, env: NodeJS.ProcessEnv): CoreLanguage {
  return requireLangFlag(flag) ?? vaultLanguage ?? languageFromEnv(env);
}

/** `--lang` as given (en or it), or undefined when absent; a usage error for any other value, before a vault is opened. */
export function requireLangFlag(flag: unknown): CoreLanguage | undefined {
  if (flag === undefined || flag === 'en' || flag === 'it') return flag;
  throw new UsageError(msg('msg.cli.main.badLang', { value: String(flag), valid: CLI_LANGUAGES.join(', ') }));
}

/**
 * The language of text written before the flags are parsed (the command list, an unknown
 * command, a flag the parser refuses): a valid `--lang X` or `--lang=X` in the arguments, else the OS locale.
 */
export function languageBeforeParsing(argv: string[], env: NodeJS.ProcessEnv): CoreLanguage {
  for (const [i, arg] of argv.entries()) {
    const value = arg === '--lang' ? argv[i + 1] : arg.startsWith('--lang=') ? arg.slice('--lang='.length) : undefined;
    if (value === 'en' || value === 'it') return value;
  }
  return languageFromEnv(env);
}
