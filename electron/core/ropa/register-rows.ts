import type { Selectable } from 'kysely';
import type { RegisterActivitiesTable, RegisterMeasuresTable, RegisterProcessorsTable, RegisterTransfersTable } from '../../../db/register-tables';
import type { Activity, DpiaScreening, Measure, Processor, Purpose, Transfer } from '../../shared/registers';

/** A JSON column read back; the register's own writes are its only source. */
export function parseJson<T>(text: string | null, fallback: T): T {
  return text === null ? fallback : (JSON.parse(text) as T);
}

/** The ids an activity links to, by kind. */
export interface ActivityLinks {
  processorIds: string[];
  transferIds: string[];
  measureIds: string[];
}

const reviewDates = (row: Selectable<RegisterProcessorsTable | RegisterTransfersTable | RegisterActivitiesTable>) => ({
  reviewEveryMonths: row.review_every_months,
  lastReviewedOn: row.last_reviewed_on,
  nextReview: row.next_review,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

/** An activity row and its links as the API shows it. */
export function toActivity(row: Selectable<RegisterActivitiesTable>, links: ActivityLinks): Activity {
  return {
    id: row.id,
    reference: row.reference,
    role: row.role as Activity['role'],
    name: row.name,
    description: row.description,
    purposes: parseJson<Purpose[]>(row.purposes, []),
    subjectCategories: parseJson<string[]>(row.subject_categories, []),
    dataCategories: parseJson<string[]>(row.data_categories, []),
    breachCategories: parseJson<string[]>(row.breach_categories, []),
    specialCategories: row.special_categories === 1,
    subjectsEstimate: row.subjects_estimate,
    source: row.source,
    recipients: parseJson<string[]>(row.recipients, []),
    systems: parseJson<string[]>(row.systems, []),
    controllers: parseJson<Activity['controllers']>(row.controllers, []),
    processingCategories: parseJson<string[]>(row.processing_categories, []),
    retention: row.retention,
    retentionRuleId: row.retention_rule_id,
    automatedDecisions: row.automated_decisions,
    owner: row.owner,
    dpiaStatus: row.dpia_status as Activity['dpiaStatus'],
    dpiaScreening: parseJson<DpiaScreening | null>(row.dpia_screening, null),
    ...links,
    ...reviewDates(row),
  };
}

/** A processor row as the API shows it. */
export function toProcessor(row: Selectable<RegisterProcessorsTable>): Processor {
  return {
    id: row.id,
    name: row.name,
    service: row.service,
    country: row.country,
    parentId: row.parent_id,
    dpaSignedOn: row.dpa_signed_on,
    dpaFile: row.dpa_file,
    subProcessorApproval: row.sub_processor_approval as Processor['subProcessorApproval'],
    transferMechanism: row.transfer_mechanism,
    breachNoticeHours: row.breach_notice_hours,
    notes: row.notes,
    ...reviewDates(row),
  };
}

/** A transfer row as the API shows it. */
export function toTransfer(row: Selectable<RegisterTransfersTable>): Transfer {
  return {
    id: row.id,
    recipient: row.recipient,
    country: row.country,
    processorId: row.processor_id,
    ground: row.ground as Transfer['ground'],
    sccModule: row.scc_module as Transfer['sccModule'],
    groundDetail: row.ground_detail,
    tiaOn: row.tia_on,
    tiaFile: row.tia_file,
    supplementaryMeasures: parseJson<string[]>(row.supplementary_measures, []),
    ...reviewDates(row),
  };
}

/** A catalogue entry as the API shows it. */
export function toMeasure(row: Selectable<RegisterMeasuresTable>): Measure {
  return { id: row.id, name: row.name, kind: row.kind as Measure['kind'], description: row.description };
}
