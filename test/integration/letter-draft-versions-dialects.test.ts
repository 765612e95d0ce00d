import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../electron/core/audit/verify-audit-chain';
import { renderText } from '../../electron/core/i18n/translator';
import type { ApiError } from '../../electron/shared/result';
import { deskCalls, deskOver, type DeskCalls as Desk } from '../support/desk-over-database';
import { ITALIAN_ORGANISATION } from '../support/italian-organisation';
import { postgresAvailability, startTestPostgres, type TestPostgres } from '../support/postgres';
import { createTestTeam, type TestTeam } from '../support/team-database';
import { accessRequest } from './italian-request-vault';
import { appOver, PASSPHRASE, tempDir } from './temp-vault';

const NOW = new Date('2026-04-10T08:00:00Z');
const now = () => NOW;
const availability = postgresAvailability();


/** Two people on one database (on the vault: the app and a second process; on a team server: two members), and the trail's name of the first. */
interface Pair {
  first: Desk;
  second: Desk;
  firstName: string;
  verified(): Promise<boolean>;
}


const cleanups: (() => Promise<void> | void)[] = [];
let server: TestPostgres | undefined;
let team: TestTeam | undefined;

const dialects: { name: 'sqlite' | 'postgres'; open(): Promise<Pair> }[] = [
  {
    name: 'sqlite',
    async open() {
      const tmp = tempDir();
      const app = appOver(tmp.dir, now);
      await app.session.create(PASSPHRASE);
      await app.handlers['settings.update']({ changes: ITALIAN_ORGANISATION });
      const other = appOver(tmp.dir, now);
      await other.session.unlock('passphrase', PASSPHRASE);
      cleanups.push(async () => {
        await other.dispose();
        await app.dispose();
        tmp.cleanup();
      });
      return { first: deskCalls(app.dispatch), second: deskCalls(other.dispatch), firstName: 'test', verified: async () => (await app.session.verify()).ok };
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
      return { first: dpo, second: analyst, firstName: team.logins.dpo, verified: async () => (await verifyAuditChain(auditor)).ok };
    },
  });
}

afterAll(async () => {
  for (const cleanup of cleanups) await cleanup();
  await team?.close();
  await server?.stop();
});

async function refusal(desk: Desk, ...[channel, input]: Parameters<Desk['dispatch']>): Promise<ApiError> {
  const result = await desk.dispatch(channel, input);
  if (result.ok) throw new Error(`${channel} was expected to be refused`);
  return result.error;
}

/** Two people editing one letter draft: the second save made on the version both read is refused with both versions, never written over the first. */
describe.each(dialects)('letter draft versions on $name', ({ open }) => {
  let pair: Pair;

  beforeAll(async () => {
    pair = await open();
  }, 120_000);

  it('refuses the second of two saves made on one draft version, naming who saved and both versions, in English and Italian', async () => {
    const { first, second, firstName } = pair;
    const request = await first.call('requests.create', { request: accessRequest });
    const key = { caseType: 'request' as const, caseId: request.id, kind: 'access-response' as const, language: 'it' as const };
    expect(await second.call('documents.draftGet', key)).toBeNull();

    const saved = await first.call('documents.draftSave', { ...key, inputs: { 'access.purposes': 'Prima stesura' }, expectedDraftVersion: 0 });
    expect(saved).toMatchObject({ version: 1, updatedBy: firstName });
    const error = await refusal(second, 'documents.draftSave', { ...key, inputs: { 'access.purposes': 'La mia stesura' }, expectedDraftVersion: 0 });
    expect(error.code).toBe('CONFLICT');
    expect(error.draftConflict).toEqual({ ...key, readVersion: 0, currentVersion: 1, changedBy: firstName, changedAt: NOW.toISOString() });
    expect(error.conflict).toBeUndefined();
    expect(error.message).toContain(`saved by ${firstName} at 2026-04-10 08:00 UTC after you opened it (you edited version 0; it is now version 1)`);
    expect(error.detail && renderText('it', error.detail)).toContain(`salvata da ${firstName} alle 2026-04-10 08:00 UTC dopo che l'hai aperta (hai modificato la versione 0; ora è la versione 1)`);
    expect(await second.call('documents.draftGet', key)).toMatchObject({ version: 1, inputs: { 'access.purposes': 'Prima stesura' } });

    const stale = await refusal(first, 'documents.draftSave', { ...key, inputs: { 'access.purposes': 'Terza' }, expectedDraftVersion: 3 });
    expect(stale.draftConflict).toMatchObject({ readVersion: 3, currentVersion: 1 });
    const redone = await second.call('documents.draftSave', { ...key, inputs: { 'access.purposes': 'La mia stesura' }, expectedDraftVersion: 1 });
    expect(redone.version).toBe(2);
    const scripted = await first.call('documents.draftSave', { ...key, inputs: { 'access.purposes': 'Da uno script' } });
    expect(scripted.version).toBe(3);
    expect(await first.call('documents.draftGet', key)).toMatchObject({ version: 3, inputs: { 'access.purposes': 'Da uno script' } });
  });

  it('answers a save with the case’s new version, so the page’s next edit of the case is not refused as stale', async () => {
    const { first } = pair;
    const request = await first.call('requests.create', { request: { ...accessRequest, subjectName: 'Marco Verdi' } });
    const saved = await first.call('documents.draftSave', { caseType: 'request', caseId: request.id, kind: 'acknowledgement', language: 'en', inputs: {}, expectedDraftVersion: 0 });
    expect(saved.caseVersion).toBe(request.version + 1);
    expect((await first.call('requests.get', { id: request.id })).version).toBe(saved.caseVersion);
    const noted = await first.call('requests.addNote', { id: request.id, text: 'Letter drafted', expectedVersion: saved.caseVersion });
    expect(noted.version).toBe(saved.caseVersion + 1);

    const breach = await first.call('breaches.create', { breach: { title: 'Laptop of Marco Rossi stolen', awareAt: '2026-04-09T10:00:00+02:00' } });
    const notice = await first.call('documents.draftSave', { caseType: 'breach', caseId: breach.id, kind: 'authority-notification', language: 'it', inputs: {}, expectedDraftVersion: 0 });
    expect(notice.caseVersion).toBe(breach.version + 1);
  });

  it('keeps the audit trail valid with the drafts’ versions in their committed state', async () => {
    expect(await pair.verified()).toBe(true);
  });
});
