import { isAppError } from '../../core/errors';
import {
  DEFAULT_JURISDICTION,
  GDPR_COUNTRIES,
  REGIMES,
  REQUEST_TYPES_BY_REGIME,
  RegimeSchema,
  UK_JURISDICTIONS,
  computeDeadlines,
  type DeadlineResult,
} from '../../core/deadlines';
import { renderLine, translator, type CoreLanguage } from '../../core/i18n';
import { LANG_HELP, resolveCliLanguage } from '../cli-language';
import { UsageError, type Command } from '../command';

/** The machine output: exactly these fields, in this order. */
export interface DeadlineJson {
  regime: string;
  type: string;
  received: string;
  country: string;
  due: string | null;
  extendedDue: string | null;
  acknowledgeBy: string | null;
  extensionNoticeBy: string | null;
  /** English, one line per date (stable for scripts). */
  explanation: string;
  /** The language of `text`. */
  language: CoreLanguage;
  /** The explanation in `language`, one line per date. */
  text: string;
}

function toJson(result: DeadlineResult, language: CoreLanguage): DeadlineJson {
  return {
    regime: result.regime,
    type: result.type,
    received: result.received,
    country: result.country,
    due: result.due,
    extendedDue: result.extendedDue,
    acknowledgeBy: result.acknowledgeBy,
    extensionNoticeBy: result.extensionNoticeBy,
    explanation: result.explanation,
    language,
    text: result.lines.map((line) => renderLine(language, line)).join('\n'),
  };
}

function humanLines(result: DeadlineResult, language: CoreLanguage): string[] {
  const t = translator(language);
  const c = (key: string, params?: Record<string, string>) => t(`msg.cli.deadline.${key}`, params);
  const show = (date: string | null, none: string) => (date ? `${t('msg.deadline.step.day', { date })}  (${date})` : none);
  const labels = [c('due'), c('extendedDue'), c('acknowledgeBy'), c('extensionNoticeBy')];
  const width = Math.max(...labels.map((text) => text.length)) + 1;
  const label = (text: string) => text.padEnd(width);
  return [
    c('summary', { regime: result.regime, type: result.type, received: result.received, country: result.country, extended: result.extended ? c('extended') : '' }),
    `${label(c('due'))}${show(result.due, result.clockStop ? c('clockStopped', { since: result.clockStop.since }) : c('noStatutoryPeriod'))}`,
    `${label(c('extendedDue'))}${show(result.extendedDue, result.extended ? c('noMaximum') : c('notExtended'))}`,
    `${label(c('acknowledgeBy'))}${show(result.acknowledgeBy, c('notRequired'))}`,
    `${label(c('extensionNoticeBy'))}${show(result.extensionNoticeBy, c('noExtension'))}`,
    '',
    ...result.lines.map((line) => renderLine(language, line)),
  ];
}

function requireString(value: unknown, flag: string, hint: string): string {
  if (typeof value !== 'string' || value.trim() === '') throw new UsageError(`--${flag} is required; ${hint}`);
  return value.trim();
}

const FLAG_OF_FIELD: Record<string, string> = {
  regime: '--regime',
  type: '--type',
  received: '--received',
  country: '--country',
  extended: '--extended',
};

/**
 * `deadline`: the engine on the command line, pure and needing no vault. Engine validation
 * errors become usage errors (exit 2) naming the flag, the bad value and the valid ones.
 */
export const deadline: Command = {
  path: ['deadline'],
  summary: 'Compute the legal deadlines of a rights request (no vault needed)',
  usage: 'deadline --regime R --type T --received YYYY-MM-DD [--country CC[-SUB]] [--extended] [--lang en|it] [--json]',
  details: [
    'Prints the due date, the extended due date, the acknowledgement and extension-notice',
    'deadlines, each explained and with the rule it comes from. A field that does not apply is',
    'shown as "—" (null with --json).',
    '',
    'Options:',
    `  --regime R          ${REGIMES.join(', ')}`,
    '  --type T            the request type; valid per regime:',
    ...REGIMES.map((r) => `${' '.repeat(22)}${r}: ${REQUEST_TYPES_BY_REGIME[r].join(', ')}`),
    '  --received DATE     the day the request was received, YYYY-MM-DD, in the organisation\'s zone',
    '  --country CC[-SUB]  whose public holidays count; required for gdpr (the controller\'s member',
    `                      state: ${GDPR_COUNTRIES.join(', ')}, optionally with a region, e.g. DE-BY).`,
    `                      Defaults: uk-gdpr ${DEFAULT_JURISDICTION['uk-gdpr']} (or ${UK_JURISDICTIONS.slice(1).join(', ')}),`,
    `                      ccpa ${DEFAULT_JURISDICTION.ccpa}, lgpd ${DEFAULT_JURISDICTION.lgpd}, pipeda ${DEFAULT_JURISDICTION.pipeda}, ch-fadp ${DEFAULT_JURISDICTION['ch-fadp']}`,
    '  --extended          the request has been extended (complex or numerous requests)',
    LANG_HELP,
    '  --json              print {"regime","type","received","country","due","extendedDue",',
    '                      "acknowledgeBy","extensionNoticeBy","explanation","language","text"}',
    '                      (codes and dates stay stable; "explanation" is English, "text" in --lang)',
    '',
    'Rules: GDPR/UK GDPR one month (Reg. 1182/71 Art. 3; ICO), +2 months, weekend/holiday ends',
    'move to the next working day; CCPA 10 business days to acknowledge, 45 (+45) calendar days',
    'to respond, 15 business days for opt-out and limit; LGPD 15 days; PIPEDA 30 (+30) days;',
    'Swiss FADP 30 days. Calendar-day periods are not moved off weekends.',
    '',
    'Examples:',
    '  npm run --silent cli -- deadline --regime gdpr --type access --received 2026-03-31 --country IT',
    '  npm run --silent cli -- deadline --regime ccpa --type know --received 2026-03-23 --extended --json',
  ],
  options: {
    regime: { type: 'string' },
    type: { type: 'string' },
    received: { type: 'string' },
    country: { type: 'string' },
    extended: { type: 'boolean' },
    lang: { type: 'string' },
  },
  async run(ctx) {
    const language = resolveCliLanguage(ctx.values.lang, null, ctx.env);
    const regimeText = requireString(ctx.values.regime, 'regime', `valid: ${REGIMES.join(', ')}`);
    const regime = RegimeSchema.safeParse(regimeText);
    if (!regime.success) throw new UsageError(`--regime: unknown regime "${regimeText}"; valid: ${REGIMES.join(', ')}`);
    const type = requireString(ctx.values.type, 'type', `valid for ${regime.data}: ${REQUEST_TYPES_BY_REGIME[regime.data].join(', ')}`);
    const received = requireString(ctx.values.received, 'received', 'give the date of receipt as YYYY-MM-DD');
    const country = typeof ctx.values.country === 'string' ? ctx.values.country : undefined;
    let result: DeadlineResult;
    try {
      result = computeDeadlines({ regime: regime.data, type, received, country, extended: ctx.values.extended === true });
    } catch (error) {
      if (isAppError(error) && error.code === 'VALIDATION') {
        const issue = error.issues?.[0];
        const flag = issue ? FLAG_OF_FIELD[issue.path.split('.')[0] ?? ''] : undefined;
        throw new UsageError(flag && issue ? `${flag}: ${issue.message}` : error.message);
      }
      throw error;
    }
    ctx.print(toJson(result, language), humanLines(result, language));
  },
};
