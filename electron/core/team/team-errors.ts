import { TeamMemberError } from '../../../db/postgres/team-members';
import { AppError } from '../errors';
import { msg } from '../i18n';

const CODES = { exists: 'CONFLICT', 'not-allowed': 'FORBIDDEN', 'not-found': 'NOT_FOUND', 'last-dpo': 'CONFLICT', invalid: 'VALIDATION' } as const;

/** Runs a member change and says the server's refusal (not a DPO, login taken, last DPO…) in the user's language. */
export async function withTeamErrors<T>(login: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof TeamMemberError) throw new AppError(CODES[error.problem], msg(`msg.error.team.member.${error.problem}`, { login }));
    throw error;
  }
}
