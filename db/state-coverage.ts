import type { Database } from './schema';

/**
 * Where each column's value is committed: the name of a field group (`subject`, `notes`,
 * `deadlines`…), or `null` for a column that is not hashed as such, with the reason in a
 * comment (a BLOB whose SHA-256 is stored in a hashed column and checked separately).
 */
type ColumnGroups<T> = { [K in keyof T]-?: string | null };

/**
 * How the rows of one table belong to a case. The case key is `<caseType>:<caseId>`; a
 * case type is a fixed word or read from a column of the row.
 */
export interface TableCoverage<T> {
  caseType: string | { column: keyof T & string };
  caseId: keyof T & string;
  columns: ColumnGroups<T>;
}

/** A table whose rows are not case data, with the reason. */
export interface ExemptTable {
  exempt: string;
}

/**
 * Every table of the vault, declared once: either how its rows belong to a case and which
 * field group each column is in, or why it is exempt. This one declaration drives the
 * state commitments (the triggers that notice a change, the hash each audited write
 * commits to, and `audit verify`'s recomputation). The type demands an entry for every
 * table in {@link Database} and a group for every column, so a new table or column does
 * not compile until it is declared here.
 */
export const stateCoverage: { [K in keyof Database]: TableCoverage<Database[K]> | ExemptTable } = {
  vault_meta: { exempt: 'the vault id (checked against the header) and bookkeeping flags' },
  audit_events: { exempt: 'the hash chain itself, verified link by link' },
  settings: { caseType: 'setting', caseId: 'key', columns: { key: 'value', value: 'value', updated_at: 'value' } },
  requests: {
    caseType: 'request',
    caseId: 'id',
    columns: {
      id: 'facts', reference: 'facts', ref_year: 'facts', ref_seq: 'facts', regime: 'facts', types: 'facts', received_at: 'facts',
      received_date: 'facts', time_zone: 'facts', jurisdiction: 'facts', channel: 'facts', complex: 'facts', description: 'facts',
      systems: 'facts', created_at: 'facts',
      subject_name: 'subject', subject_email: 'subject', subject_phone: 'subject', subject_address: 'subject',
      requester_relation: 'subject', requester_name: 'subject', requester_email: 'subject', under_16: 'subject',
      identity_method: 'identity', identity_requested_at: 'identity', identity_verified_at: 'identity', identity_outcome: 'identity',
      status: 'status', is_open: 'status', outcome: 'status', refusal_ground: 'status', extension_reason: 'status', extended_at: 'status',
      acknowledged_at: 'status', acknowledged_channel: 'status', acknowledged_document_id: 'status', voided_at: 'status',
      closed_at: 'status', legal_days_late: 'status', org_days_late: 'status', updated_at: 'status',
      legal_due: 'deadlines', legal_extended_due: 'deadlines', acknowledge_by: 'deadlines', extension_notice_by: 'deadlines',
      org_due: 'deadlines', org_acknowledge_by: 'deadlines', legal_binding_due: 'deadlines', effective_due: 'deadlines',
      due_sort: 'deadlines', driven_by: 'deadlines', deadlines: 'deadlines',
      // version: bookkeeping moved by the audit trail's own insert trigger (after the commitment is sealed), not case data.
      version: null,
    },
  },
  request_types: { caseType: 'request', caseId: 'request_id', columns: { request_id: 'types', type: 'types' } },
  request_clock_stops: {
    caseType: 'request',
    caseId: 'request_id',
    columns: { id: 'clock-stops', request_id: 'clock-stops', reason: 'clock-stops', from_date: 'clock-stops', to_date: 'clock-stops' },
  },
  request_history: {
    caseType: 'request',
    caseId: 'request_id',
    columns: { id: 'history', request_id: 'history', audit_seq: 'history', at: 'history', actor: 'history', action: 'history', from_status: 'history', to_status: 'history', reason: 'history' },
  },
  request_changes: {
    caseType: 'request',
    caseId: 'request_id',
    columns: { id: 'corrections', request_id: 'corrections', audit_seq: 'corrections', field: 'corrections', old_value: 'corrections', new_value: 'corrections' },
  },
  request_notes: {
    caseType: 'request',
    caseId: 'request_id',
    columns: { id: 'notes', request_id: 'notes', at: 'notes', author: 'notes', text: 'notes', corrects_note_id: 'notes' },
  },
  attachments: {
    caseType: 'request',
    caseId: 'request_id',
    // content: its SHA-256 is the hashed `sha256` column; `audit verify` checks one against the other.
    columns: { id: 'attachments', request_id: 'attachments', file_name: 'attachments', mime_type: 'attachments', size: 'attachments', sha256: 'attachments', content: null, created_at: 'attachments' },
  },
  breaches: {
    caseType: 'breach',
    caseId: 'id',
    columns: {
      id: 'facts', reference: 'facts', ref_year: 'facts', ref_seq: 'facts', title: 'facts', cause: 'facts', description: 'facts',
      discovered_at: 'facts', aware_at: 'facts', aware_utc: 'facts', occurred_from: 'facts', occurred_to: 'facts', systems: 'facts',
      subject_categories: 'facts', records_count: 'facts', cross_border: 'facts', other_authorities: 'facts', processors: 'facts',
      facts_draft: 'facts', facts: 'facts', created_at: 'facts',
      authority_deadline: 'deadlines',
      triage: 'assessment', severity_level: 'assessment', severity_score: 'assessment', risk: 'assessment',
      dpo_notify_authority: 'decision', dpo_notify_subjects: 'decision', dpo_decision_rationale: 'decision', art34_exemption: 'decision',
      decision_recommendation: 'decision', decided_at: 'decision', decided_by: 'decision',
      subjects_ordered_on: 'authority-order', subjects_order_reference: 'authority-order',
      status: 'status', closed_at: 'status', updated_at: 'status',
      // version: bookkeeping moved by the audit trail's own insert trigger (after the commitment is sealed), not case data.
      version: null,
    },
  },
  breach_actions: {
    caseType: 'breach',
    caseId: 'breach_id',
    columns: { id: 'actions', breach_id: 'actions', kind: 'actions', at: 'actions', who: 'actions', text: 'actions', created_at: 'actions' },
  },
  breach_notifications: {
    caseType: 'breach',
    caseId: 'breach_id',
    columns: {
      id: 'notifications', breach_id: 'notifications', recipient: 'notifications', phase: 'notifications', sent_at: 'notifications',
      reference: 'notifications', channel: 'notifications', recipients_count: 'notifications', summary: 'notifications',
      delay_reasons: 'notifications', adds: 'notifications', created_at: 'notifications',
    },
  },
  breach_history: {
    caseType: 'breach',
    caseId: 'breach_id',
    columns: { id: 'history', breach_id: 'history', audit_seq: 'history', at: 'history', actor: 'history', action: 'history', from_status: 'history', to_status: 'history', reason: 'history' },
  },
  documents: {
    caseType: { column: 'case_type' },
    caseId: 'case_id',
    // content: the PDF; its SHA-256 is the hashed `sha256` column; `audit verify` checks one against the other.
    columns: {
      id: 'letters', case_type: 'letters', case_id: 'letters', kind: 'letters', language: 'letters', title: 'letters', version: 'letters',
      status: 'letters', sha256: 'letters', size: 'letters', content: null, body_json: 'letters', created_at: 'letters', created_by: 'letters',
      letter_date: 'letters', recipient: 'letters',
    },
  },
  document_dispatches: {
    caseType: 'document',
    caseId: 'document_id',
    columns: { id: 'dispatches', document_id: 'dispatches', sent_on: 'dispatches', channel: 'dispatches', recipient: 'dispatches', recorded_at: 'dispatches', recorded_by: 'dispatches' },
  },
  letter_drafts: {
    caseType: { column: 'case_type' },
    caseId: 'case_id',
    columns: {
      case_type: 'drafts', case_id: 'drafts', kind: 'drafts', language: 'drafts', letter_date: 'drafts', inputs_json: 'drafts', body_json: 'drafts',
      updated_at: 'drafts', updated_by: 'drafts', version: 'drafts',
    },
  },
  reminders_fired: { caseType: 'reminder', caseId: 'id', columns: { id: 'fired', case_id: 'fired', fired_at: 'fired' } },
  notifications: {
    caseType: 'notification',
    caseId: 'reminder_id',
    columns: {
      id: 'notification', reminder_id: 'notification', kind: 'notification', lead: 'notification', case_type: 'notification', case_id: 'notification',
      reference: 'notification', label: 'notification', deadline: 'notification', summary: 'notification', fired_at: 'notification', read_at: 'notification',
    },
  },
  retention_rules: {
    caseType: 'retention-rule',
    caseId: 'id',
    columns: {
      id: 'rule', category: 'rule', period_count: 'rule', period_unit: 'rule', trigger: 'rule', trigger_note: 'rule', legal_basis: 'rule',
      review_every_months: 'review', last_reviewed_on: 'review', next_review: 'review', created_at: 'rule', updated_at: 'rule',
    },
  },
  register_measures: {
    caseType: 'register-measure',
    caseId: 'id',
    columns: { id: 'measure', name: 'measure', kind: 'measure', description: 'measure', created_at: 'measure', updated_at: 'measure' },
  },
  register_processors: {
    caseType: 'register-processor',
    caseId: 'id',
    columns: {
      id: 'processor', name: 'processor', service: 'processor', country: 'processor', parent_id: 'processor', dpa_signed_on: 'processor',
      dpa_file: 'processor', sub_processor_approval: 'processor', transfer_mechanism: 'processor', breach_notice_hours: 'processor',
      notes: 'processor', created_at: 'processor', updated_at: 'processor',
      review_every_months: 'review', last_reviewed_on: 'review', next_review: 'review',
    },
  },
  register_transfers: {
    caseType: 'register-transfer',
    caseId: 'id',
    columns: {
      id: 'transfer', recipient: 'transfer', country: 'transfer', processor_id: 'transfer', ground: 'transfer', scc_module: 'transfer',
      ground_detail: 'transfer', tia_on: 'transfer', tia_file: 'transfer', supplementary_measures: 'transfer', created_at: 'transfer', updated_at: 'transfer',
      review_every_months: 'review', last_reviewed_on: 'review', next_review: 'review',
    },
  },
  register_activities: {
    caseType: 'register-activity',
    caseId: 'id',
    columns: {
      id: 'activity', reference: 'activity', role: 'activity', name: 'activity', description: 'activity', purposes: 'activity',
      subject_categories: 'activity', data_categories: 'activity', breach_categories: 'activity', special_categories: 'activity',
      subjects_estimate: 'activity', source: 'activity', recipients: 'activity', systems: 'activity', controllers: 'activity',
      processing_categories: 'activity', retention: 'activity', retention_rule_id: 'activity', automated_decisions: 'activity',
      owner: 'activity', created_at: 'activity', updated_at: 'activity',
      dpia_status: 'dpia', dpia_screening: 'dpia',
      review_every_months: 'review', last_reviewed_on: 'review', next_review: 'review',
    },
  },
  register_links: { caseType: 'register-activity', caseId: 'activity_id', columns: { activity_id: 'links', kind: 'links', target_id: 'links' } },
  case_register_links: {
    caseType: { column: 'case_type' },
    caseId: 'case_id',
    columns: { case_type: 'register-links', case_id: 'register-links', kind: 'register-links', target_id: 'register-links' },
  },
  clients: {
    caseType: 'client',
    caseId: 'id',
    columns: {
      id: 'client', name: 'client', privacy_contact: 'client', agreement_signed_on: 'client', agreement_file: 'client',
      breach_notice_hours: 'client', request_days: 'client', request_days_basis: 'client', sub_processor_approval: 'client',
      country: 'client', notes: 'client', created_at: 'client', updated_at: 'client',
    },
  },
  request_clients: {
    caseType: 'request',
    caseId: 'request_id',
    columns: {
      request_id: 'processor', client_id: 'processor', request_days: 'processor', request_days_basis: 'processor',
      forward_by: 'processor', assist_by: 'processor', forwarded_on: 'processor',
    },
  },
  breach_clients: {
    caseType: 'breach',
    caseId: 'breach_id',
    columns: { breach_id: 'clients', client_id: 'clients', notice_hours: 'clients', notified_at: 'clients', channel: 'clients', reference: 'clients' },
  },
  breach_roles: {
    caseType: 'breach',
    caseId: 'breach_id',
    columns: {
      breach_id: 'roles', controller_side: 'roles', processor_reported_at: 'roles', nis2_significant: 'roles', nis2_early_warning_at: 'roles',
      nis2_notification_at: 'roles', nis2_progress_report_at: 'roles', nis2_final_report_at: 'roles',
      nis2_early_warning_reference: 'roles', nis2_notification_reference: 'roles', nis2_progress_reference: 'roles', nis2_final_reference: 'roles',
    },
  },
};
