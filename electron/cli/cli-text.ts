import { renderLine, renderText, translator, type CoreLanguage, type ExplanationLine, type Message } from '../core/i18n';
import { hasKey } from '../core/i18n/translator';
import { readSettings } from '../core/settings/settings-service';
import { localeOf } from '../shared/pure/i18n/format';
import { formatInstantInZone } from '../shared/pure/instant-format';
import type { CommandContext } from './command';

/** The CLI's text in one language: catalogue keys (`msg.cli.*`), core's messages, history labels. */
export interface CliText {
  language: CoreLanguage;
  /** A key of the shared catalogue with its parameters. */
  t(key: string, params?: Record<string, string | number | boolean>): string;
  /** Whether the catalogue has the key in this language. */
  has(key: string): boolean;
  text(message: Message): string;
  line(line: ExplanationLine): string;
  /** A history entry's label from its action code; "Change recorded" for an action this build does not know. */
  history(action: string): string;
  /** A request or breach status as a word in a sentence. */
  status(kind: 'request' | 'breach', status: string): string;
  /** A figure with one decimal as the language writes it: `61.5`, `61,5`. */
  decimal(value: number): string;
  /**
   * An instant as the app's History shows it, in the organisation's zone and the reader's
   * format (`4 ott 2026, 21:42`); in UTC, saying so, when no zone is set. `withZone` adds the weekday,
   * zone and its offset (`CEST (+02:00)`).
   */
  instant(at: string, timeZone: string | null, withZone?: boolean): string;
  /** A catalogue key's words for a code (`msg.cli.request.relation.self`), or the code when this build has none. */
  code(prefix: string, code: string): string;
}

/** The text helpers for one language. */
export function cliText(language: CoreLanguage): CliText {
  const translate = translator(language);
  return {
    language,
    t: (key, params) => translate(key, params),
    has: (key) => hasKey(language, key),
    text: (message) => renderText(language, message),
    line: (line) => renderLine(language, line),
    history: (action) => {
      const key = `msg.history.${action}`;
      return /^(request|breach)\.[a-z-]+$/.test(action) && hasKey(language, key) ? translate(key) : translate('msg.history.other');
    },
    status: (kind, status) => (hasKey(language, `msg.status.${kind}.${status}`) ? translate(`msg.status.${kind}.${status}`) : status),
    decimal: (value) => new Intl.NumberFormat(localeOf(language), { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(value),
    instant: (at, timeZone, withZone = false) =>
      timeZone ? formatInstantInZone(at, timeZone, language, withZone, withZone) : translate('msg.cli.instantUtc', { at: formatInstantInZone(at, 'UTC', language) }),
    code: (prefix, code) => (hasKey(language, `${prefix}.${code}`) ? translate(`${prefix}.${code}`) : code),
  };
}

/**
 * The language of a command that opens the vault: `--lang`, else the organisation's letter
 * language in the vault's settings, else the OS locale (LC_ALL, LC_MESSAGES, LANG). The
 * context keeps it, so an error after this point reads in it too.
 */
export async function vaultCliText(ctx: CommandContext, db: Parameters<typeof readSettings>[0]): Promise<CliText> {
  const settings = await readSettings(db);
  ctx.useVaultLanguage(settings['organisation.letterLanguage']);
  return ctx.text();
}

/**
 * Runs a command's work in an open vault with the vault's letter language taken first (see
 * {@link vaultCliText}), so a refusal of the work reads in it too; `ctx.text()` gives it afterwards.
 */
export async function inVaultLanguage<T>(ctx: CommandContext, db: Parameters<typeof readSettings>[0], work: () => Promise<T>): Promise<T> {
  await vaultCliText(ctx, db);
  return work();
}
