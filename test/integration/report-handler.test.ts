import { mkdirSync, readdirSync, watch } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../electron/core/audit/verify-audit-chain';
import type { GeneratedFile } from '../../electron/shared/generated-file';
import type { AuditReport } from '../../electron/shared/reports';
import { appOver, PASSPHRASE, tempDir } from './temp-vault';

/** `reports.audit` over a real vault: the files come back as base64, the summary with them, and no temp folder is left. */
describe('the reports.audit channel', () => {
  let tmp: ReturnType<typeof tempDir>;
  let app: ReturnType<typeof appOver>;
  const clock = Date.parse('2026-05-10T08:00:00Z');
  type Output = { files: GeneratedFile[]; summary: AuditReport };
  const reportFolders = () => readdirSync(tmpdir()).filter((name) => name.startsWith('dpo-desk-report-')).length;

  async function call<T>(channel: string, input: unknown): Promise<T> {
    const result = await app.dispatch(channel, input);
    if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
    return result.value as T;
  }

  beforeEach(async () => {
    tmp = tempDir();
    app = appOver(tmp.dir, () => new Date(clock));
    await app.session.create(PASSPHRASE);
    await call('settings.update', { changes: { 'organisation.country': 'IT', 'organisation.timeZone': 'Europe/Rome' } });
    for (const [day, types] of [['03-02', ['access']], ['04-15', ['erasure']]] as const) {
      await call('requests.create', {
        request: { regime: 'gdpr', types, receivedAt: `2026-${day}T10:00:00+01:00`, channel: 'email', subjectName: 'Giulia Bianchi', subjectEmail: 'g@example.com' },
      });
    }
  });
  afterEach(async () => {
    await app.dispose();
    tmp.cleanup();
  });

  it('returns the registers and the late list as CSV files with the summary, and removes its temp folder', async () => {
    const before = reportFolders();
    const out = await call<Output>('reports.audit', { from: '2026-01-01', to: '2026-05-10', format: 'csv' });
    expect(out.files.map((file) => file.fileName)).toEqual([
      'audit-report-2026-01-01-2026-05-10-summary.csv',
      'audit-report-2026-01-01-2026-05-10-requests.csv',
      'audit-report-2026-01-01-2026-05-10-breaches.csv',
      'audit-report-2026-01-01-2026-05-10-late.csv',
    ]);
    expect(out.files.every((file) => file.mimeType === 'text/csv')).toBe(true);
    const requests = Buffer.from(out.files[1]?.base64 ?? '', 'base64').toString('utf8');
    expect(requests.trim().split('\n')).toHaveLength(3);
    expect(requests).not.toContain('Giulia Bianchi');
    expect(out.summary.requests).toMatchObject({ received: 2, perMonth: { '2026-03': { access: 1 }, '2026-04': { erasure: 1 } } });
    expect(out.summary.integrity.ok).toBe(true);
    expect(reportFolders()).toBe(before);
  });

  it('gives the PDF as one file in the language asked, and forgets its progress once it is written', async () => {
    const id = '7b0c1f1e-2f7a-4a3e-9a55-3f0d6f1b9c01';
    const out = await call<Output>('reports.audit', { from: '2026-01-01', to: '2026-05-10', format: 'pdf', locale: 'it', progressId: id });
    expect(out.files.map((file) => [file.fileName, file.mimeType])).toEqual([['rapporto-audit-2026-01-01-2026-05-10.pdf', 'application/pdf']]);
    const pdf = Buffer.from(out.files[0]?.base64 ?? '', 'base64');
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.toString('latin1')).toContain('/S /Table');
    expect(pdf.toString('latin1')).toContain('/Lang (it-IT)');
    expect(await call('reports.progress', { id })).toBeNull();
  });

  it('adds names only when asked, and gives JSON as one file', async () => {
    const out = await call<Output>('reports.audit', { from: '2026-03-01', to: '2026-03-31', format: 'json', withNames: true });
    expect(out.files).toHaveLength(1);
    const file = out.files[0] as GeneratedFile;
    expect(file).toMatchObject({ fileName: 'audit-report-2026-03-01-2026-03-31.json', mimeType: 'application/json' });
    const parsed = JSON.parse(Buffer.from(file.base64, 'base64').toString('utf8')) as { report: AuditReport; requests: string[][] };
    expect(parsed.report.requests.received).toBe(1);
    expect(JSON.stringify(parsed.requests)).toContain('Giulia Bianchi');
  });

  it('writes nothing to the temp folder, even with names: a crash cannot leave a register behind', async () => {
    const watched = join(tmp.dir, 'watched-tmp');
    mkdirSync(watched);
    const saved = process.env.TMPDIR;
    process.env.TMPDIR = watched;
    const seen: string[] = [];
    const watcher = watch(watched, (event, name) => seen.push(`${event} ${name}`));
    try {
      expect(tmpdir()).toBe(watched);
      const csv = await call<Output>('reports.audit', { from: '2026-01-01', to: '2026-05-10', format: 'csv', withNames: true });
      const json = await call<Output>('reports.audit', { from: '2026-01-01', to: '2026-05-10', format: 'json', withNames: true });
      expect(Buffer.from(csv.files[1]?.base64 ?? '', 'base64').toString('utf8')).toContain('Giulia Bianchi');
      expect(Buffer.from(json.files[0]?.base64 ?? '', 'base64').toString('utf8')).toContain('Giulia Bianchi');
    } finally {
      watcher.close();
      if (saved === undefined) delete process.env.TMPDIR;
      else process.env.TMPDIR = saved;
    }
    expect(seen).toEqual([]);
    expect(readdirSync(watched)).toEqual([]);
  });

  it('records each generation in the audit trail, after the events the report certifies, without figures or names', async () => {
    const out = await call<Output>('reports.audit', { from: '2026-01-01', to: '2026-05-10', format: 'json', withNames: true });
    const events = await app.session.db().selectFrom('audit_events').select(['seq', 'action', 'data']).orderBy('seq').execute();
    const last = events.at(-1);
    expect(last?.action).toBe('report.generated');
    expect(JSON.parse(last?.data ?? '{}')).toEqual({ from: '2026-01-01', to: '2026-05-10', format: 'json', withNames: true, certifiedHead: out.summary.integrity.headHash, certifiedEvents: out.summary.integrity.eventCount });
    expect(last?.seq).toBe(out.summary.integrity.eventCount + 1);
    expect(last?.data).not.toContain('Giulia');
    expect((await verifyAuditChain(app.session.db())).ok).toBe(true);
  });

  it('refuses a range that ends before it starts, or a date that is not one', async () => {
    for (const input of [{ from: '2026-05-01', to: '2026-04-01', format: 'csv' }, { from: '2026-02-30', to: '2026-04-01', format: 'csv' }]) {
      const result = await app.dispatch('reports.audit', input);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.code).toBe('VALIDATION');
    }
  });
});
