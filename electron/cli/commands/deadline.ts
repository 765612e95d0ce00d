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

/** `identity:2026-03-02:2026-03-05` → a clock stop; the engine validates reason and dates. */
function parseStops(value: unknown): NonNullable<DeadlineInput['pauses']> {
  const texts = Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : typeof value === 'string' ? [value] : [];
  return texts.map((text) => {
    const [reason = '', from = '', to] = text.split(':');
    if (!from) throw new UsageError(`--stop "${text}": write REASON:FROM[:TO], e.g. clarification:2026-03-02:2026-03-05`);
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
  summary: 'Compute the legal deadlines of a rights request (no vault needed)',
  usage:
    'deadline --regime R --type T --received YYYY-MM-DD [--country CC[-SUB]] [--extended] [--gdpr-extension READING] [--gdpr-identity READING] [--ccpa-business-days LIST] [--stop REASON:FROM[:TO]]... [--lang en|it] [--json]',
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
    `                      ${REGIMES.filter((r) => r !== 'gdpr' && r !== 'uk-gdpr').map((r) => `${r} ${DEFAULT_JURISDICTION[r]}`).join(', ')}`,
    '  --extended          the request has been extended (complex or numerous requests)',
    `  --gdpr-extension R  gdpr: how "two further months" is read: ${GDPR_EXTENSION_READINGS.join(' (default), ')}`,
    `  --ccpa-business-days L  ccpa: the holidays business days skip: ${CCPA_BUSINESS_DAY_LISTS.join(' (default), ')}`,
    `  --stop R:FROM[:TO]  uk-gdpr clock stop (Art. 12A), repeatable; R one of ${CLOCK_STOP_REASONS.join(', ')};`,
    '                      gdpr: identity only, counted with --gdpr-identity suspended;',
    `  --gdpr-identity R   gdpr: ${GDPR_IDENTITY_READINGS.join(' (default) or ')}: whether an identity request suspends the period (EDPB 01/2022 para. 159)`,
    '                      leave out TO while still waiting',
    LANG_HELP,
    '  --json              print {"regime","type","received","country","due","extendedDue",',
    '                      "acknowledgeBy","extensionNoticeBy","explanation","language","text"}',
    '                      (codes and dates stay stable; "explanation" is English, "text" in --lang)',
    '',
    'Rules: GDPR/UK GDPR one month (Reg. 1182/71 Art. 3; ICO), +2 months; CCPA 10 business days',
    'to acknowledge, 45 (+45) calendar days to respond, 15 business days for opt-out and limit;',
    'LGPD 15 days; PIPEDA 30 (+30); FADP 30; Québec 30; VA/CO/CT/UT/TX/OR 45 (+45); Singapore',
    '30; Australia 30 (planned for "a reasonable period"). Each last day is then treated by the',
    "regime's own statute on computing time (cited in the explanation), or left where it falls",
    'when the law is silent (Virginia, Connecticut).',
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
    'gdpr-extension': { type: 'string' },
    'gdpr-identity': { type: 'string' },
    'ccpa-business-days': { type: 'string' },
    stop: { type: 'string', multiple: true },
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
      const input: DeadlineInput = { regime: regime.data, type, received, country, extended: ctx.values.extended === true, pauses: parseStops(ctx.values.stop) };
      if (typeof ctx.values['gdpr-extension'] === 'string') input.gdprExtension = ctx.values['gdpr-extension'] as DeadlineInput['gdprExtension'];
      if (typeof ctx.values['gdpr-identity'] === 'string') input.gdprIdentity = ctx.values['gdpr-identity'] as DeadlineInput['gdprIdentity'];
      if (typeof ctx.values['ccpa-business-days'] === 'string') input.ccpaBusinessDays = ctx.values['ccpa-business-days'] as DeadlineInput['ccpaBusinessDays'];
      result = computeDeadlines(input);
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
