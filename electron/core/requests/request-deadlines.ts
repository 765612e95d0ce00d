import type { ExplanationLine } from '../../shared/pure/i18n/message';
import { msg, renderLine } from '../i18n';
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
  /** The first day an extension notice on the request is recorded as sent (`letter sent`), or null. */
  extensionNotifiedOn: string | null;
  /**
   * Swiss FADP: the date the notice of a later date recorded as sent names for the answer
   * (Ordinance Art. 18(2)); the law sets no maximum, so this is the extended date. Null or absent elsewhere.
   */
  laterDateNamed?: string | null;
  complex: boolean;
  clockStops: ClockStop[];
}

/** The dates stored on a request, and the engine output they came from. */
export interface RequestDeadlines {
  legalDue: string | null;
  /** The date the recorded extension runs to, whether or not it took effect (see `extensionInEffect`). */
  legalExtendedDue: string | null;
  /** The legal date that binds: the extended one only when the extension took effect, else the first. */
  legalBindingDue: string | null;
  /** Null when not extended; else whether the extension took effect (its notice recorded sent within the first period). */
  extensionInEffect: boolean | null;
  acknowledgeBy: string | null;
  extensionNoticeBy: string | null;
  orgDue: string | null;
  orgAcknowledgeBy: string | null;
  /** The earlier of the binding legal date (the extended one once the extension took effect) and the organisation's. */
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

/**
 * The regimes whose extension takes effect only once the person is told of it within the first
 * period, and whose extension notice DPO Desk writes, so that its sending can be recorded: GDPR
 * and UK GDPR Art. 12(3) ("within one month of receipt of the request, together with the reasons
 * for the delay"), CCPA Regs § 7021(b) (notice and explanation within the first 45 days), and the
 * Swiss Ordinance Art. 18(2) (the notice of a later date, which names the date it extends to).
 * PIPEDA s. 8(4), the US state laws and the Singapore rules also want notice within the first
 * period, but the product records no notice for them: their extension counts as recorded
 * (review 6, F13).
 */
const NOTICE_MAKES_EXTENSION: readonly Regime[] = ['gdpr', 'uk-gdpr', 'ccpa', 'ch-fadp'];

/**
 * Whether a recorded extension took effect: where the law makes it depend on telling the person
 * within the first period, only when an extension notice is recorded as sent on or before the
 * day that period ends (`noticeBy`); recorded later, or not at all, the original deadline applies.
 */
function extensionTakesEffect(facts: RequestDeadlineFacts, noticeBy: string | null): boolean {
  if (!NOTICE_MAKES_EXTENSION.includes(facts.regime)) return true;
  return facts.extensionNotifiedOn !== null && noticeBy !== null && facts.extensionNotifiedOn <= noticeBy;
}

/** The rule each regime's extension notice answers to. */
const NOTICE_CITATION: Partial<Record<Regime, string>> = {
  gdpr: 'msg.citation.gdpr-art-12-3',
  'uk-gdpr': 'msg.citation.uk-gdpr-art-12-3-12a',
  ccpa: 'msg.citation.ccpa-regs-7021-b',
  'ch-fadp': 'msg.citation.ch-fado-art-18',
};

/** The line saying whether the extension took effect, and why (Art. 12(3); CCPA Regs § 7021(b); Swiss Ordinance Art. 18(2)). */
function extensionLine(facts: RequestDeadlineFacts, inEffect: boolean, noticeBy: string | null, due: string | null): ExplanationLine | null {
  if (!NOTICE_MAKES_EXTENSION.includes(facts.regime) || noticeBy === null) return null;
  const citation = msg(NOTICE_CITATION[facts.regime] ?? 'msg.citation.gdpr-art-12-3');
  const head = inEffect
    ? msg('msg.deadline.extension.inEffect', { sentOn: facts.extensionNotifiedOn ?? '', noticeBy })
    : msg('msg.deadline.extension.notInEffect', { noticeBy, due: due ?? noticeBy });
  return { head, steps: [], citations: [citation] };
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
  // An open-ended extension (Swiss Ordinance Art. 18(2)) runs to the date its notice named, once one is recorded sent.
  const legalExtendedDue = facts.extended ? (earliest(results.map((r) => r.extendedDue)) ?? facts.laterDateNamed ?? null) : null;
  const extensionNoticeBy = earliest(results.map((r) => r.extensionNoticeBy));
  // The extension binds only once told within the first period (Art. 12(3) GDPR and UK GDPR; CCPA Regs § 7021(b); review 6, F13).
  const inEffect = facts.extended && extensionTakesEffect(facts, extensionNoticeBy);
  // A type due on receipt (Arts 21(3), 7(3)) makes the law's date the commitment's too: no promise in days applies to it.
  const onReceipt = facts.types.some((type) => dueOnReceipt(facts.regime, type));
  const organisation = computeOrganisationClock(facts.receivedDate, commitments, facts.extended || facts.complex, onReceipt);
  const binding = inEffect ? (legalExtendedDue ?? legalDue) : legalDue;
  const comparison = compareClocks(binding, organisation.due);
  const explanations: string[] = [];
  const explanationLines: ExplanationLine[] = [];
  for (const result of results) {
    if (explanations.includes(result.explanation)) continue;
    explanations.push(result.explanation);
    explanationLines.push(...result.lines);
  }
  const extension = facts.extended ? extensionLine(facts, inEffect, extensionNoticeBy, legalDue) : null;
  if (extension) {
    explanations.push(renderLine('en', extension));
    explanationLines.push(extension);
  }
  if (organisation.due !== null || organisation.acknowledgeBy !== null) {
    explanations.push(organisation.explanation);
    explanationLines.push(organisation.line);
  }
  return {
    legalDue,
    legalExtendedDue,
    legalBindingDue: binding,
    extensionInEffect: facts.extended ? inEffect : null,
    acknowledgeBy: earliest(results.map((r) => r.acknowledgeBy)),
    extensionNoticeBy,
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
    legal_binding_due: d.legalBindingDue,
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

/**
 * Null when the request records no extension; else whether the extension took effect, read from
 * the stored dates: it did when the binding date is the extended one, or when the extension names
 * no date and the law wants none named (Singapore's open-ended extension). A Swiss FADP extension
 * names its date only in its notice (Ordinance Art. 18(2)): without a date bound it has not taken
 * effect. Every reader of the register (request page, report) asks this, never the status alone.
 */
export function extensionInEffect(row: { regime: Regime; extended_at: string | null; legal_extended_due: string | null; legal_binding_due: string | null }): boolean | null {
  if (row.extended_at === null) return null;
  if (row.legal_extended_due === null) return row.regime !== 'ch-fadp';
  return row.legal_binding_due === row.legal_extended_due;
}
