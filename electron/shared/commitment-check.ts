import { z } from 'zod';
import type { Regime, RequestType } from './regimes';

/** The organisation's three promises (Settings → Organisation), by the name the form and the report use. */
export const COMMITMENT_KINDS = ['response', 'complexResponse', 'acknowledge'] as const;
export type CommitmentKind = (typeof COMMITMENT_KINDS)[number];

/** How the law states the period a commitment was compared with: "one month", "45 calendar days", "10 business days". */
export interface LegalPeriod {
  amount: number;
  unit: 'months' | 'calendar-days' | 'business-days';
  /**
   * The id of the rule that sets it (e.g. `gdpr-art-12-3`), never its words: a document or
   * screen renders it as the catalogue's `msg.citation.<id>` in its own language, so an Italian
   * report says "art. 12, par. 3, …" where an English one says "GDPR Art. 12(3)".
   */
  citationId: string;
}

/**
 * A commitment that ends later than the legal deadline for some receipt dates: the law's
 * clock and the organisation's are judged each on its own, so a promise that outlasts the
 * law is flagged even though the earlier (legal) date still governs the request.
 */
export interface CommitmentBeyondLaw {
  commitment: CommitmentKind;
  /** The promise in calendar days from receipt. */
  days: number;
  regime: Regime;
  /** The request types of the regime whose period it outlasts. */
  types: RequestType[];
  /** True when those are all the regime's request types a promise in days is compared with (not those due on receipt, such as an objection to direct marketing). */
  allTypes: boolean;
  /**
   * The regime's request types no promise in days applies to, because the law wants them acted on
   * as they arrive (GDPR / UK GDPR Arts 21(3), 7(3)): their commitment date is the law's, the day of
   * receipt, so the warning says it does not cover them. Empty when the regime has none.
   */
  notApplied: { types: RequestType[]; citationIds: string[] };
  legal: LegalPeriod;
  /** The fewest calendar days from receipt to the legal deadline among the dates tried. */
  shortestLegalDays: number;
  /** Receipt dates tried, one a day from the first, and on how many the commitment ended later. */
  datesTried: number;
  datesLater: number;
  /** The first receipt date tried on which the commitment ended later, with both dates. */
  example: { received: string; legalDate: string; commitmentDate: string };
}

const days = z.number().int().min(1).max(365).nullable();

/**
 * The input of `settings.commitmentCheck`: the promises as typed (saved or not) and, when
 * given, the country and subdivision as typed (their home law and holidays); otherwise the saved ones.
 */
export const commitmentCheckRequestSchema = z
  .object({
    responseDays: days,
    complexResponseDays: days,
    acknowledgeDays: days,
    country: z.string().regex(/^[A-Z]{2}$/).nullable().optional(),
    subdivision: z.string().regex(/^[A-Z0-9]{1,3}$/).nullable().optional(),
  })
  .strict();
