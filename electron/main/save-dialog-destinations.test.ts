import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { saveDialogDestinations, type AskSavePath } from './save-dialog-destinations';

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

  it('offers the file by name in the folder, and writes it where the person chose, as saved there', async () => {
    const { ask, asked } = answering({ canceled: false, filePath: '/home/dpo/Reports/audit 2026.pdf' });
    const destination = await saveDialogDestinations(ask, '/home/dpo/Documents').choose(file);
    expect(asked).toEqual([{ defaultPath: join('/home/dpo/Documents', file.fileName), filters: [{ name: 'PDF', extensions: ['pdf'] }] }]);
    expect(destination?.path).toBe('/home/dpo/Reports/audit 2026.pdf');
    expect(destination?.delivered(1234)).toEqual({ ...file, bytes: 1234, savedTo: '/home/dpo/Reports/audit 2026.pdf' });
  });

  it('adds the extension to a name typed without it', async () => {
    const { ask } = answering({ canceled: false, filePath: '/home/dpo/Reports/audit' });
    expect((await saveDialogDestinations(ask, '/tmp').choose(file))?.path).toBe('/home/dpo/Reports/audit.pdf');
  });

  it('writes nothing when the person cancels', async () => {
    expect(await saveDialogDestinations(answering({ canceled: true }).ask, '/tmp').choose(file)).toBeNull();
    expect(await saveDialogDestinations(answering({ canceled: false, filePath: '' }).ask, '/tmp').choose(file)).toBeNull();
  });
});
