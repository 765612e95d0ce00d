import { isRoleRefusal } from '../../../db/postgres/role-refusal';
import { AppError } from '../errors';
import { msg } from '../i18n';

/**
 * The team server's refusal of a member's role as an error the user can act on (FORBIDDEN,
 * in their language), or null for any other error. Without it an analyst who tries to change
 * a setting would see "something went wrong".
 */
export function roleRefusalError(error: unknown): AppError | null {
  return isRoleRefusal(error) ? new AppError('FORBIDDEN', msg('msg.error.team.forbidden')) : null;
}
