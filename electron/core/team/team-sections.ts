import { sql, type Kysely } from 'kysely';
import type { Database } from '../../../db/schema';
import { TEAM_SECTIONS, type TeamSection } from '../../shared/team';

/**
 * The tables each section reads before it can show anything. A team server's schema grows by
 * migration, one area at a time; a section whose tables it does not hold yet is shown as
 * "not available on the team server yet" instead of failing on its first read.
 */
const TABLES_OF: Record<TeamSection, readonly string[]> = {
  dashboard: ['requests', 'breaches', 'documents', 'notifications'],
  requests: ['requests', 'request_history', 'request_notes'],
  breaches: ['breaches', 'breach_history', 'breach_actions'],
  deadlines: ['requests', 'breaches', 'reminders_fired'],
  registers: ['register_activities', 'register_processors', 'register_measures'],
  clients: ['clients'],
  reports: ['requests', 'breaches', 'documents'],
};

/** The sections whose tables the team server lacks, in the navigation's order. */
export async function unavailableSections(db: Kysely<Database>): Promise<TeamSection[]> {
  const names = [...new Set(Object.values(TABLES_OF).flat())];
  const result = await sql<{ name: string }>`SELECT table_name AS name FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = ANY(${names})`.execute(db);
  const present = new Set(result.rows.map((row) => row.name));
  return TEAM_SECTIONS.filter((section) => TABLES_OF[section].some((table) => !present.has(table)));
}
