import { sql, type Kysely } from 'kysely';

/**
 * The breach register (Art. 33(5) GDPR): every breach, notified or not, with its facts as
 * entered (a draft that may be partial) and, once complete, as the triage read them; the
 * last triage; the DPO's decision beside the recommendation it was taken against; the
 * containment and remediation timeline; the notifications to the authority (in phases) and
 * to the people or the public; and the history of the case (reasons in full here, only
 * their hash in the audit chain, so a case can be erased while the chain stays verifiable).
 * Frozen once released.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are typed Kysely<any> so they stay frozen
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    CREATE TABLE breaches (
      id TEXT PRIMARY KEY,
      reference TEXT NOT NULL UNIQUE,
      ref_year INTEGER NOT NULL,
      ref_seq INTEGER NOT NULL,
      title TEXT NOT NULL,
      cause TEXT,
      description TEXT NOT NULL,
      discovered_at TEXT,
      aware_at TEXT NOT NULL,
      aware_utc TEXT NOT NULL,
      authority_deadline TEXT NOT NULL,
      occurred_from TEXT,
      occurred_to TEXT,
      systems TEXT NOT NULL,
      subject_categories TEXT NOT NULL,
      records_count INTEGER CHECK (records_count IS NULL OR records_count >= 0),
      cross_border TEXT NOT NULL,
      other_authorities TEXT NOT NULL,
      processors TEXT NOT NULL,
      facts_draft TEXT NOT NULL,
      facts TEXT,
      triage TEXT,
      severity_level TEXT,
      severity_score REAL,
      risk TEXT,
      status TEXT NOT NULL CHECK (status IN ('open', 'assessed', 'notified', 'closed')),
      dpo_notify_authority INTEGER CHECK (dpo_notify_authority IN (0, 1)),
      dpo_notify_subjects INTEGER CHECK (dpo_notify_subjects IN (0, 1)),
      dpo_decision_rationale TEXT,
      art34_exemption TEXT CHECK (art34_exemption IN ('a', 'b', 'c')),
      decision_recommendation TEXT,
      decided_at TEXT,
      decided_by TEXT,
      closed_at TEXT,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      UNIQUE (ref_year, ref_seq)
    ) STRICT
  `.execute(db);
  await sql`CREATE INDEX breaches_status_aware ON breaches (status, aware_utc)`.execute(db);
  await sql`CREATE INDEX breaches_aware ON breaches (aware_utc)`.execute(db);
  await sql`
    CREATE TABLE breach_actions (
      id INTEGER PRIMARY KEY,
      breach_id TEXT NOT NULL REFERENCES breaches (id) ON DELETE CASCADE,
      kind TEXT NOT NULL CHECK (kind IN ('containment', 'remediation', 'other')),
      at TEXT NOT NULL,
      who TEXT NOT NULL,
      text TEXT NOT NULL,
      created_at TEXT NOT NULL
    ) STRICT
  `.execute(db);
  await sql`CREATE INDEX breach_actions_breach ON breach_actions (breach_id, at)`.execute(db);
  await sql`
    CREATE TABLE breach_notifications (
      id INTEGER PRIMARY KEY,
      breach_id TEXT NOT NULL REFERENCES breaches (id) ON DELETE CASCADE,
      recipient TEXT NOT NULL CHECK (recipient IN ('authority', 'subjects', 'public')),
      phase TEXT CHECK (phase IN ('preliminary', 'complete', 'supplementary')),
      sent_at TEXT NOT NULL,
      reference TEXT,
      channel TEXT,
      recipients_count INTEGER CHECK (recipients_count IS NULL OR recipients_count >= 0),
      summary TEXT NOT NULL,
      delay_reasons TEXT,
      created_at TEXT NOT NULL
    ) STRICT
  `.execute(db);
  await sql`CREATE INDEX breach_notifications_breach ON breach_notifications (breach_id, recipient, sent_at)`.execute(db);
  await sql`
    CREATE TABLE breach_history (
      id INTEGER PRIMARY KEY,
      breach_id TEXT NOT NULL REFERENCES breaches (id) ON DELETE CASCADE,
      audit_seq INTEGER NOT NULL,
      at TEXT NOT NULL,
      actor TEXT NOT NULL,
      action TEXT NOT NULL,
      from_status TEXT,
      to_status TEXT,
      reason TEXT
    ) STRICT
  `.execute(db);
  await sql`CREATE INDEX breach_history_breach ON breach_history (breach_id, id)`.execute(db);
}
