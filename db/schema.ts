import type { ColumnType, Generated, Selectable } from 'kysely';
import type {
  ActionKind,
  AuthorityPhase,
  BreachCause,
  BreachStatus,
  NotificationChannel,
  NotificationRecipient,
  RiskLevel,
  SeverityLevel,
} from '../electron/shared/breaches';
import type { DeadlineKind } from '../electron/shared/calendar';
import type { InAppNotification, ReminderLead, SummaryCounts } from '../electron/shared/notifications';
import type { RetentionRule, RetentionTrigger } from '../electron/shared/retention';
import type { CaseType, LetterLanguage } from '../electron/shared/document-contract';
import type {
  IdentityMethod,
  IdentityOutcome,
  Regime,
  RefusalGround,
  RequestChannel,
  RequestOutcome,
  RequesterRelation,
  RequestStatus,
  RequestSummary,
  RequestType,
} from '../electron/shared/requests';
import type { BreachClientsTable, BreachRolesTable, ClientsTable, RequestClientsTable } from './client-tables';
import type { JsonText } from './json-text';
import type {
  CaseRegisterLinksTable,
  RegisterActivitiesTable,
  RegisterLinksTable,
  RegisterMeasuresTable,
  RegisterProcessorsTable,
  RegisterTransfersTable,
} from './register-tables';

/** A column written once and never updated: an update of it is a compile error. */
type WriteOnce<T> = ColumnType<T, T, never>;

/**
 * The database's tables as Kysely sees them: the one source of row types.
 * Migrations are typed `Kysely<any>` so they stay frozen; everything else uses `Database`.
 * Statuses, regimes and channels carry the contract's unions, JSON columns say what they hold
 * ({@link JsonText}), and the audit trail's columns cannot be updated (the database refuses
 * it too).
 */
export interface VaultMetaTable {
  key: string;
  value: string;
}

export interface SettingsTable {
  key: string;
  /** The value as JSON. */
  value: string;
  updated_at: string;
}

export interface AuditEventsTable {
  seq: ColumnType<number, number | undefined, never>;
  /** ISO 8601 instant (UTC). */
  at: WriteOnce<string>;
  actor: WriteOnce<string>;
  action: WriteOnce<string>;
  entity_type: WriteOnce<string>;
  entity_id: WriteOnce<string | null>;
  /** Canonical JSON of the event's details. */
  data: WriteOnce<string>;
  prev_hash: WriteOnce<string>;
  hash: WriteOnce<string>;
  /**
   * Canonical JSON: case key → field group → [state hash before, after], for each case the
   * event's transaction changed (see `StateTracker`); null on events that changed no case
   * and on events written before state commitments.
   */
  states: ColumnType<string | null, string | null | undefined, never>;
}

export interface RequestsTable {
  id: string;
  /**
   * Goes up by one with every audit event naming the case (a trigger does it, on both
   * databases); an edit that read an older version is refused (`db/migrations/0022`).
   */
  version: ColumnType<number, number | undefined, number>;
  /** `YYYY-NNNN`: the year of receipt and a sequence within it. */
  reference: string;
  ref_year: number;
  ref_seq: number;
  regime: Regime;
  /** JSON array of request types (also one row each in request_types). */
  types: JsonText<RequestType[]>;
  /** ISO 8601 instant with the offset it was given in. */
  received_at: string;
  /** The civil date of receipt in the organisation's zone: day 0 of every period. */
  received_date: string;
  time_zone: string;
  /** The holiday calendar the deadlines use, `CC` or `CC-SUB`. */
  jurisdiction: string;
  channel: RequestChannel;
  subject_name: string;
  subject_email: string | null;
  subject_phone: string | null;
  subject_address: string | null;
  requester_relation: RequesterRelation;
  requester_name: string | null;
  requester_email: string | null;
  under_16: number;
  complex: number;
  description: string;
  /** JSON array of the systems and processors to search. */
  systems: JsonText<string[]>;
  identity_method: IdentityMethod | null;
  identity_requested_at: string | null;
  identity_verified_at: string | null;
  identity_outcome: IdentityOutcome;
  status: RequestStatus;
  /** 1 while the request is open: with `due_sort`, the inbox's index. */
  is_open: number;
  outcome: RequestOutcome | null;
  refusal_ground: RefusalGround | null;
  extension_reason: string | null;
  extended_at: string | null;
  acknowledged_at: string | null;
  /** How the acknowledgement went out (a request channel) and the letter it went with, if any. */
  acknowledged_channel: RequestChannel | null;
  acknowledged_document_id: string | null;
  /** Set when the request was voided as registered in error: it then leaves every count and list. */
  voided_at: string | null;
  closed_at: string | null;
  /** Days past the binding legal deadline / the organisation's date when closed (0 = on time); null while open. */
  legal_days_late: number | null;
  org_days_late: number | null;
  legal_due: string | null;
  legal_extended_due: string | null;
  acknowledge_by: string | null;
  extension_notice_by: string | null;
  org_due: string | null;
  org_acknowledge_by: string | null;
  /** The legal date that binds now: the extended one once extended, else the first. */
  legal_binding_due: string | null;
  /** The earlier of the binding legal date and the organisation's: drives sorting and warnings. */
  effective_due: string | null;
  /** `effective_due`, or 9999-12-31 when there is none, so "soonest first" is an index walk. */
  due_sort: string;
  /** Which clock sets `effective_due`: legal, organisation, both or null. */
  driven_by: RequestSummary['effective']['drivenBy'];
  /** JSON: the deadline engine's results and explanations the dates came from. */
  deadlines: string;
  created_at: string;
  updated_at: string;
}

export interface RequestTypesTable {
  request_id: string;
  type: RequestType;
}

export interface RequestClockStopsTable {
  id: Generated<number>;
  request_id: string;
  reason: string;
  from_date: string;
  to_date: string | null;
}

export interface RequestHistoryTable {
  id: Generated<number>;
  request_id: string;
  /** The audit event that records this step (which holds only a hash of the reason). */
  audit_seq: number;
  at: string;
  actor: string;
  action: string;
  from_status: string | null;
  to_status: string | null;
  reason: string | null;
}

/** One corrected fact of a request: the old and new value, kept with the case; the audit chain holds their hashes. */
export interface RequestChangesTable {
  id: Generated<number>;
  request_id: string;
  audit_seq: number;
  field: string;
  old_value: string | null;
  new_value: string | null;
}

export interface RequestNotesTable {
  id: Generated<number>;
  request_id: string;
  at: string;
  author: string;
  text: string;
  /** The note this one corrects (notes are never edited), on the same request; null for a note of its own. */
  corrects_note_id: number | null;
}

export interface AttachmentsTable {
  id: string;
  request_id: string;
  file_name: string;
  mime_type: string;
  size: number;
  sha256: string;
  content: Buffer;
  created_at: string;
}

export interface BreachesTable {
  id: string;
  /**
   * Goes up by one with every audit event naming the case (a trigger does it, on both
   * databases); an edit that read an older version is refused (`db/migrations/0022`).
   */
  version: ColumnType<number, number | undefined, number>;
  /** `B-YYYY-NNN`: the year of awareness (as written in aware_at) and a sequence within it. */
  reference: string;
  ref_year: number;
  ref_seq: number;
  title: string;
  cause: BreachCause | null;
  description: string;
  /** ISO 8601 instants with the offset they were given in. */
  discovered_at: string | null;
  /** Starts the 72-hour clock of Art. 33(1). */
  aware_at: string;
  /** aware_at in UTC (`…Z`), so the register sorts by instant whatever offsets were typed. */
  aware_utc: string;
  /** aware_at + 72 hours, in aware_at's offset; recomputed when aware_at changes. */
  authority_deadline: string;
  occurred_from: string | null;
  occurred_to: string | null;
  /** JSON arrays. */
  systems: string;
  subject_categories: string;
  records_count: number | null;
  cross_border: string;
  other_authorities: string;
  processors: string;
  /** JSON: the triage facts as entered so far (may be partial, no defaults applied). */
  facts_draft: string;
  /** JSON: the complete facts as the triage schema parsed them; null until complete. */
  facts: string | null;
  /** JSON: the last triage of `facts`; null until the facts are complete. */
  triage: string | null;
  severity_level: SeverityLevel | null;
  severity_score: number | null;
  risk: RiskLevel | null;
  status: BreachStatus;
  dpo_notify_authority: number | null;
  dpo_notify_subjects: number | null;
  dpo_decision_rationale: string | null;
  art34_exemption: string | null;
  /** JSON: the triage the decision was taken against, kept beside it. */
  decision_recommendation: string | null;
  decided_at: string | null;
  decided_by: string | null;
  /** The supervisory authority's order to tell the people (Art. 34(4)): its day (YYYY-MM-DD) and reference; null while none is recorded. */
  subjects_ordered_on: string | null;
  subjects_order_reference: string | null;
  closed_at: string | null;
  created_at: string;
  updated_at: string;
}

export interface BreachActionsTable {
  id: Generated<number>;
  breach_id: string;
  kind: ActionKind;
  at: string;
  who: string;
  text: string;
  created_at: string;
}

export interface BreachNotificationsTable {
  id: Generated<number>;
  breach_id: string;
  recipient: NotificationRecipient;
  phase: AuthorityPhase | null;
  sent_at: string;
  reference: string | null;
  channel: NotificationChannel | null;
  recipients_count: number | null;
  summary: string;
  delay_reasons: string | null;
  /** For a supplementary or complete notice to the authority: what it adds to or corrects in the earlier ones (migration 0010). */
  adds: string | null;
  created_at: string;
}

export interface BreachHistoryTable {
  id: Generated<number>;
  breach_id: string;
  /** The audit event that records this step (which holds only a hash of the reason). */
  audit_seq: number;
  at: string;
  actor: string;
  action: string;
  from_status: string | null;
  to_status: string | null;
  reason: string | null;
}

export interface DocumentsTable {
  id: string;
  case_type: CaseType;
  case_id: string;
  kind: string;
  language: LetterLanguage;
  title: string;
  /** 1, 2, … per case, kind and language: a regenerated letter is a new version. */
  version: number;
  status: string;
  /** SHA-256 (hex) of `content`, the PDF exactly as finalised. */
  sha256: string;
  size: number;
  content: Buffer;
  /** JSON: the final text the DPO approved (subject and blocks). */
  body_json: string;
  created_at: string;
  created_by: string;
  /** The date the letter bears (YYYY-MM-DD); null for documents finalised before it was kept. */
  letter_date: string | null;
  /** Whom the letter is addressed to, as printed; null for documents finalised before it was kept. */
  recipient: string | null;
}

/** One sending of a finalised document: when, by which channel, to whom. */
export interface DocumentDispatchesTable {
  id: string;
  document_id: string;
  /** YYYY-MM-DD in the organisation's zone. */
  sent_on: string;
  channel: string;
  recipient: string;
  recorded_at: string;
  recorded_by: string;
}

/** The DPO's unfinished letter: its date, inputs and edited text, per case, kind and language. */
export interface LetterDraftsTable {
  case_type: string;
  case_id: string;
  kind: string;
  language: string;
  letter_date: string | null;
  inputs_json: string;
  body_json: string | null;
  updated_at: string;
  updated_by: string;
  /** 1 at the first save, up by one with each save after it; a save made on an older version is refused (`db/migrations/0029`). */
  version: ColumnType<number, number | undefined, number>;
}

export interface RemindersFiredTable {
  /** `<calendar item id>@<deadline>#<lead>` or `summary:<date>`: a reminder fires once. */
  id: string;
  case_id: string | null;
  fired_at: string;
}

export interface NotificationsTable {
  id: Generated<number>;
  reminder_id: string;
  kind: DeadlineKind | 'summary';
  /** `48h`, `7d`, `0d`, `overdue` or `summary`. */
  lead: ReminderLead;
  case_type: InAppNotification['caseType'];
  case_id: string | null;
  reference: string | null;
  /** The person's name, breach title or retention category, for the in-app list only. */
  label: string | null;
  deadline: string | null;
  /** JSON: the daily summary's counts; null for other reminders. */
  summary: JsonText<SummaryCounts> | null;
  fired_at: string;
  read_at: string | null;
}

export interface RetentionRulesTable {
  id: string;
  category: string;
  period_count: number;
  period_unit: RetentionRule['periodUnit'];
  trigger: RetentionTrigger;
  trigger_note: string;
  legal_basis: string;
  review_every_months: number;
  last_reviewed_on: string | null;
  /** Civil date in the organisation's zone: the review deadline on the dashboard. */
  next_review: string;
  created_at: string;
  updated_at: string;
}

export interface Database {
  vault_meta: VaultMetaTable;
  settings: SettingsTable;
  audit_events: AuditEventsTable;
  requests: RequestsTable;
  request_types: RequestTypesTable;
  request_clock_stops: RequestClockStopsTable;
  request_history: RequestHistoryTable;
  request_changes: RequestChangesTable;
  request_notes: RequestNotesTable;
  attachments: AttachmentsTable;
  breaches: BreachesTable;
  breach_actions: BreachActionsTable;
  breach_notifications: BreachNotificationsTable;
  breach_history: BreachHistoryTable;
  documents: DocumentsTable;
  document_dispatches: DocumentDispatchesTable;
  letter_drafts: LetterDraftsTable;
  reminders_fired: RemindersFiredTable;
  notifications: NotificationsTable;
  retention_rules: RetentionRulesTable;
  register_measures: RegisterMeasuresTable;
  register_processors: RegisterProcessorsTable;
  register_transfers: RegisterTransfersTable;
  register_activities: RegisterActivitiesTable;
  register_links: RegisterLinksTable;
  case_register_links: CaseRegisterLinksTable;
  clients: ClientsTable;
  request_clients: RequestClientsTable;
  breach_clients: BreachClientsTable;
  breach_roles: BreachRolesTable;
}

export type RequestRow = Selectable<RequestsTable>;
export type BreachRow = Selectable<BreachesTable>;
export type DocumentRow = Selectable<DocumentsTable>;
