import { sql, type Kysely } from 'kysely';

/**
 * When the NIS2 progress report went to the CSIRT, beside the early warning, the incident
 * notification and the final report already on `breach_roles`. Directive (EU) 2022/2555
 * Art. 23(4)(e) (D.Lgs. 138/2024 art. 25, comma 5, lett. e)): an incident still ongoing
 * when the final report falls due (a month after the notification, point (d)) owes a progress
 * report then, and the final report within one month of the end of its handling. Without
 * this column the final report's clock ran out at the month although the progress report
 * had gone and the final one was not yet due. The CSIRT's reference stays the one
 * `nis2_reference` of the incident. Null on every existing row (not sent, or not recorded).
 * Frozen once released.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are typed Kysely<any> so they stay frozen
export async function up(db: Kysely<any>): Promise<void> {
  await sql`ALTER TABLE breach_roles ADD COLUMN nis2_progress_report_at TEXT`.execute(db);
}
