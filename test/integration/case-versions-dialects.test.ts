import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../electron/core/audit/verify-audit-chain';
import { renderText } from '../../electron/core/i18n/translator';
import type { ApiError } from '../../electron/shared/result';
import { deskCalls, deskOver, type DeskCalls as Desk } from '../support/desk-over-database';
import { postgresAvailability, startTestPostgres, type TestPostgres } from '../support/postgres';
import { createTestTeam, type TestTeam } from '../support/team-database';
import { accessRequest } from './italian-request-vault';
import { appOver, PASSPHRASE, tempDir } from './temp-vault';
import { ITALIAN_ORGANISATION } from '../support/italian-organisation';

const NOW = new Date('2026-04-10T08:00:00Z');
const now = () => NOW;
const availability = postgresAvailability();

/** One person's desk: the real registry and dispatch. */

/**
 * Two people on one database, and the name the audit trail gives the second; `beside` edits at
 * the same moment as `first` (on the vault, the app's other window: the same session; on a
 * team server, a colleague on a connection of their own).
 */
interface Pair {
  first: Desk;
  second: Desk;
  secondName: string;
  beside: Desk;
  /** Whether the audit trail (and, on the vault, every case's state commitments) still verifies. */
  verified(): Promise<boolean>;
}

interface DialectCase {
  name: 'sqlite' | 'postgres';
  open(): Promise<Pair>;
}


const cleanups: (() => Promise<void> | void)[] = [];
let server: TestPostgres | undefined;
let team: TestTeam | undefined;

const dialects: DialectCase[] = [
  {
    // The local vault: the app and a second process (the CLI, another window's session) on one encrypted vault folder.
    name: 'sqlite',
    async open() {
      const tmp = tempDir();
      const app = appOver(tmp.dir, now);
      await app.session.create(PASSPHRASE);
      await app.handlers['settings.update']({ changes: ITALIAN_ORGANISATION });
      const cli = appOver(tmp.dir, now);
      await cli.session.unlock('passphrase', PASSPHRASE);
      cleanups.push(async () => {
        await cli.dispose();
        await app.dispose();
        tmp.cleanup();
      });
      return { first: deskCalls(app.dispatch), second: deskCalls(cli.dispatch), secondName: 'test', beside: deskCalls(app.dispatch), verified: async () => (await app.session.verify()).ok };
    },
  },
];
if (availability.available) {
  const ready = availability;
  dialects.push({
    name: 'postgres',
    async open() {
      server = await startTestPostgres(ready);
      team = await createTestTeam(server, NOW);
      const auditor = team.as(team.logins.auditor);
      const dpo = deskOver(team.as(team.logins.dpo), team.logins.dpo, now, { login: team.logins.dpo, displayName: 'Daria Pace (DPO)', role: 'dpo' });
      const analyst = deskOver(team.as(team.logins.analyst), team.logins.analyst, now, { login: team.logins.analyst, displayName: 'Andrea Neri', role: 'analyst' });
      cleanups.push(() => {
        dpo.cleanup();
        analyst.cleanup();
      });
      return { first: dpo, second: analyst, secondName: team.logins.analyst, beside: analyst, verified: async () => (await verifyAuditChain(auditor)).ok };
    },
  });
}

afterAll(async () => {
  for (const cleanup of cleanups) await cleanup();
  await team?.close();
  await server?.stop();
});

/** The error of a call that must fail. */
async function refusal(desk: Desk, ...[channel, input]: Parameters<Desk['dispatch']>): Promise<ApiError> {
  const result = await desk.dispatch(channel, input);
  if (result.ok) throw new Error(`${channel} was expected to be refused`);
  return result.error;
}

/** Two people editing the same case: the second edit made on the version both read is refused with both versions, never applied over the first. */
describe.each(dialects)('case versions on $name', ({ open }) => {
  let first: Desk;
  let second: Desk;
  let secondName: string;
  let beside: Desk;
  let verified: () => Promise<boolean>;

  beforeAll(async () => {
    ({ first, second, secondName, beside, verified } = await open());
  }, 120_000);

  it('refuses a request edit made on a version someone else has changed since, naming who and when, in English and Italian', async () => {
    const created = await first.call('requests.create', { request: accessRequest });
    expect(created.version).toBeGreaterThanOrEqual(1);
    const readByFirst = await first.call('requests.get', { id: created.id });
    const readBySecond = await second.call('requests.get', { id: created.id });
    expect(readBySecond.version).toBe(readByFirst.version);

    const noted = await second.call('requests.addNote', { id: created.id, text: 'Called the person back', expectedVersion: readBySecond.version });
    expect(noted.version).toBe(readBySecond.version + 1);

    const error = await refusal(first, 'requests.addNote', { id: created.id, text: 'Sent the form', expectedVersion: readByFirst.version });
    expect(error.code).toBe('CONFLICT');
    expect(error.conflict).toEqual({
      caseType: 'request',
      caseId: created.id,
      readVersion: readByFirst.version,
      currentVersion: noted.version,
      changedBy: secondName,
      changedAt: NOW.toISOString(),
    });
    expect(error.message).toContain(`you read version ${readByFirst.version}; it is now version ${noted.version}`);
    expect(error.detail && renderText('it', error.detail)).toContain(`hai letto la versione ${readByFirst.version}; ora è la versione ${noted.version}`);

    const after = await first.call('requests.get', { id: created.id });
    expect(after.notes.map((n) => n.text)).toEqual(['Called the person back']);
    expect(after.version).toBe(noted.version);

    const redone = await first.call('requests.addNote', { id: created.id, text: 'Sent the form', expectedVersion: after.version });
    expect(redone.notes.map((n) => n.text)).toEqual(['Called the person back', 'Sent the form']);
  });

  it('lets exactly one of two simultaneous edits of one version through; the other is told, and nothing is lost', async () => {
    const created = await first.call('requests.create', { request: { ...accessRequest, subjectName: 'Marco Verdi' } });
    const [a, b] = await Promise.all([
      first.dispatch('requests.transition', { id: created.id, transition: { to: 'awaiting-identity', method: 'id-document', reason: 'E-mail not on file' }, expectedVersion: created.version }),
      beside.dispatch('requests.void', { id: created.id, reason: 'Registered twice', expectedVersion: created.version }),
    ]);
    const outcomes = [a, b].map((r) => (r.ok ? 'ok' : r.error.code)).sort();
    expect(outcomes).toEqual(['CONFLICT', 'ok']);
    const stored = await second.call('requests.get', { id: created.id });
    expect(stored.version).toBe(created.version + 1);
    expect(stored.status).toBe(a.ok ? 'awaiting-identity' : 'void');
  });

  it('refuses a stale breach edit the same way, and an edit without a version (a script) still goes through and moves the version', async () => {
    const breach = await first.call('breaches.create', { breach: { title: 'Laptop of Marco Rossi stolen', awareAt: '2026-04-09T10:00:00+02:00' } });
    const updated = await second.call('breaches.update', { id: breach.id, changes: { description: 'Left on a train' }, expectedVersion: breach.version });
    expect(updated.version).toBe(breach.version + 1);
    const error = await refusal(first, 'breaches.update', { id: breach.id, changes: { description: 'Stolen from a car' }, expectedVersion: breach.version });
    expect(error).toMatchObject({ code: 'CONFLICT', conflict: { caseType: 'breach', readVersion: breach.version, currentVersion: updated.version, changedBy: secondName } });
    expect((await first.call('breaches.get', { id: breach.id })).description).toBe('Left on a train');

    const scripted = await first.call('breaches.addAction', { id: breach.id, action: { kind: 'containment', at: '2026-04-09T11:00:00+02:00', who: 'IT', text: 'Device wiped remotely' } });
    expect(scripted.version).toBe(updated.version + 1);
  });

  it('keeps the audit trail valid: the version moves beside the case data, not in it', async () => {
    expect(await verified()).toBe(true);
  });
});
