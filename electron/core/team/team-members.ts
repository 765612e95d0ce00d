import type { Kysely } from 'kysely';
import type { z } from 'zod';
import { disableTeamMemberRole, insertTeamMember, selectTeamMembers, sessionLogin, setOwnPassword, setTeamMemberPassword } from '../../../db/postgres/team-members';
import type { TeamRole } from '../../../db/postgres/team-schema';
import type { Database } from '../../../db/schema';
import type { newTeamMemberSchema } from '../../shared/team';
import { deleteTeamKey, insertTeamKey } from '../../../db/postgres/team-keys';
import { appendAuditEvent } from '../audit/append-audit-event';
import { heldTeamKey, unwrapOwnTeamKey, wrapTeamKeyFor } from './team-data-key';
import { withTeamErrors } from './team-errors';

export type NewTeamMemberInput = z.output<typeof newTeamMemberSchema>;

/** A member as lists show them (never a password or verifier). */
export interface TeamMember {
  login: string;
  displayName: string;
  role: TeamRole;
  active: boolean;
  createdAt: string;
  disabledAt: string | null;
}

/**
 * Adds a member in a transaction with its audit event and their wrapped copy of the team data
 * key (wrapped for their initial password once the server has accepted the member, so a
 * caller who is not a DPO is refused before any key work). The actor is the caller's login.
 * `dataKey` defaults to the key the caller's connection holds (a DPO signed in); `team init`
 * gives the new one.
 */
export async function addTeamMember(db: Kysely<Database>, input: NewTeamMemberInput, now: Date, dataKey: Buffer = heldTeamKey(db)): Promise<TeamMember> {
  await withTeamErrors(input.login, () =>
    db.transaction().execute(async (trx) => {
      await insertTeamMember(trx, input, now);
      await insertTeamKey(trx, await wrapTeamKeyFor(dataKey, input.login, input.password, now));
      await appendAuditEvent(trx, { actor: await sessionLogin(trx), action: 'team.member-added', entityType: 'team-member', entityId: input.login, data: { role: input.role } }, now);
    }),
  );
  return { login: input.login, displayName: input.displayName, role: input.role, active: true, createdAt: now.toISOString(), disabledAt: null };
}

/**
 * Sets a member's new password (a DPO resetting a forgotten or exposed one), with the team key
 * re-wrapped for it and its audit event, in one transaction: the old password then opens
 * neither the server nor the key. The caller is a DPO signed in (holding the key).
 */
export async function resetTeamMemberPassword(db: Kysely<Database>, login: string, password: string, now: Date): Promise<void> {
  const dataKey = heldTeamKey(db);
  await withTeamErrors(login, () =>
    db.transaction().execute(async (trx) => {
      await setTeamMemberPassword(trx, login, password, await wrapTeamKeyFor(dataKey, login, password, now), now);
      await appendAuditEvent(trx, { actor: await sessionLogin(trx), action: 'team.member-password-set', entityType: 'team-member', entityId: login }, now);
    }),
  );
}

/**
 * A member changes their own password: the current one must open their copy of the team key
 * (so an unattended signed-in screen cannot change it), then, in one transaction, the login
 * takes the new password, their copy of the key is wrapped for it and the change is audited
 * in their name. Any role may; nobody else's password changes this way. Connections opened
 * with the old password stay open until closed; new ones need the new password.
 */
export async function changeOwnTeamPassword(db: Kysely<Database>, current: string, next: string, now: Date): Promise<void> {
  const login = await sessionLogin(db);
  const dataKey = await unwrapOwnTeamKey(db, login, current);
  try {
    const wrapped = await wrapTeamKeyFor(dataKey, login, next, now);
    await withTeamErrors(login, () =>
      db.transaction().execute(async (trx) => {
        await setOwnPassword(trx, next, wrapped, now);
        await appendAuditEvent(trx, { actor: login, action: 'team.own-password-changed', entityType: 'team-member', entityId: login }, now);
      }),
    );
  } finally {
    dataKey.fill(0);
  }
}

/** Stops a member from logging in and deletes their copy of the team key, with its audit event; their work and their name in the trail stay. */
export async function disableTeamMember(db: Kysely<Database>, login: string, now: Date): Promise<void> {
  await withTeamErrors(login, () =>
    db.transaction().execute(async (trx) => {
      await disableTeamMemberRole(trx, login, now);
      await deleteTeamKey(trx, login);
      await appendAuditEvent(trx, { actor: await sessionLogin(trx), action: 'team.member-disabled', entityType: 'team-member', entityId: login }, now);
    }),
  );
}

/** Every member, active or not, by login. */
export async function listTeamMembers(db: Kysely<Database>): Promise<TeamMember[]> {
  const rows = await selectTeamMembers(db);
  return rows.map((row) => ({ login: row.login, displayName: row.display_name, role: row.role, active: row.active === 1, createdAt: row.created_at, disabledAt: row.disabled_at }));
}
