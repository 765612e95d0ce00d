import { z } from 'zod';

/**
 * Team mode: the same services over a PostgreSQL server the organisation runs. A member is a
 * login role of the server in one of the team's three roles.
 */

/** DPO (everything), analyst (cases and documents, not settings or members), auditor (reads, audit verify, reports). */
export const TEAM_ROLES = ['dpo', 'analyst', 'auditor'] as const;

/** A member's login: lower-case letters, digits and underscores, starting with a letter (a PostgreSQL role name that needs no quoting). */
export const teamLoginSchema = z.string().regex(/^[a-z][a-z0-9_]{1,40}$/);

/** A new member, as `team init` (the first DPO) and `team user add` take it. */
export const newTeamMemberSchema = z.object({
  login: teamLoginSchema,
  displayName: z.string().trim().min(1).max(200),
  role: z.enum(TEAM_ROLES),
  password: z.string().min(12).max(1024),
});

/** The app's sections a team server may not hold yet (its schema grows by migration). */
export const TEAM_SECTIONS = ['dashboard', 'requests', 'breaches', 'deadlines', 'registers', 'clients', 'reports'] as const;
export type TeamSection = (typeof TEAM_SECTIONS)[number];

/** A team server's URL as Settings takes it: no password in it (the password is asked at sign-in, never stored). */
const teamServerUrlSchema = z
  .string()
  .trim()
  .min(1)
  .max(2000)
  .refine((value) => !URL.canParse(value) || new URL(value).password === '', 'Leave the password out of the URL: it is asked at sign-in');

/** Where the app connects in team mode: the server's URL and the member's login. */
export const teamServerSchema = z.object({ url: teamServerUrlSchema, login: teamLoginSchema }).strict();

/** A member's password as typed at sign-in (the server judges it). */
export const teamPasswordSchema = z.string().min(1).max(1024);
