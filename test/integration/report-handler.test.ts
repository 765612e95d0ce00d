import { existsSync, mkdirSync, readFileSync, readdirSync, watch } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../electron/core/audit/verify-audit-chain';
import type { FileDestination, FileDestinations, FileToWrite } from '../../electron/core/files/file-destinations';
import { stagedDownloads } from '../../electron/core/files/staged-downloads';
import type { WrittenFile } from '../../electron/shared/generated-file';
import type { AuditReport } from '../../electron/shared/reports';
import { appOver, PASSPHRASE, tempDir } from './temp-vault';
import { plainObjects } from '../support/pdf-objects';

/**
 * `reports.audit` over a real vault: every format is written by the app straight to where the
 * transport says (one file, or the four CSV files as a set asked for once), never as bytes in
 * the answer, with the summary beside; no temp folder is left.
 */
describe('the reports.audit channel', () => {
  let tmp: ReturnType<typeof tempDir>;
  let app: ReturnType<typeof appOver>;
  const clock = Date.parse('2026-05-10T08:00:00Z');
  type Output = { written: WrittenFile[]; summary: AuditReport };
  const savedTo = (file: WrittenFile | undefined): string => {
    if (!file || !('savedTo' in file)) throw new Error('The file was not saved');
    return file.savedTo;
  };
  const leftovers = (dir: string) => (existsSync(dir) ? readdirSync(dir).filter((name) => name.endsWith('.part')) : []);
  const reportFolders = () => readdirSync(tmpdir()).filter((name) => name.startsWith('dpo-desk-report-')).length;

  async function call<T>(channel: string, input: unknown): Promise<T> {
    const result = await app.dispatch(channel, input);
    if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
    return result.value as T;
  }

  /** Where the app asks to write its file, and its sets of files (into `folder`); null: as if the person cancelled the dialog. */
  let chosen: string | null;
  let folder: string;
  const asked: string[][] = [];
  const savedAt = (file: FileToWrite, path: string): FileDestination => ({ path, delivered: (bytes) => ({ ...file, bytes, savedTo: path }), abandoned: () => undefined });
  const destinations: FileDestinations = {
    choose: (file) => {
      asked.push([file.fileName]);
      return Promise.resolve(chosen === null ? null : savedAt(file, chosen));
    },
    chooseSet: (files) => {
      asked.push(files.map((file) => file.fileName));
      if (chosen === null) return Promise.resolve(null);
      mkdirSync(folder, { recursive: true });
      return Promise.resolve(files.map((file) => savedAt(file, join(folder, file.fileName))));
    },
  };

  beforeEach(async () => {
    tmp = tempDir();
    chosen = join(tmp.dir, 'chosen.pdf');
    folder = join(tmp.dir, 'chosen-folder');
    asked.length = 0;
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

  it('writes the registers and the late list as four CSV files into the folder chosen once, with the summary, and forgets its progress', async () => {
    const before = reportFolders();
    const id = '0c6f7a52-1d7e-4b8e-9f3a-2a4b5c6d7e8f';
    const out = await call<Output>('reports.audit', { from: '2026-01-01', to: '2026-05-10', format: 'csv', progressId: id });
    const names = ['summary', 'requests', 'breaches', 'late'].map((name) => `audit-report-2026-01-01-2026-05-10-${name}.csv`);
    expect(asked).toEqual([names]);
    expect(out.written.map((file) => file.fileName)).toEqual(names);
    expect(out.written.map(savedTo)).toEqual(names.map((name) => join(folder, name)));
    expect(out.written.every((file) => file.mimeType === 'text/csv' && file.bytes === readFileSync(savedTo(file)).length)).toBe(true);
    const requests = readFileSync(savedTo(out.written[1]), 'utf8');
    expect(requests.startsWith('\uFEFFreference,regime,')).toBe(true);
    expect(requests.trim().split('\n')).toHaveLength(3);
    expect(requests).not.toContain('Giulia Bianchi');
    expect(readFileSync(savedTo(out.written[0]), 'utf8')).toContain('requests.received,2');
    expect(leftovers(folder)).toEqual([]);
    expect(await call('reports.progress', { id })).toBeNull();
    expect(out.summary.requests).toMatchObject({ received: 2, perMonth: { '2026-03': { access: 1 }, '2026-04': { erasure: 1 } } });
    expect(out.summary.integrity.ok).toBe(true);
    expect(reportFolders()).toBe(before);
  });

  it('writes the PDF straight to the file chosen, in the language asked, and forgets its progress once it is written', async () => {
    const id = '7b0c1f1e-2f7a-4a3e-9a55-3f0d6f1b9c01';
    const out = await call<Output>('reports.audit', { from: '2026-01-01', to: '2026-05-10', format: 'pdf', locale: 'it', progressId: id });
    const pdf = readFileSync(join(tmp.dir, 'chosen.pdf'));
    expect(out.written).toEqual([{ fileName: 'rapporto-audit-2026-01-01-2026-05-10.pdf', mimeType: 'application/pdf', bytes: pdf.length, savedTo: join(tmp.dir, 'chosen.pdf') }]);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(plainObjects(pdf).toString('latin1')).toContain('/S /Table');
    expect(plainObjects(pdf).toString('latin1')).toContain('/Lang (it-IT)');
    expect(readdirSync(tmp.dir).filter((name) => name.endsWith('.part'))).toEqual([]);
    expect(await call('reports.progress', { id })).toBeNull();
    expect(out.summary.requests.received).toBe(2);
  });

  it('writes and records nothing when the save dialog (or the folder dialog) is cancelled, whatever the format', async () => {
    chosen = null;
    const events = async () => (await app.session.db().selectFrom('audit_events').select('seq').execute()).length;
    const before = await events();
    for (const format of ['pdf', 'csv', 'json']) {
      expect(await call('reports.audit', { from: '2026-01-01', to: '2026-05-10', format })).toEqual({ cancelled: true });
    }
    expect(asked).toHaveLength(3);
    expect(await events()).toBe(before);
    expect(readdirSync(tmp.dir).filter((name) => /\.(pdf|csv|json)|chosen/.test(name))).toEqual([]);
  });

  it('stops CSV and JSON being written when cancelled under their id: no file and no part of one, nothing recorded', async () => {
    const events = async () => (await app.session.db().selectFrom('audit_events').select('seq').execute()).length;
    const before = await events();
    chosen = join(tmp.dir, 'chosen.json');
    for (const [format, id] of [['csv', '3f2a1b0c-5d4e-4f6a-8b7c-9d0e1f2a3b4c'], ['json', '4e3b2c1d-6e5f-4a7b-9c8d-0e1f2a3b4c5d']] as const) {
      const running = call('reports.audit', { from: '2026-01-01', to: '2026-05-10', format, progressId: id });
      expect(await call('reports.cancel', { id })).toEqual({ cancelled: true });
      expect(await running).toEqual({ cancelled: true });
    }
    expect(await events()).toBe(before);
    expect(existsSync(chosen)).toBe(false);
    expect(existsSync(folder) ? readdirSync(folder) : []).toEqual([]);
    expect(leftovers(tmp.dir)).toEqual([]);
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

  it('in browser mode stages each CSV file for its own download, and the JSON as one', async () => {
    const downloads = stagedDownloads('/__dpo/download/');
    const browser = appOver(join(tmp.dir, 'browser'), () => new Date(clock), downloads);
    try {
      await browser.session.create(PASSPHRASE);
      const take = (file: WrittenFile | undefined) => {
        if (!file || !('downloadUrl' in file)) throw new Error('The file was not staged for download');
        const staged = downloads.take(file.downloadUrl.slice('/__dpo/download/'.length));
        if (!staged) throw new Error(`${file.fileName} is not staged`);
        const text = readFileSync(staged.path, 'utf8');
        expect(Buffer.byteLength(text)).toBe(file.bytes);
        downloads.release(staged);
        return { name: staged.fileName, type: staged.mimeType, text };
      };
      for (const [format, count] of [['csv', 4], ['json', 1]] as const) {
        const result = await browser.dispatch('reports.audit', { from: '2026-01-01', to: '2026-05-10', format, locale: 'it' });
        if (!result.ok) throw new Error(result.error.message);
        const { written } = result.value as Output;
        expect(written).toHaveLength(count);
        const files = written.map(take);
        if (format === 'csv') {
          expect(files.map((file) => file.name)).toEqual(written.map((file) => file.fileName));
          expect(files.every((file) => file.name.startsWith('rapporto-audit-2026-01-01-2026-05-10-') && file.type === 'text/csv')).toBe(true);
          expect(files.every((file) => file.text.startsWith('\uFEFF'))).toBe(true);
          // Italian spreadsheets: the separator is the semicolon.
          expect(files[1]?.text.split('\r\n')[0]).toContain(';');
        } else {
          expect(files[0]?.name).toBe('rapporto-audit-2026-01-01-2026-05-10.json');
          expect((JSON.parse(files[0]?.text ?? '{}') as { report: AuditReport }).report.from).toBe('2026-01-01');
        }
      }
    } finally {
      await browser.dispose();
      downloads.dispose();
    }
  });

  it('adds names only when asked, and writes JSON as one file where the save dialog said', async () => {
    chosen = join(tmp.dir, 'chosen.json');
    const out = await call<Output>('reports.audit', { from: '2026-03-01', to: '2026-03-31', format: 'json', withNames: true });
    expect(asked).toEqual([['audit-report-2026-03-01-2026-03-31.json']]);
    expect(out.written).toHaveLength(1);
    const file = out.written[0];
    expect(file).toMatchObject({ fileName: 'audit-report-2026-03-01-2026-03-31.json', mimeType: 'application/json', savedTo: chosen });
    expect(file?.bytes).toBe(readFileSync(chosen).length);
    expect(leftovers(tmp.dir)).toEqual([]);
    const parsed = JSON.parse(readFileSync(chosen, 'utf8')) as { report: AuditReport; requests: string[][] };
    expect(parsed.report.requests.received).toBe(1);
    expect(JSON.stringify(parsed.requests)).toContain('Giulia Bianchi');
  });

  it('writes nothing to the temp folder in the desktop app, even with names: a crash cannot leave a register behind', async () => {
    const watched = join(tmp.dir, 'watched-tmp');
    mkdirSync(watched);
    const saved = process.env.TMPDIR;
    process.env.TMPDIR = watched;
    const seen: string[] = [];
    const watcher = watch(watched, (event, name) => seen.push(`${event} ${name}`));
    try {
      expect(tmpdir()).toBe(watched);
      chosen = join(tmp.dir, 'chosen.json');
      const csv = await call<Output>('reports.audit', { from: '2026-01-01', to: '2026-05-10', format: 'csv', withNames: true });
      const json = await call<Output>('reports.audit', { from: '2026-01-01', to: '2026-05-10', format: 'json', withNames: true });
      expect(readFileSync(savedTo(csv.written[1]), 'utf8')).toContain('Giulia Bianchi');
      expect(readFileSync(savedTo(json.written[0]), 'utf8')).toContain('Giulia Bianchi');
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
