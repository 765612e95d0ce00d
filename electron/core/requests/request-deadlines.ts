import type { ExplanationLine } from '../../shared/pure/i18n/message';
import type { Regime, RequestType } from '../../shared/requests';
import {
  canExtend,
  compareClocks,
  computeDeadlines,
  computeOrganisationClock,
  dueOnReceipt,
  type CcpaBusinessDayList,
  type ClockStop,
  type DeadlineResult,
  type GdprExtensionReading,
  type GdprIdentityReading,
  type OrganisationCommitments,
} from '../deadlines';

/** The organisation's choices where the law leaves a point open (Settings). */
export interface DeadlineOptions {
  gdprExtension: GdprExtensionReading;
  gdprIdentity: GdprIdentityReading;
  ccpaBusinessDays: CcpaBusinessDayList;
}

/** The facts a request's deadlines depend on. */
export interface RequestDeadlineFacts {
  regime: Regime;
  types: RequestType[];
  receivedDate: string;
  jurisdiction: string;
  extended: boolean;
  complex: boolean;
  clockStops: ClockStop[];
}

/** The dates stored on a request, and the engine output they came from. */
export interface RequestDeadlines {
  legalDue: string | null;
  legalExtendedDue: string | null;
  acknowledgeBy: string | null;
  extensionNoticeBy: string | null;
  orgDue: string | null;
  orgAcknowledgeBy: string | null;
  /** The earlier of the binding legal date (extended when extended) and the organisation's. */
  effectiveDue: string | null;
  drivenBy: 'legal' | 'organisation' | 'both' | null;
  explanations: string[];
  /** The same explanations as catalogue messages, rendered in the reader's language. */
  explanationLines: ExplanationLine[];
  canExtend: boolean;
}

/** The stops the engine takes: all under UK GDPR, identity under the GDPR, none elsewhere. */
function stopsFor(regime: Regime, stops: ClockStop[]): ClockStop[] {
  if (regime === 'uk-gdpr') return stops;
  return regime === 'gdpr' ? stops.filter((stop) => stop.reason === 'identity') : [];
}

const earliest = (dates: (string | null)[]): string | null =>
  dates.filter((d): d is string => d !== null).sort()[0] ?? null;

/**
 * A request with several types (access and erasure, say) is bound by the earliest date
 * any of them sets; each type goes through the engine and the earliest wins. The
 * organisation's clock applies its complex-request promise when the request is complex
 * or extended, and none when a type is due on receipt (its date is then the law's).
 */
export function computeRequestDeadlines(
  facts: RequestDeadlineFacts,
  commitments: OrganisationCommitments,
  options: DeadlineOptions = { gdprExtension: 'from-receipt', gdprIdentity: 'keeps-running', ccpaBusinessDays: 'california' },
): RequestDeadlines {
  const results: DeadlineResult[] = facts.types.map((type) =>
    computeDeadlines({
      regime: facts.regime,
      type,
      received: facts.receivedDate,
      country: facts.jurisdiction,
      extended: facts.extended,
      gdprExtension: options.gdprExtension,
      gdprIdentity: options.gdprIdentity,
      ccpaBusinessDays: options.ccpaBusinessDays,
      pauses: stopsFor(facts.regime, facts.clockStops),
    }),
  );
  const legalDue = earliest(results.map((r) => r.due));
  const legalExtendedDue = facts.extended ? earliest(results.map((r) => r.extendedDue)) : null;
  // A type due on receipt (Arts 21(3), 7(3)) makes the law's date the commitment's too: no promise in days applies to it.
  const onReceipt = facts.types.some((type) => dueOnReceipt(facts.regime, type));
  const organisation = computeOrganisationClock(facts.receivedDate, commitments, facts.extended || facts.complex, onReceipt);
  const binding = facts.extended ? (legalExtendedDue ?? legalDue) : legalDue;
  const comparison = compareClocks(binding, organisation.due);
  const explanations: string[] = [];
  const explanationLines: ExplanationLine[] = [];
  for (const result of results) {
    if (explanations.includes(result.explanation)) continue;
    explanations.push(result.explanation);
    explanationLines.push(...result.lines);
  }
  if (organisation.due !== null || organisation.acknowledgeBy !== null) {
    explanations.push(organisation.explanation);
    explanationLines.push(organisation.line);
  }
  return {
    legalDue,
    legalExtendedDue,
    acknowledgeBy: earliest(results.map((r) => r.acknowledgeBy)),
    extensionNoticeBy: earliest(results.map((r) => r.extensionNoticeBy)),
    orgDue: organisation.due,
    orgAcknowledgeBy: organisation.acknowledgeBy,
    effectiveDue: comparison.effective,
    drivenBy: comparison.drivenBy,
    explanations,
    explanationLines,
    canExtend: facts.types.every((type) => canExtend(facts.regime, type)),
  };
}

/** Sorts after every real date. */
export const NO_DUE_DATE = '9999-12-31';

/** What the `deadlines` JSON column holds. */
export type StoredDeadlines = Pick<RequestDeadlines, 'explanations' | 'canExtend'> & Partial<Pick<RequestDeadlines, 'explanationLines'>>;

/**
 * The stored form: each date in its own indexed column, and only the explanations and the
 * extension rule as JSON (the inbox never reads that JSON).
 */
export function deadlineColumns(d: RequestDeadlines) {
  return {
    legal_due: d.legalDue,
    legal_extended_due: d.legalExtendedDue,
    legal_binding_due: d.legalExtendedDue ?? d.legalDue,
    acknowledge_by: d.acknowledgeBy,
    extension_notice_by: d.extensionNoticeBy,
    org_due: d.orgDue,
    org_acknowledge_by: d.orgAcknowledgeBy,
    effective_due: d.effectiveDue,
    due_sort: d.effectiveDue ?? NO_DUE_DATE,
    driven_by: d.drivenBy,
    deadlines: JSON.stringify({ explanations: d.explanations, explanationLines: d.explanationLines, canExtend: d.canExtend }),
  };
}
