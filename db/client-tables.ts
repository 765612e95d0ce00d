/**
 * Row types of the two-role tables (migration 0018): the clients the organisation processes
 * for, the processor-side mark of a request, the per-client notices of a breach, and a
 * breach's roles and NIS2 facts. Instants are ISO 8601 with an offset; dates are civil dates
 * in the organisation's zone.
 */
export interface ClientsTable {
  id: string;
  name: string;
  /** Who at the client receives privacy matters (name, e-mail, address). */
  privacy_contact: string;
  agreement_signed_on: string | null;
  agreement_file: string | null;
  /** Hours to tell the client of a breach (Art. 33(2)); null: the contract says only "without undue delay". */
  breach_notice_hours: number | null;
  /** Days to forward a data-subject request to the client; null: the contract fixes none. */
  request_days: number | null;
  request_days_basis: string;
  sub_processor_approval: string | null;
  /** ISO 3166-1 alpha-2: the holidays a count of working days skips. */
  country: string;
  notes: string;
  created_at: string;
  updated_at: string;
}

export interface RequestClientsTable {
  request_id: string;
  client_id: string;
  /** The contract's terms when the request arrived (kept, so a later contract change does not move the date). */
  request_days: number | null;
  request_days_basis: string;
  /** The civil date by which the request is to be forwarded to the client; null when the contract fixes none. */
  forward_by: string | null;
  /** The date the client asked us to assist by, once it has asked. */
  assist_by: string | null;
  /** The civil date the request was forwarded to the client. */
  forwarded_on: string | null;
}

export interface BreachClientsTable {
  breach_id: string;
  client_id: string;
  /** The contract's hours when the client was added to the breach; null: "without undue delay". */
  notice_hours: number | null;
  notified_at: string | null;
  channel: string | null;
  reference: string | null;
}

export interface BreachRolesTable {
  breach_id: string;
  /** 1 when the breach touches data the organisation holds as controller. */
  controller_side: number;
  /** When a processor of ours reported the breach to us (our own clock still starts at our awareness). */
  processor_reported_at: string | null;
  nis2_significant: number;
  nis2_early_warning_at: string | null;
  nis2_notification_at: string | null;
  /** The progress report of an incident still ongoing at the month (migration 0030). */
  nis2_progress_report_at: string | null;
  nis2_final_report_at: string | null;
  /** The CSIRT's reference of each NIS2 report, one per report (migration 0032; before, one per breach). */
  nis2_early_warning_reference: string | null;
  nis2_notification_reference: string | null;
  nis2_progress_reference: string | null;
  nis2_final_reference: string | null;
}
