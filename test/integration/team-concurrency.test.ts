import { spawn } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../electron/core/audit/verify-audit-chain';
import { createRequest } from '../../electron/core/requests/create-request';
import { addTeamMember } from '../../electron/core/team/team-members';
import { newRequestSchema } from '../../electron/shared/requests';
import { postgresAvailability, startTestPostgres, type TestPostgres } from '../support/postgres';
import { createTestTeam, MEMBER_PASSWORD, type TestTeam } from '../support/team-database';

const NOW = new Date('2026-04-10T08:00:00Z');
const availability = postgresAvailability();

/** The trial's size: `DPO_DESK_TEAM_TRIAL=WRITERSxWRITES` (the full trial is 10x200); small by default for CI's two cores. */
const [WRITERS, WRITES] = (process.env.DPO_DESK_TEAM_TRIAL ?? '4x50').split('x').map(Number) as [number, number];

interface WriterReport {
  login: string;
  created: { id: string; reference: string; status: string }[];
  transitions: number;
  notes: { requestId: string; text: string }[];
  conflicts: { readVersion: number; currentVersion: number; changedBy: string | null }[];
  failures: string[];
}

function runWriter(url: string, seed: number, shared: string[]): Promise<WriterReport> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'test/support/team-writer.ts', url, String(WRITES), String(seed), shared.join(',')], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => void (out += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => void (err += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(JSON.parse(out) as WriterReport) : reject(new Error(`writer ${seed} exited ${code}: ${err}`))));
  });
}

describe.skipIf(!availability.available)(`team database under ${WRITERS} concurrent writers × ${WRITES} mixed writes`, () => {
  let server: TestPostgres;
  let team: TestTeam;

  beforeAll(async () => {
    if (!availability.available) return;
    server = await startTestPostgres(availability);
    team = await createTestTeam(server, NOW);
  }, 120_000);

  afterAll(async () => {
    await team?.close();
    await server?.stop();
  });

  it('loses no write, repeats no reference, keeps references in sequence per year, the chain unforked, and reports every conflict', async () => {
    const dpo = team.as(team.logins.dpo);
    const logins = Array.from({ length: WRITERS }, (_, i) => `${team.name}_w${i}`);
    for (const login of logins) await addTeamMember(dpo, { login, displayName: `Writer ${login}`, role: 'analyst', password: MEMBER_PASSWORD }, NOW);
    const shared: string[] = [];
    for (const name of ['Shared One', 'Shared Two']) {
      // Received in 2024, so the writers' references of 2025 and 2026 still start at 1.
      const request = newRequestSchema.parse({ regime: 'gdpr', types: ['access'], receivedAt: '2024-03-28T10:00:00+01:00', channel: 'email', subjectName: name, confirmOldReceipt: true });
      shared.push((await createRequest(dpo, request, team.logins.dpo, NOW)).id);
    }
    const before = await verifyAuditChain(dpo);
    const started = performance.now();
    const reports = await Promise.all(logins.map((login, seed) => runWriter(team.urlAs(login), seed, shared)));
    const seconds = (performance.now() - started) / 1000;

    const failures = reports.flatMap((r) => r.failures);
    expect(failures).toEqual([]);
    const created = reports.flatMap((r) => r.created);
    const transitions = reports.reduce((sum, r) => sum + r.transitions, 0);
    const notes = reports.flatMap((r) => r.notes);
    const conflicts = reports.flatMap((r) => r.conflicts);
    expect(created.length + transitions + notes.length).toBe(WRITERS * WRITES);

    // Every note a writer was told it made is there, once; every refused stale edit saw a newer version by a writer.
    const storedNotes = await dpo.selectFrom('request_notes').select(['request_id', 'text']).where('request_id', 'in', shared).execute();
    expect(storedNotes.map((n) => `${n.request_id} ${n.text}`).sort()).toEqual(notes.map((n) => `${n.requestId} ${n.text}`).sort());
    for (const conflict of conflicts) {
      expect(conflict.currentVersion).toBeGreaterThan(conflict.readVersion);
      expect(logins).toContain(conflict.changedBy);
    }
    const sharedRows = await dpo.selectFrom('requests').select(['id', 'version']).where('id', 'in', shared).execute();
    for (const row of sharedRows) expect(row.version, 'one version step per audited write').toBe(1 + 1 + notes.filter((n) => n.requestId === row.id).length);

    const rows = await dpo.selectFrom('requests').select(['id', 'reference', 'ref_year', 'ref_seq', 'status']).where('id', 'not in', shared).execute();
    expect(rows.length).toBe(created.length);
    const stored = new Map(rows.map((row) => [row.id, row]));
    for (const request of created) expect(stored.get(request.id), request.reference).toMatchObject({ reference: request.reference, status: request.status });
    expect(new Set(rows.map((row) => row.reference)).size).toBe(rows.length);
    for (const year of [2025, 2026]) {
      const seqs = rows.filter((row) => row.ref_year === year).map((row) => row.ref_seq).sort((a, b) => a - b);
      expect(seqs, `references of ${year}`).toEqual(seqs.map((_, i) => i + 1));
    }

    const after = await verifyAuditChain(dpo);
    expect(after).toMatchObject({ ok: true, firstBreak: null, eventCount: before.eventCount + WRITERS * WRITES });
    const byActor = await dpo.selectFrom('audit_events').select(['actor', (eb) => eb.fn.countAll<number>().as('n')]).where('actor', 'in', logins).groupBy('actor').execute();
    expect(Object.fromEntries(byActor.map((row) => [row.actor, row.n]))).toEqual(Object.fromEntries(reports.map((r) => [r.login, r.created.length + r.transitions + r.notes.length])));

    console.log(
      `team trial: ${WRITERS} writers × ${WRITES} writes in ${seconds.toFixed(1)} s: ${created.length} requests (2025: ${rows.filter((r) => r.ref_year === 2025).length}, 2026: ${rows.filter((r) => r.ref_year === 2026).length}), ` +
        `${transitions} transitions, ${notes.length} notes on ${shared.length} shared requests with ${conflicts.length} conflicts refused and redone, ` +
        `${after.eventCount - before.eventCount} audit events; 0 lost writes, 0 duplicate references, chain valid (${after.eventCount} events)`,
    );
  }, 600_000);
});
