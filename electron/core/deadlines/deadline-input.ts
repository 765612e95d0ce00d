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
import { renderText } from '../i18n';

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
      ctx.addIssue({
        code: 'custom',
        path: ['type'],
        message: `unknown request type ${JSON.stringify(type)} for ${regime}; valid: ${REQUEST_TYPES_BY_REGIME[regime].join(', ')}`,
      });
      return;
    }
    const country = input.country ?? DEFAULT_JURISDICTION[regime];
    if (country === null) {
      ctx.addIssue({
        code: 'custom',
        path: ['country'],
        message: `gdpr needs the controller's member state as country; valid: ${GDPR_COUNTRIES.join(', ')}`,
      });
    } else {
      const problem = jurisdictionProblem(country) ?? regimeCountryProblem(regime, country);
      if (problem) ctx.addIssue({ code: 'custom', path: ['country'], message: typeof problem === 'string' ? problem : renderText('en', problem) });
    }
    if (input.extended && !canExtend(regime, type)) {
      ctx.addIssue({ code: 'custom', path: ['extended'], message: `${regime} ${type} requests cannot be extended` });
    }
    if (regime === 'gdpr') {
      input.pauses.forEach((pause, i) => {
        if (pause.reason !== 'identity') {
          ctx.addIssue({
            code: 'custom',
            path: ['pauses', i, 'reason'],
            message: `under the gdpr only an identity request suspends the period (EDPB Guidelines 01/2022 para. 159), not ${pause.reason}`,
          });
        }
      });
    } else if (input.pauses.length > 0 && regime !== 'uk-gdpr') {
      const why = regime === 'ccpa' ? ' (CCPA § 7021(b): verification does not stop the clock)' : '';
      ctx.addIssue({ code: 'custom', path: ['pauses'], message: `clock stops exist only under uk-gdpr (Art. 12A) and, for identity, gdpr, not ${regime}${why}` });
    }
    input.pauses.forEach((pause, i) => {
      if (pause.from < input.received) {
        ctx.addIssue({ code: 'custom', path: ['pauses', i, 'from'], message: `clock stop from ${pause.from} is before the request was received (${input.received})` });
      }
      if (pause.to !== null && pause.to < pause.from) {
        ctx.addIssue({ code: 'custom', path: ['pauses', i, 'to'], message: `clock stop ends (${pause.to}) before it starts (${pause.from})` });
      }
      if (pause.reason === 'clarification' && type !== 'access') {
        ctx.addIssue({
          code: 'custom',
          path: ['pauses', i, 'reason'],
          message: `a clarification stop applies only to access requests (UK GDPR Art. 12A), not ${type}`,
        });
      }
    });
  });

/** What callers pass (defaults optional). */
export type DeadlineInput = z.input<typeof DeadlineInputSchema>;
