import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';
import { createDispatch, type Dispatch } from '../../electron/core/api/dispatch';
import { handlerRegistry } from '../../electron/core/api/handler-registry';
import { folderDestinations } from '../../electron/core/files/folder-destinations';
import { withTeamWorkErrors } from '../../electron/core/team/team-work-errors';
import { VaultSession } from '../../electron/core/vault/vault-session';
import type { Channel } from '../../electron/shared/channels';
import type { Input, Output } from '../../electron/shared/contract';
import type { TeamMemberView } from '../../electron/shared/contract/team';

/** A session whose database is one already open (a team database, or an in-memory vault) rather than the vault in its folder. */
class SessionOver extends VaultSession {
  constructor(
    private readonly database: Kysely<Database>,
    dir: string,
    actor: string,
    now: () => Date,
  ) {
    super({ dir, actor, now });
  }

  override db(): Kysely<Database> {
    return this.database;
  }
}

/** A dispatch, and a call through it that unwraps the value or throws with the error's code and message. */
export interface DeskCalls {
  dispatch: Dispatch;
  call<C extends Channel>(channel: C, input: Input<C>): Promise<Output<C>>;
}

/** {@link DeskCalls} over one dispatch (the app's, a second process's, a team member's). */
export function deskCalls(dispatch: Dispatch): DeskCalls {
  return {
    dispatch,
    async call(channel, input) {
      const result = await dispatch(channel, input);
      if (!result.ok) throw new Error(`${channel}: ${result.error.code}: ${result.error.message}`);
      return result.value as Output<typeof channel>;
    },
  };
}

/** The app's API over a database, as one person: the real handler registry and dispatch (zod first), no mocks. */
export interface DeskOver extends DeskCalls {
  cleanup(): void;
}

/**
 * The real handler registry over an open database, acting as `actor` (on a team server, as
 * `member`): the same channels the app and the CLI use, so a test can run one scenario on the
 * vault's SQLite and on a team's PostgreSQL. The session's folder is a temp one that holds nothing (vault-file channels
 * are not for this desk).
 */
export function deskOver(db: Kysely<Database>, actor: string, now: () => Date, member?: TeamMemberView): DeskOver {
  const dir = mkdtempSync(join(tmpdir(), 'dpo-desk-over-'));
  const registry = handlerRegistry(new SessionOver(db, dir, actor, now), now, '0.0.0-test', folderDestinations(join(dir, 'saved')));
  // On a team server, the app's mapping of the server's refusals (per role) wraps the handlers, as in the app.
  const handlers = member ? withTeamWorkErrors(registry, { signedIn: () => ({ member, host: 'test', database: 'test' }) }) : registry;
  const dispatch = createDispatch(handlers, (error, { channel }) => console.error(channel, error));
  return { ...deskCalls(dispatch), cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}
