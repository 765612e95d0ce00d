import { sql, type Kysely } from 'kysely';
import { Migrator } from 'kysely/migration';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postgresMigrationProvider } from '../../db/postgres/migrations';
import { createPostgresKysely } from '../../db/postgres/postgres-kysely';
import { postgresAvailability, startTestPostgres, type TestPostgres } from '../support/postgres';

const availability = postgresAvailability();

/**
 * The team server's migration 0010 (the vault's 0032): a team database at 0009 keeps one CSIRT
 * reference per breach; after it, each NIS2 report keeps its own, the old one carried to the
 * latest report recorded, none lost (review 6, F16).
 */
describe.skipIf(!availability.available)('PostgreSQL migration 0010: one CSIRT reference per NIS2 report', () => {
  let server: TestPostgres | undefined;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- a database at an old version, as the frozen migrations see it
  let db: Kysely<any> | undefined;

  beforeAll(async () => {
    if (!availability.available) return;
    server = await startTestPostgres(availability);
    db = createPostgresKysely({ connectionString: await server.createDatabase() });
  }, 120_000);

  afterAll(async () => {
    await db?.destroy();
    await server?.stop();
  });

  it('carries the single reference of a team database at 0009 over to the latest report recorded, and drops the old column', async () => {
    if (!db) return;
    const migrator = new Migrator({ db, provider: postgresMigrationProvider });
    expect((await migrator.migrateTo('0009-nis2-progress-report')).error).toBeUndefined();
    const reports: [string, string | null, string | null, string | null, string | null, string | null][] = [
      ['ew', '2026-12-03T19:34:00+01:00', null, null, null, 'CSIRT-IT pre-notifica 7731'],
      ['notified', '2026-12-03T19:34:00+01:00', '2026-12-04T05:30:00+01:00', null, null, 'CSIRT-IT 7731/N'],
      ['progress', '2026-12-03T19:34:00+01:00', '2026-12-04T05:30:00+01:00', '2027-01-04T09:00:00+01:00', null, 'CSIRT-IT 5120'],
      ['final', '2026-12-03T19:34:00+01:00', '2026-12-04T05:30:00+01:00', null, '2027-01-04T09:00:00+01:00', 'CSIRT-IT 6001'],
      ['none', '2026-12-03T19:34:00+01:00', null, null, null, null],
    ];
    for (const [index, [id, ew, notification, progress, final, reference]] of reports.entries()) {
      await sql`
        INSERT INTO breaches (id, reference, ref_year, ref_seq, title, description, aware_at, aware_utc, authority_deadline, systems, subject_categories,
          cross_border, other_authorities, processors, facts_draft, status, created_at, updated_at)
        VALUES (${id}, ${`B-2026-00${index + 1}`}, 2026, ${index + 1}, 'Exports bucket left public', '', '2026-12-02T23:30:00+01:00', '2026-12-02T22:30:00Z',
          '2026-12-05T23:30:00+01:00', '[]', '[]', '[]', '[]', '[]', '{}', 'open', '2026-12-02T22:30:00Z', '2026-12-02T22:30:00Z')
      `.execute(db);
      await sql`
        INSERT INTO breach_roles (breach_id, controller_side, processor_reported_at, nis2_significant, nis2_early_warning_at, nis2_notification_at,
          nis2_progress_report_at, nis2_final_report_at, nis2_reference)
        VALUES (${id}, 1, NULL, 1, ${ew}, ${notification}, ${progress}, ${final}, ${reference})
      `.execute(db);
    }

    expect((await migrator.migrateTo('0010-nis2-report-references')).error).toBeUndefined();

    const rows = await sql<{ breach_id: string; ew: string | null; notification: string | null; progress: string | null; final: string | null }>`
      SELECT breach_id, nis2_early_warning_reference AS ew, nis2_notification_reference AS notification, nis2_progress_reference AS progress,
        nis2_final_reference AS final
      FROM breach_roles ORDER BY breach_id
    `.execute(db);
    expect(Object.fromEntries(rows.rows.map((r) => [r.breach_id, [r.ew, r.notification, r.progress, r.final]]))).toEqual({
      ew: ['CSIRT-IT pre-notifica 7731', null, null, null],
      notified: [null, 'CSIRT-IT 7731/N', null, null],
      progress: [null, null, 'CSIRT-IT 5120', null],
      final: [null, null, null, 'CSIRT-IT 6001'],
      none: [null, null, null, null],
    });
    const columns = await sql<{ name: string }>`SELECT column_name AS name FROM information_schema.columns WHERE table_name = 'breach_roles'`.execute(db);
    expect(columns.rows.map((c) => c.name)).not.toContain('nis2_reference');
  }, 120_000);
});
