import { z } from 'zod';
import { newTeamMemberSchema, teamLoginSchema, teamPasswordSchema, teamServerSchema, type TEAM_ROLES, type TeamSection } from '../team';
import { channel, noInput } from './define-channel';

/** The server a team mode points at, as the sign-in screen and Settings show it. */
export interface TeamServerView {
  host: string;
  port: number;
  database: string;
  /** The login saved with the server (or named by the URL); the sign-in screen starts from it. */
  login: string;
  /** Where the choice comes from: Settings, or `DPO_DESK_DATABASE_URL` (which Settings cannot undo). */
  source: 'settings' | 'environment';
}

/** The signed-in member: the person every audit event names. */
export interface TeamMemberView {
  login: string;
  displayName: string;
  role: (typeof TEAM_ROLES)[number];
}

/** Local vault or team server, and who is signed in to it. */
export interface TeamStatus {
  mode: 'local' | 'team';
  server: TeamServerView | null;
  member: TeamMemberView | null;
  /** Sections whose tables the team server does not hold yet (empty when signed out or local). */
  unavailable: TeamSection[];
}

/**
 * One change a team member made, as the team server announced it: the audited entity's kind
 * and id (`request`, `breach`, `document`…), the audited action, the member, and the case's
 * new version (requests and breaches). `resync` says the app's line to the server was down for
 * a while: anything may have changed.
 */
export interface TeamChange {
  seq: number;
  caseType: string;
  caseId: string | null;
  kind: string;
  actor: string | null;
  version: number | null;
}

/** The changes after a cursor, and the cursor to ask from next. */
export interface TeamChanges {
  cursor: number;
  changes: TeamChange[];
}

/** Team mode: which database the app works on, sign-in to a team server, and the choice in Settings. */
export const teamChannels = {
  'team.status': channel(noInput).returns<TeamStatus>(),
  'team.signIn': channel(z.object({ login: teamLoginSchema, password: teamPasswordSchema }).strict()).returns<TeamStatus>(),
  /** Signs in once with these settings and signs out again: proves the server, the TLS and the login before switching. */
  'team.test': channel(teamServerSchema.extend({ password: teamPasswordSchema }).strict()).returns<{ server: TeamServerView; member: TeamMemberView }>(),
  /** Saves the server (never the password) and switches to it: the local vault is locked and the sign-in screen follows. */
  'team.connect': channel(teamServerSchema).returns<TeamStatus>(),
  /** The signed-in member changes their own password (the current one must open their team key); signed in again with the new one. */
  'team.changePassword': channel(z.object({ current: teamPasswordSchema, next: newTeamMemberSchema.shape.password }).strict()).returns<TeamStatus>(),
  /** Forgets the saved server and goes back to the local vault. */
  'team.useLocal': channel(noInput).returns<TeamStatus>(),
  /**
   * Colleagues' changes heard since `after` (null: none yet, just the cursor to start from).
   * Answers at once from what the session's listener has heard; the local vault has none.
   */
  'team.changes': channel(z.object({ after: z.number().int().min(0).nullable() }).strict()).returns<TeamChanges>(),
};
