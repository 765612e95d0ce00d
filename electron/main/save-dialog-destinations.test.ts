import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { saveDialogDestinations, type AskFolder, type AskSavePath } from './save-dialog-destinations';

describe('the save dialog as the destination of a file the app writes', () => {
  const file = { fileName: 'audit-report-2026-01-01-2026-05-10.pdf', mimeType: 'application/pdf' };
  const answering = (answer: Awaited<ReturnType<AskSavePath>>) => {
    const asked: Parameters<AskSavePath>[0][] = [];
    const ask: AskSavePath = (options) => {
      asked.push(options);
      return Promise.resolve(answer);
    };
    return { ask, asked };
  };
  const folderAnswer = (answer: Awaited<ReturnType<AskFolder>>) => {
    const asked: Parameters<AskFolder>[0][] = [];
    const ask: AskFolder = (options) => {
      asked.push(options);
      return Promise.resolve(answer);
    };
    return { ask, asked };
  };
  const noFolder = folderAnswer({ canceled: true, filePaths: [] }).ask;

  it('offers the file by name in the folder, and writes it where the person chose, as saved there', async () => {
    const { ask, asked } = answering({ canceled: false, filePath: '/home/dpo/Reports/audit 2026.pdf' });
    const destination = await saveDialogDestinations(ask, '/home/dpo/Documents', noFolder).choose(file);
    expect(asked).toEqual([{ defaultPath: join('/home/dpo/Documents', file.fileName), filters: [{ name: 'PDF', extensions: ['pdf'] }] }]);
    expect(destination?.path).toBe('/home/dpo/Reports/audit 2026.pdf');
    expect(destination?.delivered(1234)).toEqual({ ...file, bytes: 1234, savedTo: '/home/dpo/Reports/audit 2026.pdf' });
  });

  it('adds the extension to a name typed without it', async () => {
    const { ask } = answering({ canceled: false, filePath: '/home/dpo/Reports/audit' });
    expect((await saveDialogDestinations(ask, '/tmp', noFolder).choose(file))?.path).toBe('/home/dpo/Reports/audit.pdf');
  });

  it('writes nothing when the person cancels', async () => {
    expect(await saveDialogDestinations(answering({ canceled: true }).ask, '/tmp', noFolder).choose(file)).toBeNull();
    expect(await saveDialogDestinations(answering({ canceled: false, filePath: '' }).ask, '/tmp', noFolder).choose(file)).toBeNull();
  });

  describe('a set of files (the CSV registers)', () => {
    const csv = ['summary', 'requests'].map((name) => ({ fileName: `audit-report-2026-01-01-2026-05-10-${name}.csv`, mimeType: 'text/csv' }));
    const unusedSave = answering({ canceled: true }).ask;

    it('asks once for a folder, starting in Documents, where each file keeps its name', async () => {
      const dir = mkdtempSync(join(tmpdir(), 'dpo-desk-folder-'));
      try {
        const { ask, asked } = folderAnswer({ canceled: false, filePaths: [dir] });
        const destinations = await saveDialogDestinations(unusedSave, '/home/dpo/Documents', ask).chooseSet(csv);
        expect(asked).toEqual([{ defaultPath: '/home/dpo/Documents' }]);
        expect(destinations?.map((d) => d.path)).toEqual(csv.map((f) => join(dir, f.fileName)));
        expect(destinations?.[1]?.delivered(10)).toEqual({ ...csv[1], bytes: 10, savedTo: join(dir, csv[1]?.fileName ?? '') });
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });

    it('never overwrites an earlier set: all its files take the next free number together', async () => {
      const dir = mkdtempSync(join(tmpdir(), 'dpo-desk-folder-'));
      try {
        writeFileSync(join(dir, 'audit-report-2026-01-01-2026-05-10-requests.csv'), 'earlier');
        writeFileSync(join(dir, 'audit-report-2026-01-01-2026-05-10-summary (2).csv'), 'earlier');
        const destinations = await saveDialogDestinations(unusedSave, '/tmp', folderAnswer({ canceled: false, filePaths: [dir] }).ask).chooseSet(csv);
        expect(destinations?.map((d) => d.path)).toEqual([join(dir, 'audit-report-2026-01-01-2026-05-10-summary (3).csv'), join(dir, 'audit-report-2026-01-01-2026-05-10-requests (3).csv')]);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });

    it('writes nothing when the folder dialog is cancelled', async () => {
      expect(await saveDialogDestinations(unusedSave, '/tmp', noFolder).chooseSet(csv)).toBeNull();
      expect(await saveDialogDestinations(unusedSave, '/tmp', folderAnswer({ canceled: false, filePaths: [] }).ask).chooseSet(csv)).toBeNull();
    });
  });
});
