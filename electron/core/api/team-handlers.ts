import type { HandlersOf } from '../../shared/contract/define-channel';
import type { teamChannels } from '../../shared/contract/team';
import { AppError } from '../errors';
import { msg } from '../i18n';
import type { TeamAwareSession } from '../team/team-aware-session';

function appOnly(): never {
  throw new AppError('VALIDATION', msg('msg.error.team.appOnly'));
}

/**
 * Team mode over the app's session: status, sign-in, testing and choosing a server, and the
 * way back to the local vault. Without a team-aware session (the command line, which reaches
 * a team database through its own `team` commands) only the status answers: local.
 */
export function teamHandlers(session: TeamAwareSession | null): HandlersOf<typeof teamChannels> {
  return {
    'team.status': async () => session?.teamStatus() ?? { mode: 'local', server: null, member: null, unavailable: [] },
    'team.signIn': async ({ login, password }) => (session ? session.signIn(login, password) : appOnly()),
    'team.test': async ({ password, ...choice }) => (session ? session.testServer(choice, password) : appOnly()),
    'team.connect': async (choice) => (session ? session.connect(choice) : appOnly()),
    'team.useLocal': async () => (session ? session.useLocalVault() : appOnly()),
    'team.changePassword': async ({ current, next }) => (session ? session.changeOwnPassword(current, next) : appOnly()),
    'team.changes': async ({ after }) => session?.teamChanges(after) ?? { cursor: 0, changes: [] },
  };
}
