import { isAppError } from '../../core/errors';
import {
  CCPA_BUSINESS_DAY_LISTS,
  CLOCK_STOP_REASONS,
  DEFAULT_JURISDICTION,
  GDPR_EXTENSION_READINGS,
  GDPR_IDENTITY_READINGS,
  GDPR_COUNTRIES,
  REGIMES,
  REQUEST_TYPES_BY_REGIME,
  RegimeSchema,
  UK_JURISDICTIONS,
  computeDeadlines,
  type DeadlineInput,
  type DeadlineResult,
} from '../../core/deadlines';
import { msg, renderLine, translator, type CoreLanguage, type Message } from '../../core/i18n';
import { resolveCliLanguage } from '../cli-language';
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

function requireString(value: unknown, flag: string, hint: Message): string {
  if (typeof value !== 'string' || value.trim() === '') throw new UsageError(msg('msg.cli.usage.required', { flag, hint: [hint] }));
  return value.trim();
}

/** `identity:2026-03-02:2026-03-05` → a clock stop; the engine validates reason and dates. */
function parseStops(value: unknown): NonNullable<DeadlineInput['pauses']> {
  const texts = Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : typeof value === 'string' ? [value] : [];
  return texts.map((text) => {
    const [reason = '', from = '', to] = text.split(':');
    if (!from) throw new UsageError(msg('msg.cli.usage.stopFormat', { text }));
    return { reason: reason as (typeof CLOCK_STOP_REASONS)[number], from, to: to ?? null };
  });
}

const FLAG_OF_FIELD: Record<string, string> = {
  gdprExtension: '--gdpr-extension',
  gdprIdentity: '--gdpr-identity',
  ccpaBusinessDays: '--ccpa-business-days',
  pauses: '--stop',
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
  helpParams: {
    regimes: REGIMES.join(', '),
    typesByRegime: REGIMES.map((r) => `${' '.repeat(22)}${r}: ${REQUEST_TYPES_BY_REGIME[r].join(', ')}`).join('\n'),
    countries: GDPR_COUNTRIES.join(', '),
    ukDefault: DEFAULT_JURISDICTION['uk-gdpr'],
    ukOthers: UK_JURISDICTIONS.slice(1).join(', '),
    otherDefaults: REGIMES.filter((r) => r !== 'gdpr' && r !== 'uk-gdpr').map((r) => `${r} ${DEFAULT_JURISDICTION[r]}`).join(', '),
    extensionDefault: GDPR_EXTENSION_READINGS[0],
    extensionOthers: GDPR_EXTENSION_READINGS.slice(1).join(', '),
    businessDayDefault: CCPA_BUSINESS_DAY_LISTS[0],
    businessDayOthers: CCPA_BUSINESS_DAY_LISTS.slice(1).join(', '),
    stopReasons: CLOCK_STOP_REASONS.join(', '),
    identityDefault: GDPR_IDENTITY_READINGS[0],
    identityOthers: GDPR_IDENTITY_READINGS.slice(1).join(', '),
  },
  usage:
    'deadline --regime R --type T --received YYYY-MM-DD [--country CC[-SUB]] [--extended] [--gdpr-extension READING] [--gdpr-identity READING] [--ccpa-business-days LIST] [--stop REASON:FROM[:TO]]... [--lang en|it] [--json]',
  options: {
    regime: { type: 'string' },
    type: { type: 'string' },
    received: { type: 'string' },
    country: { type: 'string' },
    extended: { type: 'boolean' },
    'gdpr-extension': { type: 'string' },
    'gdpr-identity': { type: 'string' },
    'ccpa-business-days': { type: 'string' },
    stop: { type: 'string', multiple: true },
    lang: { type: 'string' },
  },
  async run(ctx) {
    const language = resolveCliLanguage(ctx.values.lang, null, ctx.env);
    const regimeText = requireString(ctx.values.regime, 'regime', msg('msg.cli.usage.hintValid', { valid: REGIMES.join(', ') }));
    const regime = RegimeSchema.safeParse(regimeText);
    if (!regime.success) throw new UsageError(msg('msg.cli.usage.unknownRegime', { regime: regimeText, valid: REGIMES.join(', ') }));
    const type = requireString(ctx.values.type, 'type', msg('msg.cli.usage.hintValidFor', { regime: regime.data, valid: REQUEST_TYPES_BY_REGIME[regime.data].join(', ') }));
    const received = requireString(ctx.values.received, 'received', msg('msg.cli.usage.hintReceived'));
    const country = typeof ctx.values.country === 'string' ? ctx.values.country : undefined;
    let result: DeadlineResult;
    try {
      const input: DeadlineInput = { regime: regime.data, type, received, country, extended: ctx.values.extended === true, pauses: parseStops(ctx.values.stop) };
      if (typeof ctx.values['gdpr-extension'] === 'string') input.gdprExtension = ctx.values['gdpr-extension'] as DeadlineInput['gdprExtension'];
      if (typeof ctx.values['gdpr-identity'] === 'string') input.gdprIdentity = ctx.values['gdpr-identity'] as DeadlineInput['gdprIdentity'];
      if (typeof ctx.values['ccpa-business-days'] === 'string') input.ccpaBusinessDays = ctx.values['ccpa-business-days'] as DeadlineInput['ccpaBusinessDays'];
      result = computeDeadlines(input);
    } catch (error) {
      if (isAppError(error) && error.code === 'VALIDATION') {
        const issue = error.issues?.[0];
        const flag = issue ? FLAG_OF_FIELD[issue.path.split('.')[0] ?? ''] : undefined;
        throw new UsageError(flag && issue ? msg('msg.cli.usage.flagProblem', { flag, problem: issue.detail ? [issue.detail] : issue.message }) : error.detail);
      }
      throw error;
    }
    ctx.print(toJson(result, language), humanLines(result, language));
  },
};
