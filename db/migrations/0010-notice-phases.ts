import { sql, type Kysely } from 'kysely';

/**
 * Notification in phases (Art. 33(4) GDPR; the Garante's model asks whether a notice is
 * preliminary, complete or supplementary): a later notice to the authority states what it
 * adds to or corrects in the earlier ones, kept beside the notice. Notices recorded before
 * keep null. The (recipient, phase) index answers "which breaches still owe the complete
 * notification" for the follow-up deadline. Frozen once released.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are typed Kysely<any> so they stay frozen
export async function up(db: Kysely<any>): Promise<void> {
  await sql`ALTER TABLE breach_notifications ADD COLUMN adds TEXT`.execute(db);
  await sql`CREATE INDEX breach_notifications_phase ON breach_notifications (recipient, phase, breach_id)`.execute(db);
}
