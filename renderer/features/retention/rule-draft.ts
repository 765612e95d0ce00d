import type { RetentionRule, RetentionRuleInput, RetentionTrigger } from '../../../electron/shared/retention';

/** The retention rule form as typed: text everywhere, checked and converted on save. */
export interface RuleDraft {
  category: string;
  periodCount: string;
  periodUnit: 'months' | 'years';
  trigger: RetentionTrigger | '';
  triggerNote: string;
  legalBasis: string;
  reviewEveryMonths: string;
  firstReview: string;
}

/** A new rule: reviewed yearly unless the DPO says otherwise. */
export const emptyDraft: RuleDraft = {
  category: '',
  periodCount: '',
  periodUnit: 'years',
  trigger: '',
  triggerNote: '',
  legalBasis: '',
  reviewEveryMonths: '12',
  firstReview: '',
};

/** A rule as the form shows it for editing (its next review in the first-review field). */
export function draftOf(rule: RetentionRule): RuleDraft {
  return {
    category: rule.category,
    periodCount: String(rule.periodCount),
    periodUnit: rule.periodUnit,
    trigger: rule.trigger,
    triggerNote: rule.triggerNote,
    legalBasis: rule.legalBasis,
    reviewEveryMonths: String(rule.reviewEveryMonths),
    firstReview: rule.nextReview,
  };
}

/** The draft as the API takes it; the schema in main has the last word on every field. */
export function ruleInput(draft: RuleDraft & { trigger: RetentionTrigger }): RetentionRuleInput {
  const whole = (text: string) => (/^\d+$/.test(text.trim()) ? Number(text.trim()) : Number.NaN);
  return {
    category: draft.category,
    periodCount: whole(draft.periodCount),
    periodUnit: draft.periodUnit,
    trigger: draft.trigger,
    triggerNote: draft.triggerNote,
    legalBasis: draft.legalBasis,
    reviewEveryMonths: whole(draft.reviewEveryMonths),
    ...(draft.firstReview ? { firstReview: draft.firstReview } : {}),
  };
}
