import { sql, type Kysely } from 'kysely';

/**
 * The registers an authority asks for first: processing activities as controller and as
 * processor (Art. 30(1) and 30(2)), processors and sub-processors (Art. 28), international
 * transfers (Arts. 44–49), the shared catalogue of technical and organisational measures,
 * the links between them, and the links from requests and breaches to register entries.
 * Lists of short texts are JSON arrays; links are rows, so "which activities use this
 * processor" is an index walk. `register_links.kind` carries no CHECK so later registers
 * (clients, for the processor-side record) can link without a new table.
 * Frozen once released.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are typed Kysely<any> so they stay frozen
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    CREATE TABLE register_measures (
      id TEXT PRIMARY KEY,
      name TEXT NOT NULL UNIQUE COLLATE NOCASE,
      kind TEXT NOT NULL CHECK (kind IN ('technical', 'organisational')),
      description TEXT NOT NULL,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT
  `.execute(db);

  await sql`
    CREATE TABLE register_processors (
      id TEXT PRIMARY KEY,
      name TEXT NOT NULL UNIQUE COLLATE NOCASE,
      service TEXT NOT NULL,
      country TEXT NOT NULL,
      parent_id TEXT REFERENCES register_processors (id),
      dpa_signed_on TEXT,
      dpa_file TEXT,
      sub_processor_approval TEXT CHECK (sub_processor_approval IN ('general', 'specific', 'none')),
      transfer_mechanism TEXT,
      breach_notice_hours INTEGER CHECK (breach_notice_hours > 0),
      notes TEXT NOT NULL,
      review_every_months INTEGER NOT NULL CHECK (review_every_months > 0),
      last_reviewed_on TEXT,
      next_review TEXT NOT NULL,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT
  `.execute(db);
  await sql`CREATE INDEX register_processors_review ON register_processors (next_review)`.execute(db);

  await sql`
    CREATE TABLE register_transfers (
      id TEXT PRIMARY KEY,
      recipient TEXT NOT NULL,
      country TEXT NOT NULL,
      processor_id TEXT REFERENCES register_processors (id),
      ground TEXT NOT NULL,
      scc_module TEXT,
      ground_detail TEXT NOT NULL,
      tia_on TEXT,
      tia_file TEXT,
      supplementary_measures TEXT NOT NULL,
      review_every_months INTEGER NOT NULL CHECK (review_every_months > 0),
      last_reviewed_on TEXT,
      next_review TEXT NOT NULL,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT
  `.execute(db);
  await sql`CREATE INDEX register_transfers_review ON register_transfers (next_review)`.execute(db);
  await sql`CREATE INDEX register_transfers_processor ON register_transfers (processor_id)`.execute(db);

  await sql`
    CREATE TABLE register_activities (
      id TEXT PRIMARY KEY,
      reference TEXT NOT NULL UNIQUE,
      role TEXT NOT NULL CHECK (role IN ('controller', 'processor')),
      name TEXT NOT NULL,
      description TEXT NOT NULL,
      purposes TEXT NOT NULL,
      subject_categories TEXT NOT NULL,
      data_categories TEXT NOT NULL,
      breach_categories TEXT NOT NULL,
      special_categories INTEGER NOT NULL CHECK (special_categories IN (0, 1)),
      subjects_estimate INTEGER,
      source TEXT NOT NULL,
      recipients TEXT NOT NULL,
      systems TEXT NOT NULL,
      controllers TEXT NOT NULL,
      processing_categories TEXT NOT NULL,
      retention TEXT NOT NULL,
      retention_rule_id TEXT,
      automated_decisions TEXT NOT NULL,
      owner TEXT NOT NULL,
      dpia_status TEXT NOT NULL,
      dpia_screening TEXT,
      review_every_months INTEGER NOT NULL CHECK (review_every_months > 0),
      last_reviewed_on TEXT,
      next_review TEXT NOT NULL,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT
  `.execute(db);
  await sql`CREATE INDEX register_activities_review ON register_activities (next_review)`.execute(db);

  await sql`
    CREATE TABLE register_links (
      activity_id TEXT NOT NULL REFERENCES register_activities (id) ON DELETE CASCADE,
      kind TEXT NOT NULL,
      target_id TEXT NOT NULL,
      PRIMARY KEY (activity_id, kind, target_id)
    ) STRICT, WITHOUT ROWID
  `.execute(db);
  await sql`CREATE INDEX register_links_target ON register_links (kind, target_id)`.execute(db);

  await sql`
    CREATE TABLE case_register_links (
      case_type TEXT NOT NULL CHECK (case_type IN ('request', 'breach')),
      case_id TEXT NOT NULL,
      kind TEXT NOT NULL CHECK (kind IN ('activity', 'processor')),
      target_id TEXT NOT NULL,
      PRIMARY KEY (case_type, case_id, kind, target_id)
    ) STRICT, WITHOUT ROWID
  `.execute(db);

  for (const [table, type] of [['requests', 'request'], ['breaches', 'breach']] as const) {
    await sql`
      CREATE TRIGGER ${sql.raw(`register_links_follow_${table}`)} AFTER DELETE ON ${sql.table(table)} BEGIN
        DELETE FROM case_register_links WHERE case_type = ${sql.lit(type)} AND case_id = old.id;
      END
    `.execute(db);
  }
}
