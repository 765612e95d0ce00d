import type { Activity, ActivityInput, Art9Condition, DpiaStatus, LegalBasis } from '../../../electron/shared/registers';
import { parseWholeNumber } from './processor-draft';

/** An activity as the form edits it: lists as one item a line, numbers as typed. */
export interface ActivityDraft {
  role: 'controller' | 'processor';
  name: string;
  description: string;
  purposes: { purpose: string; legalBasis: LegalBasis | ''; art9Condition: Art9Condition | '' }[];
  subjectCategories: string;
  dataCategories: string;
  specialCategories: boolean;
  /** The breach triage's data-category keys, for facts prefilled from this activity. */
  breachCategories: string[];
  /** The approximate number of people, as typed. */
  subjectsEstimate: string;
  source: string;
  recipients: string;
  controllers: string;
  processingCategories: string;
  processorIds: string[];
  retention: string;
  systems: string;
  owner: string;
  dpiaStatus: DpiaStatus;
  automatedDecisions: string;
  lastReviewedOn: string;
  reviewEveryMonths: string;
}

export const emptyActivityDraft: ActivityDraft = {
  role: 'controller',
  name: '',
  description: '',
  purposes: [{ purpose: '', legalBasis: '', art9Condition: '' }],
  subjectCategories: '',
  dataCategories: '',
  specialCategories: false,
  breachCategories: [],
  subjectsEstimate: '',
  source: '',
  recipients: '',
  controllers: '',
  processingCategories: '',
  processorIds: [],
  retention: '',
  systems: '',
  owner: '',
  dpiaStatus: 'not-screened',
  automatedDecisions: '',
  lastReviewedOn: '',
  reviewEveryMonths: '12',
};

const lines = (items: string[]) => items.join('\n');
const list = (text: string) => text.split('\n').map((s) => s.trim()).filter((s) => s !== '');

/** The form's draft of a saved activity. */
export function activityDraftOf(a: Activity): ActivityDraft {
  return {
    role: a.role,
    name: a.name,
    description: a.description,
    purposes: a.purposes.length > 0 ? a.purposes.map((p) => ({ purpose: p.purpose, legalBasis: p.legalBasis, art9Condition: p.art9Condition ?? '' })) : [{ purpose: '', legalBasis: '', art9Condition: '' }],
    subjectCategories: lines(a.subjectCategories),
    dataCategories: lines(a.dataCategories),
    specialCategories: a.specialCategories,
    breachCategories: a.breachCategories,
    subjectsEstimate: a.subjectsEstimate === null ? '' : String(a.subjectsEstimate),
    source: a.source,
    recipients: lines(a.recipients),
    controllers: lines(a.controllers.map((c) => c.name)),
    processingCategories: lines(a.processingCategories),
    processorIds: a.processorIds,
    retention: a.retention,
    systems: lines(a.systems),
    owner: a.owner,
    dpiaStatus: a.dpiaStatus,
    automatedDecisions: a.automatedDecisions,
    lastReviewedOn: a.lastReviewedOn ?? '',
    reviewEveryMonths: String(a.reviewEveryMonths),
  };
}

/**
 * The draft as the API takes it. What the form does not edit (purpose notes, controllers' contacts, transfers, measures) is kept from
 * the activity being edited. An empty purpose row is dropped; an unchosen basis is sent
 * empty so the API names the field.
 */
export function activityInput(draft: ActivityDraft, base: Activity | null): ActivityInput {
  const months = Number(draft.reviewEveryMonths);
  const estimate = parseWholeNumber(draft.subjectsEstimate);
  return {
    role: draft.role,
    name: draft.name,
    description: draft.description,
    purposes: draft.purposes
      .filter((p) => p.purpose.trim() !== '' || p.legalBasis !== '')
      .map((p) => {
        const kept = base?.purposes.find((b) => b.purpose === p.purpose);
        return { purpose: p.purpose, legalBasis: p.legalBasis as LegalBasis, art9Condition: draft.specialCategories && p.art9Condition !== '' ? p.art9Condition : null, note: kept?.note ?? '' };
      }),
    subjectCategories: list(draft.subjectCategories),
    dataCategories: list(draft.dataCategories),
    breachCategories: draft.breachCategories,
    specialCategories: draft.specialCategories,
    subjectsEstimate: typeof estimate === 'number' ? estimate : null,
    source: draft.source,
    recipients: list(draft.recipients),
    controllers: list(draft.controllers).map((name) => ({ name, contact: base?.controllers.find((c) => c.name === name)?.contact ?? '' })),
    processingCategories: list(draft.processingCategories),
    processorIds: draft.processorIds,
    transferIds: base?.transferIds ?? [],
    measureIds: base?.measureIds ?? [],
    retention: draft.retention,
    retentionRuleId: base?.retentionRuleId ?? null,
    systems: list(draft.systems),
    owner: draft.owner,
    dpiaStatus: draft.dpiaStatus,
    automatedDecisions: draft.automatedDecisions,
    lastReviewedOn: draft.lastReviewedOn.trim() === '' ? null : draft.lastReviewedOn.trim(),
    reviewEveryMonths: Number.isInteger(months) && months > 0 ? months : 12,
  };
}
