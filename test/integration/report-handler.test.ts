import { existsSync, mkdirSync, readFileSync, readdirSync, watch } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../electron/core/audit/verify-audit-chain';
import type { FileDestinations } from '../../electron/core/files/file-destinations';
import { stagedDownloads } from '../../electron/core/files/staged-downloads';
import type { GeneratedFile, WrittenFile } from '../../electron/shared/generated-file';
import type { AuditReport } from '../../electron/shared/reports';
import { appOver, PASSPHRASE, tempDir } from './temp-vault';

/**
 * `reports.audit` over a real vault: CSV and JSON come back as base64, the summary with them,
 * and no temp folder is left; the PDF is written by the app straight to where the transport says.
 */
describe('the reports.audit channel', () => {
  let tmp: ReturnType<typeof tempDir>;
  let app: ReturnType<typeof appOver>;
  const clock = Date.parse('2026-05-10T08:00:00Z');
  type Output = { files: GeneratedFile[]; written: WrittenFile[]; summary: AuditReport };
  const reportFolders = () => readdirSync(tmpdir()).filter((name) => name.startsWith('dpo-desk-report-')).length;

  async function call<T>(channel: string, input: unknown): Promise<T> {
    const result = await app.dispatch(channel, input);
    if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
    return result.value as T;
  }

  /** Where the app asks to write its files; null: as if the person cancelled the save dialog. */
  let chosen: string | null;
  const destinations: FileDestinations = {
    choose: (file) => Promise.resolve(chosen === null ? null : { path: chosen, delivered: (bytes) => ({ ...file, bytes, savedTo: chosen ?? '' }), abandoned: () => undefined }),
  };

  beforeEach(async () => {
    tmp = tempDir();
    chosen = join(tmp.dir, 'chosen.pdf');
    app = appOver(tmp.dir, () => new Date(clock), destinations);
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

  it('writes the PDF straight to the file chosen, in the language asked, and forgets its progress once it is written', async () => {
    const id = '7b0c1f1e-2f7a-4a3e-9a55-3f0d6f1b9c01';
    const out = await call<Output>('reports.audit', { from: '2026-01-01', to: '2026-05-10', format: 'pdf', locale: 'it', progressId: id });
    const pdf = readFileSync(join(tmp.dir, 'chosen.pdf'));
    expect(out.files).toEqual([]);
    expect(out.written).toEqual([{ fileName: 'rapporto-audit-2026-01-01-2026-05-10.pdf', mimeType: 'application/pdf', bytes: pdf.length, savedTo: join(tmp.dir, 'chosen.pdf') }]);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.toString('latin1')).toContain('/S /Table');
    expect(pdf.toString('latin1')).toContain('/Lang (it-IT)');
    expect(readdirSync(tmp.dir).filter((name) => name.endsWith('.part'))).toEqual([]);
    expect(await call('reports.progress', { id })).toBeNull();
    expect(out.summary.requests.received).toBe(2);
  });

  it('writes and records nothing when the save dialog is cancelled', async () => {
    chosen = null;
    const events = async () => (await app.session.db().selectFrom('audit_events').select('seq').execute()).length;
    const before = await events();
    expect(await call('reports.audit', { from: '2026-01-01', to: '2026-05-10', format: 'pdf' })).toEqual({ cancelled: true });
    expect(await events()).toBe(before);
    expect(readdirSync(tmp.dir).filter((name) => name.includes('.pdf'))).toEqual([]);
  });

  it('stops a PDF being written when it is cancelled under its id: no file, nothing recorded, cancelled answered', async () => {
    const id = '9a1d2c3b-4e5f-4a6b-8c7d-0e1f2a3b4c5d';
    const events = async () => (await app.session.db().selectFrom('audit_events').select('seq').execute()).length;
    const before = await events();
    const running = call('reports.audit', { from: '2026-01-01', to: '2026-05-10', format: 'pdf', progressId: id });
    expect(await call('reports.cancel', { id })).toEqual({ cancelled: true });
    expect(await running).toEqual({ cancelled: true });
    expect(await call('reports.cancel', { id })).toEqual({ cancelled: false });
    expect(await events()).toBe(before);
    expect(readdirSync(tmp.dir).filter((name) => name.includes('.pdf'))).toEqual([]);
  });

  it('in browser mode stages the PDF for one download, deleted once taken, and gone when the server closes', async () => {
    const downloads = stagedDownloads('/__dpo/download/');
    const browser = appOver(join(tmp.dir, 'browser'), () => new Date(clock), downloads);
    try {
      await browser.session.create(PASSPHRASE);
      const result = await browser.dispatch('reports.audit', { from: '2026-01-01', to: '2026-05-10', format: 'pdf', locale: 'en' });
      if (!result.ok) throw new Error(result.error.message);
      const [written] = (result.value as Output).written;
      if (!written || !('downloadUrl' in written)) throw new Error('The PDF was not staged for download');
      expect(written.fileName).toBe('audit-report-2026-01-01-2026-05-10.pdf');
      const id = written.downloadUrl.slice('/__dpo/download/'.length);
      const staged = downloads.take(id);
      if (!staged) throw new Error('The staged PDF is not there');
      expect(readFileSync(staged.path).subarray(0, 5).toString('latin1')).toBe('%PDF-');
      expect(readFileSync(staged.path).length).toBe(written.bytes);
      expect(downloads.take(id)).toBeNull();
      downloads.release(staged);
      expect(existsSync(staged.path)).toBe(false);
      const again = await browser.dispatch('reports.audit', { from: '2026-01-01', to: '2026-05-10', format: 'pdf' });
      if (!again.ok) throw new Error(again.error.message);
      const second = (again.value as Output).written[0];
      const path = second && 'downloadUrl' in second ? downloads.take(second.downloadUrl.slice('/__dpo/download/'.length))?.path : undefined;
      expect(path && existsSync(path)).toBe(true);
      downloads.dispose();
      expect(path && existsSync(path)).toBe(false);
    } finally {
      await browser.dispose();
      downloads.dispose();
    }
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
