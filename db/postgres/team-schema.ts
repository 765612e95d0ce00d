/** A team member's role: DPO (everything), analyst (cases), auditor (reads and verifies). */
export type TeamRole = 'dpo' | 'analyst' | 'auditor';

/**
 * One member of the team, a row of `team_members`: a PostgreSQL login role in one of the
 * team's group roles. The table exists in team databases only, so it is read with SQL of
 * its own rather than through the vault's `Database` type.
 */
export interface TeamMemberRow {
  login: string;
  display_name: string;
  role: TeamRole;
  active: number;
  created_at: string;
  disabled_at: string | null;
}
