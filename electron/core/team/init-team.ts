import type { Kysely } from 'kysely';
import { isUninitialised, migratePostgresToLatest } from '../../../db/postgres/migrate-postgres';
import { sessionLogin } from '../../../db/postgres/team-members';
import type { Database } from '../../../db/schema';
import { AppError } from '../errors';
import { msg } from '../i18n';
import { newTeamDataKey } from './team-data-key';
import { addTeamMember, type NewTeamMemberInput, type TeamMember } from './team-members';

/**
 * Makes an empty PostgreSQL database a team database: the schema, the team's roles and
 * grants, and its first DPO account. Run by the database's owner (an administrator who may
 * create roles); a database that already holds DPO Desk's schema is refused, never changed.
 * The first event of the trail names the administrator who set it up. The team data key is
 * made here and kept only wrapped for the first DPO (the administrator never holds it after).
 */
export async function initTeam(db: Kysely<Database>, firstDpo: NewTeamMemberInput & { role: 'dpo' }, now: Date): Promise<{ owner: string; dpo: TeamMember }> {
  if (!(await isUninitialised(db))) throw new AppError('CONFLICT', msg('msg.error.team.alreadyInitialised'));
  await migratePostgresToLatest(db);
  const owner = await sessionLogin(db);
  const dataKey = newTeamDataKey();
  try {
    const dpo = await addTeamMember(db, firstDpo, now, dataKey);
    return { owner, dpo };
  } finally {
    dataKey.fill(0);
  }
}
