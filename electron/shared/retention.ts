import { z } from 'zod';
import { civilDateInput } from './calendar';

/** The retention register (rules with review dates) and the vault's own retention of closed cases. */

const text = (max: number) => z.string().trim().min(1, 'Fill this in').max(max);

/** What starts a retention period (the examples: account closure, end of the relationship, …). */
export const RETENTION_TRIGGERS = ['collection', 'end-of-relationship', 'account-closure', 'last-activity', 'end-of-financial-year', 'other'] as const;
export type RetentionTrigger = (typeof RETENTION_TRIGGERS)[number];

/** A rule of the retention register as the DPO enters it. */
export const retentionRuleSchema = z
  .object({
    category: text(200),
    periodCount: z.number().int().min(1).max(1200),
    periodUnit: z.enum(['months', 'years']),
    trigger: z.enum(RETENTION_TRIGGERS),
    triggerNote: z.string().trim().max(500).default(''),
    legalBasis: text(1000),
    reviewEveryMonths: z.number().int().min(1).max(120).default(12),
    /** The first review; defaults to today + reviewEveryMonths. */
    firstReview: civilDateInput.optional(),
  })
  .strict()
  .refine((r) => r.trigger !== 'other' || r.triggerNote !== '', { path: ['triggerNote'], message: 'Say what starts the period' });
export type RetentionRuleInput = z.input<typeof retentionRuleSchema>;

/** A rule of the register with its review dates. */
export interface RetentionRule {
  id: string;
  category: string;
  periodCount: number;
  periodUnit: 'months' | 'years';
  trigger: RetentionTrigger;
  triggerNote: string;
  legalBasis: string;
  reviewEveryMonths: number;
  lastReviewedOn: string | null;
  nextReview: string;
  createdAt: string;
  updatedAt: string;
}

/** A closed case old enough to be deleted under the vault's retention period. */
export interface ProposedCase { id: string; reference: string; status: string; closedAt: string }

/** The vault's own retention: the period, the cutoff and the cases proposed for deletion. */
export interface RetentionProposals {
  periodMonths: number | null;
  /** Cases closed before this instant are proposed (start of the cutoff day in the organisation's zone). */
  cutoff: string | null;
  requests: { total: number; rows: ProposedCase[] };
  breaches: { total: number; rows: ProposedCase[] };
}

/** The closed cases the DPO chose to delete. */
export const deleteCasesSchema = z
  .object({
    requestIds: z.array(z.string().min(1).max(64)).max(10_000).default([]),
    breachIds: z.array(z.string().min(1).max(64)).max(10_000).default([]),
    /** The DPO types this word: deletion cannot be undone. */
    confirm: z.literal('delete', { error: 'Type delete to confirm' }),
  })
  .strict()
  .refine((v) => v.requestIds.length + v.breachIds.length > 0, 'Choose at least one case');

/** How many cases were deleted. */
export interface RetentionDeletion { deletedRequests: number; deletedBreaches: number }
