import type { CivilDate } from '../../shared/pure/civil-date';
import type { Citation, CitationId } from './citations';
import type { ExplanationLine } from '../../shared/pure/i18n/message';
import type { NonWorkingDay } from './holiday-calendar';
import type { Regime, RequestType } from '../../shared/regimes';

/**
 * Why a clock is stopped: under UK GDPR (Art. 12A) identity (Art. 12(6)), a fee, or
 * clarification; under the GDPR only identity (EDPB Guidelines 01/2022 para. 159).
 */
export const CLOCK_STOP_REASONS = ['identity', 'fee', 'clarification'] as const;
export type ClockStopReason = (typeof CLOCK_STOP_REASONS)[number];

/**
 * One stop of a UK GDPR clock: asked on `from`, answered on `to` (null while still waiting).
 * Both are civil dates in the organisation's zone.
 */
export interface ClockStop {
  reason: ClockStopReason;
  from: CivilDate;
  to: CivilDate | null;
}

/**
 * One step of a deadline computation, structured so a UI can render it in any language.
 * `explainStep` renders the English form.
 */
export type DeadlineStep =
  /** The period starts (the day of receipt, or the UK relevant time). */
  | { kind: 'start'; date: CivilDate; cause: 'receipt' | 'identity' | 'fee' }
  /** Reg. 1182/71 Art. 3(2)(c) month arithmetic; `lastDayOfMonth` when the date did not exist. */
  | { kind: 'add-months'; from: CivilDate; months: number; to: CivilDate; lastDayOfMonth: boolean; receiptIsDayOne: boolean }
  /** N calendar days after `from` (the first day not counted). */
  | { kind: 'add-days'; from: CivilDate; days: number; to: CivilDate }
  /** N business days after `from`; `skipped` lists the weekend days and holidays passed over. */
  | { kind: 'add-business-days'; from: CivilDate; days: number; to: CivilDate; jurisdiction: string; skipped: NonWorkingDay[] }
  /** A pause (UK clarification, EU identity): `days` days do not count, moving the end. */
  | { kind: 'pause'; reason: ClockStopReason; from: CivilDate; to: CivilDate; days: number; endBefore: CivilDate; endAfter: CivilDate }
  /** A clock stop that does not change the date, with why. */
  | { kind: 'pause-ignored'; reason: ClockStopReason; from: CivilDate; to: CivilDate | null; why: 'after-deadline' | 'before-start' | 'superseded' | 'same-day' }
  /** The end fell on a non-working day and moves to the next working day. */
  | { kind: 'roll-forward'; from: CivilDate; to: CivilDate; jurisdiction: string; skipped: NonWorkingDay[] }
  /**
   * The end falls on a weekend day or holiday but stays: `saturday-working` when the regime's
   * computing-time statute does not count Saturday as a holiday; `law-silent` when no statute
   * on computing time reaches the controller's act.
   */
  | { kind: 'no-roll-forward'; date: CivilDate; jurisdiction: string; day: NonWorkingDay; why: 'saturday-working' | 'law-silent' }
  /** The extension under the chosen reading of "two further months" (GDPR). */
  | { kind: 'extension-reading'; reading: GdprExtensionReading }
  /** The date equals another deadline of the same request (e.g. extension notice = due). */
  | { kind: 'same-as'; field: DeadlineField; date: CivilDate }
  /** The clock is stopped and no date can be given until the information arrives. */
  | { kind: 'clock-stopped'; reason: ClockStopReason; since: CivilDate }
  /** The law sets no period for this request type. */
  | { kind: 'no-statutory-period' }
  /** Due the day it arrives (Arts 21(3), 7(3)): marketing stops, or the consent ends, at once. */
  | { kind: 'at-once'; date: CivilDate; type: 'marketing-opt-out' | 'consent-withdrawal' }
  /** The law allows an extension but sets no maximum: the controller names the new date. */
  | { kind: 'extension-open-ended' }
  /** A remark that changes no date (e.g. a late identity request). */
  | {
      kind: 'note';
      code:
        | 'identity-asked-late'
        | 'eu-identity-suspension'
        | 'eu-identity-keeps-running'
        | 'verification-does-not-stop-clock'
        | 'simplified-form-at-once'
        | 'silence-is-refusal'
        | 'reasonable-period-planned'
        | 'notice-of-response-time';
    };

/**
 * The two readings of GDPR Art. 12(3) "extended by two further months": three months from
 * receipt (as the ICO counts), or two months from the end of the first month.
 */
export const GDPR_EXTENSION_READINGS = ['from-receipt', 'from-first-end'] as const;
export type GdprExtensionReading = (typeof GDPR_EXTENSION_READINGS)[number];

/**
 * GDPR identity requests: the period keeps running (default, the cautious plan) or is
 * suspended as EDPB Guidelines 01/2022 para. 159 allows ("there may be a suspension").
 */
export const GDPR_IDENTITY_READINGS = ['keeps-running', 'suspended'] as const;
export type GdprIdentityReading = (typeof GDPR_IDENTITY_READINGS)[number];

/** The holiday list for CCPA business days: California state holidays (default) or US federal ones. */
export const CCPA_BUSINESS_DAY_LISTS = ['california', 'federal'] as const;
export type CcpaBusinessDayList = (typeof CCPA_BUSINESS_DAY_LISTS)[number];

/** The four dates every rights request may have. */
export const DEADLINE_FIELDS = ['due', 'extendedDue', 'acknowledgeBy', 'extensionNoticeBy'] as const;
export type DeadlineField = (typeof DEADLINE_FIELDS)[number];

/** One computed date, how it was reached, and the rules it rests on. */
export interface DeadlineDetail {
  /** The date, or null when it cannot be given (clock stopped, no statutory period, open-ended extension). */
  date: CivilDate | null;
  steps: DeadlineStep[];
  citations: CitationId[];
  /** The explanation as catalogue messages, for rendering in the reader's language. */
  line: ExplanationLine;
  /** English, one line: `Due Thu 30 Apr 2026: one month from … → … [GDPR Art. 12(3); …]`. */
  explanation: string;
}

/** Everything the engine knows about one request's legal deadlines. */
export interface DeadlineResult {
  regime: Regime;
  type: RequestType;
  received: CivilDate;
  /** The holiday calendar used, `CC` or `CC-SUB`. */
  country: string;
  extended: boolean;
  /** The legal deadline for the response, or null (see `details.due`). */
  due: CivilDate | null;
  /** The extended deadline when `extended`, else null. */
  extendedDue: CivilDate | null;
  /** The deadline to confirm receipt (CCPA only), else null. */
  acknowledgeBy: CivilDate | null;
  /** The last day to tell the person about an extension, where the law allows one, else null. */
  extensionNoticeBy: CivilDate | null;
  /** The applicable deadlines explained in English, one line each. */
  explanation: string;
  /** The same explanation as catalogue messages, one line per date. */
  lines: ExplanationLine[];
  /** The structured computation of each date; null for a field that does not apply. */
  details: Record<DeadlineField, DeadlineDetail | null>;
  /** Every rule cited by any date, without repeats. */
  citations: Citation[];
  /** Set while a UK GDPR clock is stopped: dates that depend on it are null. */
  clockStop: { reason: ClockStopReason; since: CivilDate } | null;
}
