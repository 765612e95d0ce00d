import type { CoreLanguage } from '../core/i18n';
import { UsageError } from './command';

/** The languages the CLI speaks. */
export const CLI_LANGUAGES: readonly CoreLanguage[] = ['en', 'it'];

/** The help line every localised command shows for `--lang`. */
export const LANG_HELP = '  --lang en|it        the language of the text (default: the vault\'s letter language, then the OS locale)';

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
  throw new UsageError(`--lang: unknown language "${String(flag)}"; valid: ${CLI_LANGUAGES.join(', ')}`);
}
