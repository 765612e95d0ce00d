import { driverErrorCode, INSUFFICIENT_PRIVILEGE, UNDEFINED_TABLE } from '../../../db/postgres/postgres-error';
import type { Handlers } from '../../shared/contract';
import type { TeamMemberView } from '../../shared/contract/team';
import { AppError } from '../errors';
import { msg } from '../i18n';
import { signInError } from './sign-in-errors';

/** What the mapping needs to know of the session: the signed-in member and server, if any. */
export interface TeamWorkContext {
  signedIn(): { member: TeamMemberView; host: string; database: string } | null;
}

/**
 * Says a team server's refusal of ordinary work in the user's language: a permission error
 * (the database enforces roles, whatever the app shows) names what the member's role may do;
 * a table the server's schema does not hold yet is "not available on the team server yet";
 * a lost connection says the server cannot be reached. Anything else passes unchanged.
 */
export function teamWorkError(error: unknown, context: TeamWorkContext): unknown {
  const session = context.signedIn();
  if (!session || error instanceof AppError) return error;
  const code = driverErrorCode(error);
  if (code === INSUFFICIENT_PRIVILEGE) return new AppError('FORBIDDEN', msg(`msg.error.team.role.${session.member.role}`));
  if (code === UNDEFINED_TABLE) return new AppError('NOT_ON_TEAM_SERVER', msg('msg.error.team.notOnServer'));
  return signInError(error, { host: session.host, database: session.database, login: session.member.login });
}

/** Every handler of the registry, with a team server's refusals said as `teamWorkError` says them. */
export function withTeamWorkErrors(handlers: Handlers, context: TeamWorkContext): Handlers {
  const wrapped: Record<string, (input: never) => Promise<unknown>> = {};
  for (const [channel, handler] of Object.entries(handlers) as [string, (input: never) => Promise<unknown>][]) {
    wrapped[channel] = async (input) => {
      try {
        return await handler(input);
      } catch (error) {
        throw teamWorkError(error, context);
      }
    };
  }
  return wrapped as unknown as Handlers;
}
