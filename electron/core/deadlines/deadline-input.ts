import { z } from 'zod';
import { isCivilDate } from '../../shared/pure/civil-date';
import { CCPA_BUSINESS_DAY_LISTS, CLOCK_STOP_REASONS, GDPR_EXTENSION_READINGS, GDPR_IDENTITY_READINGS } from './deadline-types';
import { jurisdictionProblem } from './jurisdiction';
import {
  CCPA_JURISDICTIONS,
  DEFAULT_JURISDICTION,
  GDPR_COUNTRIES,
  REGIMES,
  REGIME_COUNTRIES,
  REQUEST_TYPES_BY_REGIME,
  UK_JURISDICTIONS,
  isRequestTypeOf,
  type Regime,
} from '../../shared/regimes';
import { canExtend } from './rule-table';
import { msg } from '../i18n';
import { customIssue } from '../api/zod-issues';

const civilDate = (what: string) =>
  z.string({ error: `${what} must be a date YYYY-MM-DD` }).refine(isCivilDate, {
    error: (issue) => `${what} ${JSON.stringify(issue.input)} is not a date in the form YYYY-MM-DD`,
  });

/** One clock stop as input (UK GDPR; GDPR identity only): `{reason, from, to}` with `to` null while waiting. */
export const ClockStopInputSchema = z.object({
  reason: z.enum(CLOCK_STOP_REASONS, {
    error: (issue) => `unknown clock-stop reason ${JSON.stringify(issue.input)}; valid: ${CLOCK_STOP_REASONS.join(', ')}`,
  }),
  from: civilDate('from'),
  to: civilDate('to').nullable(),
});

/** Why `code` cannot be the calendar of `regime`, or null when it can. */
function regimeCountryProblem(regime: Regime, code: string): string | null {
  const upper = code.toUpperCase();
  const country = upper.split('-')[0] ?? '';
  switch (regime) {
    case 'gdpr':
      return (GDPR_COUNTRIES as readonly string[]).includes(country)
        ? null
        : `"${code}" is not an EEA state; the GDPR counts the public holidays of the controller's member state (Reg. 1182/71 Art. 2); valid: ${GDPR_COUNTRIES.join(', ')} (optionally with a region, e.g. DE-BY)`;
    case 'uk-gdpr':
      return (UK_JURISDICTIONS as readonly string[]).includes(upper)
        ? null
        : `"${code}" is not a UK nation's bank-holiday calendar; valid: ${UK_JURISDICTIONS.join(', ')}`;
    case 'ccpa':
      return (CCPA_JURISDICTIONS as readonly string[]).includes(upper)
        ? null
        : `"${code}" is not valid for the CCPA, whose business days exclude California state holidays; valid: ${CCPA_JURISDICTIONS.join(', ')}`;
    case 'qc-law25':
    case 'us-va':
    case 'us-co':
    case 'us-ct':
    case 'us-ut':
    case 'us-tx':
    case 'us-or':
      return upper === DEFAULT_JURISDICTION[regime]
        ? null
        : `"${code}" is not valid for ${regime}, whose periods count that state's or province's holidays; valid: ${DEFAULT_JURISDICTION[regime]}`;
    default: {
      const allowed: readonly string[] = REGIME_COUNTRIES[regime];
      return allowed.includes(country) ? null : `"${code}" is not valid for ${regime}; valid: ${allowed.join(', ')} (optionally with a subdivision)`;
    }
  }
}

/**
 * The facts a deadline depends on. `country` defaults per regime (GDPR has no default: the
 * controller's member state is required); `pauses` are UK GDPR clock stops, or GDPR identity
 * requests (EDPB Guidelines 01/2022 para. 159).
 */
export const DeadlineInputSchema = z
  .object({
    regime: z.enum(REGIMES, {
      error: (issue) => `unknown regime ${JSON.stringify(issue.input)}; valid: ${REGIMES.join(', ')}`,
    }),
    type: z.string({ error: 'type is required' }),
    received: civilDate('received'),
    country: z.string().nullish(),
    extended: z.boolean().default(false),
    /** GDPR: which reading of "two further months" (Settings); other regimes ignore it. */
    gdprExtension: z.enum(GDPR_EXTENSION_READINGS).default('from-receipt'),
    /** GDPR: whether an identity request suspends the period (Settings); other regimes ignore it. */
    gdprIdentity: z.enum(GDPR_IDENTITY_READINGS).default('keeps-running'),
    /** CCPA: which holiday list business days skip (Settings); other regimes ignore it. */
    ccpaBusinessDays: z.enum(CCPA_BUSINESS_DAY_LISTS).default('california'),
    pauses: z.array(ClockStopInputSchema).default([]),
  })
  .superRefine((input, ctx) => {
    const { regime, type } = input;
    if (!isRequestTypeOf(regime, type)) {
      ctx.addIssue(customIssue(['type'], msg('msg.error.deadline.unknownType', { type, regime, valid: REQUEST_TYPES_BY_REGIME[regime].join(', ') })));
      return;
    }
    const country = input.country ?? DEFAULT_JURISDICTION[regime];
    if (country === null) {
      ctx.addIssue(customIssue(['country'], msg('msg.error.deadline.gdprCountry', { valid: GDPR_COUNTRIES.join(', ') })));
    } else {
      const problem = jurisdictionProblem(country) ?? regimeCountryProblem(regime, country);
      if (problem) ctx.addIssue(typeof problem === 'string' ? { code: 'custom', path: ['country'], message: problem } : customIssue(['country'], problem));
    }
    if (input.extended && !canExtend(regime, type)) {
      ctx.addIssue(customIssue(['extended'], msg('msg.error.deadline.cannotExtend', { regime, type })));
    }
    if (regime === 'gdpr') {
      input.pauses.forEach((pause, i) => {
        if (pause.reason !== 'identity') {
          ctx.addIssue(customIssue(['pauses', i, 'reason'], msg('msg.error.deadline.gdprPause', { reason: pause.reason })));
        }
      });
    } else if (input.pauses.length > 0 && regime !== 'uk-gdpr') {
      ctx.addIssue(customIssue(['pauses'], regime === 'ccpa' ? msg('msg.error.deadline.pauseRegimeCcpa') : msg('msg.error.deadline.pauseRegime', { regime })));
    }
    input.pauses.forEach((pause, i) => {
      if (pause.from < input.received) {
        ctx.addIssue(customIssue(['pauses', i, 'from'], msg('msg.error.deadline.pauseBeforeReceipt', { from: pause.from, received: input.received })));
      }
      if (pause.to !== null && pause.to < pause.from) {
        ctx.addIssue(customIssue(['pauses', i, 'to'], msg('msg.error.deadline.pauseEndsFirst', { to: pause.to, from: pause.from })));
      }
      if (pause.reason === 'clarification' && type !== 'access') {
        ctx.addIssue(customIssue(['pauses', i, 'reason'], msg('msg.error.deadline.clarificationOnlyAccess', { type })));
      }
    });
  });

/** What callers pass (defaults optional). */
export type DeadlineInput = z.input<typeof DeadlineInputSchema>;
