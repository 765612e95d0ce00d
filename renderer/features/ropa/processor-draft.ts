import type { Processor, ProcessorInput, SubProcessorApproval } from '../../../electron/shared/registers';

/** A processor as the form edits it: every field as typed. */
export interface ProcessorDraft {
  name: string;
  service: string;
  country: string;
  parentId: string;
  dpaSignedOn: string;
  dpaFile: string;
  subProcessorApproval: SubProcessorApproval | '';
  transferMechanism: string;
  breachNoticeHours: string;
  notes: string;
  lastReviewedOn: string;
  reviewEveryMonths: string;
}

export const emptyProcessorDraft: ProcessorDraft = {
  name: '',
  service: '',
  country: '',
  parentId: '',
  dpaSignedOn: '',
  dpaFile: '',
  subProcessorApproval: '',
  transferMechanism: '',
  breachNoticeHours: '',
  notes: '',
  lastReviewedOn: '',
  reviewEveryMonths: '12',
};

/** The form's draft of a saved processor. */
export function processorDraftOf(p: Processor): ProcessorDraft {
  return {
    name: p.name,
    service: p.service,
    country: p.country,
    parentId: p.parentId ?? '',
    dpaSignedOn: p.dpaSignedOn ?? '',
    dpaFile: p.dpaFile ?? '',
    subProcessorApproval: p.subProcessorApproval ?? '',
    transferMechanism: p.transferMechanism ?? '',
    breachNoticeHours: p.breachNoticeHours === null ? '' : String(p.breachNoticeHours),
    notes: p.notes,
    lastReviewedOn: p.lastReviewedOn ?? '',
    reviewEveryMonths: String(p.reviewEveryMonths),
  };
}

/** A whole number as typed: null when empty, 'invalid' when not digits (or zero). */
export function parseWholeNumber(text: string): number | null | 'invalid' {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  if (!/^\d+$/.test(trimmed)) return 'invalid';
  const value = Number(trimmed);
  return value >= 1 && Number.isSafeInteger(value) ? value : 'invalid';
}

const optional = (text: string): string | null => (text.trim() === '' ? null : text.trim());

/** The fields the form checks itself before asking (numbers the API could not read as numbers). */
export function processorDraftProblems(draft: ProcessorDraft): ('breachNoticeHours' | 'reviewEveryMonths')[] {
  const problems: ('breachNoticeHours' | 'reviewEveryMonths')[] = [];
  if (parseWholeNumber(draft.breachNoticeHours) === 'invalid') problems.push('breachNoticeHours');
  if (typeof parseWholeNumber(draft.reviewEveryMonths) !== 'number') problems.push('reviewEveryMonths');
  return problems;
}

/** The draft as `registers.saveProcessor` takes it; call only when `processorDraftProblems` is empty. */
export function processorInput(draft: ProcessorDraft): ProcessorInput {
  const hours = parseWholeNumber(draft.breachNoticeHours);
  const months = parseWholeNumber(draft.reviewEveryMonths);
  return {
    name: draft.name,
    service: draft.service,
    country: draft.country,
    parentId: optional(draft.parentId),
    dpaSignedOn: optional(draft.dpaSignedOn),
    dpaFile: optional(draft.dpaFile),
    subProcessorApproval: draft.subProcessorApproval === '' ? null : draft.subProcessorApproval,
    transferMechanism: optional(draft.transferMechanism),
    breachNoticeHours: typeof hours === 'number' ? hours : null,
    notes: draft.notes,
    lastReviewedOn: optional(draft.lastReviewedOn),
    reviewEveryMonths: typeof months === 'number' ? months : 12,
  };
}
