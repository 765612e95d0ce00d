/**
 * The free text and files a team server keeps only as ciphertext (see README, "What the team
 * server can read"): what people wrote about a case, and the letters and files of it. Every
 * other column stays plain because the lists sort, filter, count and search on it (references,
 * names and e-mails of the inbox search, statuses, dates and deadlines, breach titles, the
 * triage's structured facts), or because it is the audit trail, which holds hashes of free
 * text and never the text.
 *
 * `rowKey` is what the associated data binds a ciphertext to besides its table and column:
 * the row's primary key, or for rows numbered by the server (notes, actions, notices,
 * corrections, history) the case they belong to, since their number is not known before the
 * insert: such a value cannot be moved to another case, but could be swapped between two
 * rows of the same table and case.
 */
export interface ConfidentialTable {
  /** Column → how it is stored: text holds an encoded envelope, bytes a binary one. */
  columns: Readonly<Record<string, 'text' | 'bytes'>>;
  rowKey: readonly string[];
}

export const CONFIDENTIAL_TABLES: Readonly<Record<string, ConfidentialTable>> = {
  requests: { columns: { description: 'text', extension_reason: 'text' }, rowKey: ['id'] },
  request_notes: { columns: { text: 'text' }, rowKey: ['request_id'] },
  request_changes: { columns: { old_value: 'text', new_value: 'text' }, rowKey: ['request_id'] },
  request_history: { columns: { reason: 'text' }, rowKey: ['request_id'] },
  attachments: { columns: { content: 'bytes' }, rowKey: ['id'] },
  breaches: { columns: { description: 'text', dpo_decision_rationale: 'text' }, rowKey: ['id'] },
  breach_actions: { columns: { text: 'text' }, rowKey: ['breach_id'] },
  breach_notifications: { columns: { summary: 'text', delay_reasons: 'text', adds: 'text' }, rowKey: ['breach_id'] },
  breach_history: { columns: { reason: 'text' }, rowKey: ['breach_id'] },
  documents: { columns: { content: 'bytes', body_json: 'text' }, rowKey: ['id'] },
  letter_drafts: { columns: { inputs_json: 'text', body_json: 'text' }, rowKey: ['case_type', 'case_id', 'kind', 'language'] },
};

/** The confidential table of that name, if it is one. */
export function confidentialTable(table: string): ConfidentialTable | undefined {
  return Object.hasOwn(CONFIDENTIAL_TABLES, table) ? CONFIDENTIAL_TABLES[table] : undefined;
}
