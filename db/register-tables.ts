/**
 * Row types of the registers (migration 0011): processing activities, processors, transfers,
 * the measures catalogue and the links between them and to cases. JSON columns hold arrays
 * of short texts (or, for `purposes`, `controllers` and `dpia_screening`, the shapes the
 * contract's schemas describe).
 */
export interface RegisterMeasuresTable {
  id: string;
  name: string;
  kind: string;
  description: string;
  created_at: string;
  updated_at: string;
}

/** The review dates every register entry carries. */
interface Reviewed {
  review_every_months: number;
  last_reviewed_on: string | null;
  /** Civil date in the organisation's zone: shown on Today and in Deadlines. */
  next_review: string;
  created_at: string;
  updated_at: string;
}

export interface RegisterProcessorsTable extends Reviewed {
  id: string;
  name: string;
  service: string;
  /** ISO 3166-1 alpha-2. */
  country: string;
  /** Set for a sub-processor: the processor that engaged it. */
  parent_id: string | null;
  dpa_signed_on: string | null;
  dpa_file: string | null;
  sub_processor_approval: string | null;
  transfer_mechanism: string | null;
  /** Hours within which the processor must tell us of a breach (Art. 33(2)), per the contract. */
  breach_notice_hours: number | null;
  notes: string;
}

export interface RegisterTransfersTable extends Reviewed {
  id: string;
  recipient: string;
  country: string;
  processor_id: string | null;
  ground: string;
  scc_module: string | null;
  ground_detail: string;
  tia_on: string | null;
  tia_file: string | null;
  /** JSON array. */
  supplementary_measures: string;
}

export interface RegisterActivitiesTable extends Reviewed {
  id: string;
  /** `PA-001`: a stable reference for the register and the CSV. */
  reference: string;
  role: string;
  name: string;
  description: string;
  /** JSON: `{ purpose, legalBasis, art9Condition, note }[]`. */
  purposes: string;
  subject_categories: string;
  data_categories: string;
  /** JSON array of the breach triage's data-category keys. */
  breach_categories: string;
  special_categories: number;
  subjects_estimate: number | null;
  source: string;
  recipients: string;
  systems: string;
  /** JSON: the controllers on whose behalf (Art. 30(2)(a)), `{ name, contact }[]`. */
  controllers: string;
  processing_categories: string;
  retention: string;
  retention_rule_id: string | null;
  automated_decisions: string;
  owner: string;
  dpia_status: string;
  /** JSON: the last DPIA screening, or null. */
  dpia_screening: string | null;
}

export interface RegisterLinksTable {
  activity_id: string;
  /** `processor`, `transfer` or `measure` (later registers may add kinds). */
  kind: string;
  target_id: string;
}

export interface CaseRegisterLinksTable {
  case_type: string;
  case_id: string;
  kind: string;
  target_id: string;
}
