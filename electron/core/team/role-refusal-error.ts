import { driverErrorCode, INSUFFICIENT_PRIVILEGE } from '../../../db/postgres/postgres-error';
import { AppError } from '../errors';
import { msg } from '../i18n';

/**
 * A team server's refusal of the member's role as an error the user can act on (FORBIDDEN, in
 * their language), or null for any other error: for the CLI, which knows the URL's login but
 * not its role (the app says it per role, see `teamWorkError`).
 */
export function roleRefusalError(error: unknown): AppError | null {
  return driverErrorCode(error) === INSUFFICIENT_PRIVILEGE ? new AppError('FORBIDDEN', msg('msg.error.team.forbidden')) : null;
}
