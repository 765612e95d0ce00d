import type { Kysely } from 'kysely';
import pg from 'pg';
import type { Database } from '../../db/schema';
import { initTeam } from '../../electron/core/team/init-team';
import { openTeamDatabase } from '../../electron/core/team/open-team-database';
import { openConfidentialFields, unwrapOwnTeamKey } from '../../electron/core/team/team-data-key';
import { addTeamMember } from '../../electron/core/team/team-members';
import { updateSettings } from '../../electron/core/settings/settings-service';
import type { TestPostgres } from './postgres';

/** The password every test member gets (SCRAM on the wire; never a real one). */
export const MEMBER_PASSWORD = 'correct horse battery staple';

/** A team database set up as `team init` leaves it, with one member of each role and an Italian organisation's settings. */
export interface TestTeam {
  /** The database's name; the team's group roles are named after it. */
  name: string;
  adminUrl: string;
  logins: { dpo: string; analyst: string; auditor: string };
  /** A URL that logs in as one member. */
  urlAs(login: string): string;
  /** The team data key, as the first DPO unwrapped it with their password at set-up. */
  dataKey: Buffer;
  /** The app's Kysely, logged in as one member with the team key open, as after sign-in (closed by `close`). */
  as(login: string): Kysely<Database>;
  /** A plain client logged in as one member, for raw SQL (closed by `close`). */
  clientAs(login: string): Promise<pg.Client>;
  /** A plain client logged in as the server's administrator (the tables' owner). */
  adminClient(): Promise<pg.Client>;
  close(): Promise<void>;
}

/**
 * Creates a fresh database on the test server and makes it a team: `initTeam` as the
 * server's administrator with a first DPO, who then adds an analyst and an auditor and sets
 * the organisation (Italy, Europe/Rome), as a DPO would on day one.
 */
export async function createTestTeam(server: TestPostgres, now: Date): Promise<TestTeam> {
  const adminUrl = await server.createDatabase();
  const name = new URL(adminUrl).pathname.slice(1);
  const logins = { dpo: `${name}_m_dpo`, analyst: `${name}_m_analyst`, auditor: `${name}_m_auditor` };
  const opened: Kysely<Database>[] = [];
  const clients: pg.Client[] = [];
  const urlAs = (login: string) => {
    const url = new URL(adminUrl);
    url.username = login;
    url.password = MEMBER_PASSWORD;
    return url.toString();
  };
  const connect = async (url: string) => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    clients.push(client);
    return client;
  };
  let dataKey: Buffer = Buffer.alloc(0);
  const as = (login: string) => {
    const db = openTeamDatabase(urlAs(login));
    opened.push(db);
    openConfidentialFields(db, Buffer.from(dataKey));
    return db;
  };
  const adminDb = openTeamDatabase(adminUrl);
  try {
    await initTeam(adminDb, { login: logins.dpo, displayName: 'Daria Pace (DPO)', role: 'dpo', password: MEMBER_PASSWORD }, now);
  } finally {
    await adminDb.destroy();
  }
  const first = openTeamDatabase(urlAs(logins.dpo));
  opened.push(first);
  dataKey = await unwrapOwnTeamKey(first, logins.dpo, MEMBER_PASSWORD);
  const dpo = as(logins.dpo);
  await addTeamMember(dpo, { login: logins.analyst, displayName: 'Andrea Neri', role: 'analyst', password: MEMBER_PASSWORD }, now);
  await addTeamMember(dpo, { login: logins.auditor, displayName: 'Aurora Ricci', role: 'auditor', password: MEMBER_PASSWORD }, now);
  await updateSettings(dpo, { 'organisation.country': 'IT', 'organisation.timeZone': 'Europe/Rome', 'commitments.responseDays': 30 }, logins.dpo, now);
  return {
    name,
    adminUrl,
    logins,
    dataKey,
    urlAs,
    as,
    clientAs: (login) => connect(urlAs(login)),
    adminClient: () => connect(adminUrl),
    async close() {
      await Promise.all(clients.map((client) => client.end()));
      await Promise.all(opened.map((db) => db.destroy()));
    },
  };
}
