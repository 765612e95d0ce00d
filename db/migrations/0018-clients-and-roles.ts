import { sql, type Kysely } from 'kysely';

/**
 * The organisation's two roles on its cases. `clients` is the register of the controllers it
 * processes for (Art. 28 agreement and its terms); `request_clients` marks a request received
 * in processor capacity and keeps the contract's clock; `breach_clients` holds, per client
 * affected by a breach, the Art. 33(2) notice due under the contract and the notice sent;
 * `breach_roles` says whether the breach touches the organisation's own data as controller,
 * when a processor of ours reported it, and the NIS2 significant-incident facts (Directive
 * (EU) 2022/2555 Art. 23; D.Lgs. 138/2024 art. 25). Child rows follow their case when it is
 * deleted (retention) by ON DELETE CASCADE. Frozen once released.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are typed Kysely<any> so they stay frozen
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    CREATE TABLE clients (
      id TEXT PRIMARY KEY,
      name TEXT NOT NULL UNIQUE COLLATE NOCASE,
      privacy_contact TEXT NOT NULL,
      agreement_signed_on TEXT,
      agreement_file TEXT,
      breach_notice_hours INTEGER CHECK (breach_notice_hours > 0),
      request_days INTEGER CHECK (request_days > 0),
      request_days_basis TEXT NOT NULL CHECK (request_days_basis IN ('calendar', 'working')),
      sub_processor_approval TEXT CHECK (sub_processor_approval IN ('general', 'specific', 'none')),
      country TEXT NOT NULL,
      notes TEXT NOT NULL,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT
  `.execute(db);

  await sql`
    CREATE TABLE request_clients (
      request_id TEXT PRIMARY KEY REFERENCES requests (id) ON DELETE CASCADE,
      client_id TEXT NOT NULL REFERENCES clients (id),
      request_days INTEGER,
      request_days_basis TEXT NOT NULL,
      forward_by TEXT,
      assist_by TEXT,
      forwarded_on TEXT
    ) STRICT
  `.execute(db);
  await sql`CREATE INDEX request_clients_client ON request_clients (client_id)`.execute(db);

  await sql`
    CREATE TABLE breach_clients (
      breach_id TEXT NOT NULL REFERENCES breaches (id) ON DELETE CASCADE,
      client_id TEXT NOT NULL REFERENCES clients (id),
      notice_hours INTEGER,
      notified_at TEXT,
      channel TEXT,
      reference TEXT,
      PRIMARY KEY (breach_id, client_id)
    ) STRICT, WITHOUT ROWID
  `.execute(db);
  await sql`CREATE INDEX breach_clients_client ON breach_clients (client_id)`.execute(db);

  await sql`
    CREATE TABLE breach_roles (
      breach_id TEXT PRIMARY KEY REFERENCES breaches (id) ON DELETE CASCADE,
      controller_side INTEGER NOT NULL CHECK (controller_side IN (0, 1)),
      processor_reported_at TEXT,
      nis2_significant INTEGER NOT NULL CHECK (nis2_significant IN (0, 1)),
      nis2_early_warning_at TEXT,
      nis2_notification_at TEXT,
      nis2_final_report_at TEXT,
      nis2_reference TEXT
    ) STRICT
  `.execute(db);
}
