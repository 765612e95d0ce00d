import type { CommitmentBeyondLaw, CommitmentKind, LegalPeriod } from '../../shared/commitment-check';
import { addDays, daysBetween, type CivilDate } from '../../shared/pure/civil-date';
import { REQUEST_TYPES_BY_REGIME, type Regime, type RequestType } from '../../shared/regimes';
import type { CitationId } from './citations';
import { computeDeadlines } from './compute-deadlines';
import type { CcpaBusinessDayList, DeadlineField, DeadlineResult, GdprExtensionReading } from './deadline-types';
import type { OrganisationCommitments } from './organisation-clock';
import { deadlineRule, dueOnReceipt, type DeadlineRule } from './rule-table';

/** What the comparison needs: the promises, the regimes handled with their calendars, and the receipt dates to try. */
export interface CommitmentCheckInput {
  commitments: OrganisationCommitments;
  /** Each regime the organisation handles, with the holiday calendar its deadlines use (`CC` or `CC-SUB`). */
  regimes: readonly { regime: Regime; country: string }[];
  /** The first receipt date tried; one date a day follows for `days` days. */
  from: CivilDate;
  days: number;
  gdprExtension: GdprExtensionReading;
  ccpaBusinessDays: CcpaBusinessDayList;
}

/** Which legal date a commitment is held against, and whether the request is taken as extended. */
interface Target {
  field: DeadlineField;
  extended: boolean;
  period: Omit<LegalPeriod, 'citationId'>;
  /**
   * The rule that sets the period, when the date's own first citation says less: under UK GDPR
   * the month is Art. 12(3)'s and Art. 12A says when it starts, cited together as the letters do
   * (review 4, D38). Otherwise the legal date's first citation.
   */
  citationId?: CitationId;
}

/**
 * The legal date a commitment competes with under one rule, or null when the law sets none
 * for it: the ordinary answer against the ordinary deadline; the complex-request answer
 * against the longest the law allows with an extension (the ordinary deadline where the law
 * allows none; nothing where the controller names the new date); the acknowledgement
 * against a legal one (CCPA only). A "reasonable period" is planning, not law: not compared.
 */
function targetOf(rule: DeadlineRule, kind: CommitmentKind): Target | null {
  switch (rule.kind) {
    case 'no-period':
      return null;
    case 'at-once':
      // Due on the day of receipt whatever the promise: no promise in days can be earlier, and the register shows the law's date.
      return null;
    case 'one-month':
      if (kind === 'acknowledge') return null;
      return {
        ...(kind === 'response' ? { field: 'due', extended: false, period: { amount: 1, unit: 'months' } } : { field: 'extendedDue', extended: true, period: { amount: 3, unit: 'months' } }),
        ...(rule.regime === 'uk-gdpr' ? { citationId: 'uk-gdpr-art-12-3-12a' } : {}),
      };
    case 'ccpa-response':
      if (kind === 'acknowledge') return { field: 'acknowledgeBy', extended: false, period: { amount: 10, unit: 'business-days' } };
      return kind === 'response'
        ? { field: 'due', extended: false, period: { amount: 45, unit: 'calendar-days' } }
        : { field: 'extendedDue', extended: true, period: { amount: 90, unit: 'calendar-days' } };
    case 'business-days':
      return kind === 'acknowledge' ? null : { field: 'due', extended: false, period: { amount: rule.days, unit: 'business-days' } };
    case 'calendar-days': {
      if (kind === 'acknowledge' || rule.basis !== 'law') return null;
      if (kind === 'response' || rule.extension === null) return { field: 'due', extended: false, period: { amount: rule.days, unit: 'calendar-days' } };
      if (rule.extension.kind === 'open-ended') return null;
      return { field: 'extendedDue', extended: true, period: { amount: rule.days + rule.extension.days, unit: 'calendar-days' } };
    }
  }
}

/**
 * The regime's request types grouped by the rule that governs them and the provision that sets it (its first citation;
 * the others, such as what a business day is, aside), in the regime's order: the CCPA's 15 business days are § 7026(f)'s
 * for an opt-out and § 7027(g)'s for a limit request, each cited for its own types (lawyer review 5, E9).
 */
function typesByRule(regime: Regime): { rule: DeadlineRule; types: RequestType[] }[] {
  const groups = new Map<string, { rule: DeadlineRule; types: RequestType[] }>();
  for (const type of REQUEST_TYPES_BY_REGIME[regime] as readonly RequestType[]) {
    const rule = deadlineRule(regime, type);
    const key = JSON.stringify({ ...rule, citations: 'citations' in rule ? rule.citations[0] : undefined });
    const group = groups.get(key);
    if (group) group.types.push(type);
    else groups.set(key, { rule, types: [type] });
  }
  return [...groups.values()];
}

/** The regime's request types a promise in days is compared with: not those due on the day they arrive (Arts 21(3), 7(3)). */
function comparedTypes(regime: Regime): RequestType[] {
  return (REQUEST_TYPES_BY_REGIME[regime] as readonly RequestType[]).filter((type) => !dueOnReceipt(regime, type));
}

/** The regime's request types due on receipt, to which no promise in days applies, with the rules that say so. */
function notAppliedTypes(regime: Regime): CommitmentBeyondLaw['notApplied'] {
  const rules = (REQUEST_TYPES_BY_REGIME[regime] as readonly RequestType[]).map((type) => ({ type, rule: deadlineRule(regime, type) }));
  const atOnce = rules.flatMap(({ type, rule }) => (rule.kind === 'at-once' ? [{ type, citations: rule.citations }] : []));
  return { types: atOnce.map(({ type }) => type), citationIds: [...new Set(atOnce.flatMap(({ citations }) => citations))] };
}

/** The fewest calendar days a period can span (a month has at least 28 days, a business day is at least a day, rolling forward only adds). */
function fewestDays(period: Target['period']): number {
  return period.unit === 'months' ? 28 * period.amount : period.amount;
}

const PROMISE_DAYS = { response: 'responseDays', complexResponse: 'complexResponseDays', acknowledge: 'acknowledgeDays' } as const;

/**
 * Judges each of the organisation's commitments against the law on its own: for every regime
 * handled and every rule of its request types, the commitment's date (receipt + N calendar
 * days, as the organisation's clock counts) is set beside the legal date (months, calendar
 * or business days, with the regime's holidays and roll-forward) for each receipt date from
 * `from` for `days` days. Counting both from real dates settles the difference of units
 * (30 days against one month is later for receipts at the end of January; 30 days against
 * 15 business days is always later). Returns a finding for each commitment, regime and rule
 * where the commitment ended later on at least one date; none when every promise is within
 * the law. Pure: the same input gives the same findings.
 */
export function commitmentsBeyondLaw(input: CommitmentCheckInput): CommitmentBeyondLaw[] {
  const findings: CommitmentBeyondLaw[] = [];
  for (const { regime, country } of input.regimes) {
    for (const { rule, types } of typesByRule(regime)) {
      const type = types[0] as RequestType;
      const results = new Map<string, DeadlineResult>();
      const legalOn = (received: CivilDate, extended: boolean): DeadlineResult => {
        const key = `${received}|${extended}`;
        let result = results.get(key);
        if (!result) {
          result = computeDeadlines({ regime, type, received, country, extended, gdprExtension: input.gdprExtension, ccpaBusinessDays: input.ccpaBusinessDays });
          results.set(key, result);
        }
        return result;
      };
      for (const kind of ['response', 'complexResponse', 'acknowledge'] as const) {
        const days = input.commitments[PROMISE_DAYS[kind]];
        const target = targetOf(rule, kind);
        // A promise no longer than the shortest the period can be is never later: no dates to try.
        if (days === null || target === null || days <= fewestDays(target.period)) continue;
        let shortest = Number.POSITIVE_INFINITY;
        let later = 0;
        let example: CommitmentBeyondLaw['example'] | null = null;
        let cited: string | null = null;
        for (let i = 0; i < input.days; i++) {
          const received = addDays(input.from, i);
          const detail = legalOn(received, target.extended).details[target.field];
          if (!detail?.date) continue;
          cited ??= target.citationId ?? detail.citations[0] ?? null;
          const commitmentDate = addDays(received, days);
          shortest = Math.min(shortest, daysBetween(received, detail.date));
          if (commitmentDate > detail.date) {
            later++;
            example ??= { received, legalDate: detail.date, commitmentDate };
          }
        }
        if (example === null) continue;
        findings.push({
          commitment: kind,
          days,
          regime,
          types,
          allTypes: types.length === comparedTypes(regime).length,
          notApplied: notAppliedTypes(regime),
          legal: { ...target.period, citationId: cited ?? '' },
          shortestLegalDays: shortest,
          datesTried: input.days,
          datesLater: later,
          example,
        });
      }
    }
  }
  return findings;
}
