import type { SccModule, Transfer, TransferGround, TransferInput } from '../../../electron/shared/registers';
import { parseWholeNumber } from './processor-draft';

/** A transfer as the form edits it: every field as typed, supplementary measures one a line. */
export interface TransferDraft {
  recipient: string;
  country: string;
  processorId: string;
  ground: TransferGround | '';
  sccModule: SccModule | '';
  groundDetail: string;
  tiaOn: string;
  tiaFile: string;
  supplementaryMeasures: string;
  lastReviewedOn: string;
  reviewEveryMonths: string;
}

export const emptyTransferDraft: TransferDraft = {
  recipient: '',
  country: '',
  processorId: '',
  ground: '',
  sccModule: '',
  groundDetail: '',
  tiaOn: '',
  tiaFile: '',
  supplementaryMeasures: '',
  lastReviewedOn: '',
  reviewEveryMonths: '12',
};

/** The form's draft of a saved transfer. */
export function transferDraftOf(x: Transfer): TransferDraft {
  return {
    recipient: x.recipient,
    country: x.country,
    processorId: x.processorId ?? '',
    ground: x.ground,
    sccModule: x.sccModule ?? '',
    groundDetail: x.groundDetail,
    tiaOn: x.tiaOn ?? '',
    tiaFile: x.tiaFile ?? '',
    supplementaryMeasures: x.supplementaryMeasures.join('\n'),
    lastReviewedOn: x.lastReviewedOn ?? '',
    reviewEveryMonths: String(x.reviewEveryMonths),
  };
}

const optional = (text: string): string | null => (text.trim() === '' ? null : text.trim());

/** Whether the review interval as typed is a whole number of months (the API takes a number). */
export function transferMonthsValid(draft: TransferDraft): boolean {
  return typeof parseWholeNumber(draft.reviewEveryMonths) === 'number';
}

/**
 * The draft as `registers.saveTransfer` takes it. An unchosen ground is sent empty so the API
 * names the field; the SCC module goes only with SCCs.
 */
export function transferInput(draft: TransferDraft): TransferInput {
  const months = parseWholeNumber(draft.reviewEveryMonths);
  return {
    recipient: draft.recipient,
    country: draft.country,
    processorId: optional(draft.processorId),
    ground: draft.ground as TransferGround,
    sccModule: draft.ground === 'scc' && draft.sccModule !== '' ? draft.sccModule : null,
    groundDetail: draft.groundDetail,
    tiaOn: optional(draft.tiaOn),
    tiaFile: optional(draft.tiaFile),
    supplementaryMeasures: draft.supplementaryMeasures.split('\n').map((s) => s.trim()).filter((s) => s !== ''),
    lastReviewedOn: optional(draft.lastReviewedOn),
    reviewEveryMonths: typeof months === 'number' ? months : 12,
  };
}
