import { describe, expect, it } from 'vitest';
import { cancelReport, reportProgress, withReportProgress } from './report-progress';

describe('the progress of a report being built', () => {
  const id = '0b8e7f3a-5c2d-4e1f-8a9b-1c2d3e4f5a6b';

  it('is known under its id while the report runs, as the writer last reported it, and forgotten once it ends', async () => {
    const during = await withReportProgress(id, (progress) => {
      const first = reportProgress(id);
      progress?.('writing', 40, 170);
      return Promise.resolve([first, reportProgress(id)]);
    });
    expect(during).toEqual([{ stage: 'requests', done: 0, total: 0 }, { stage: 'writing', done: 40, total: 170 }]);
    expect(reportProgress(id)).toBeNull();
  });

  it('is forgotten when the report fails too, and not kept at all without an id', async () => {
    await expect(withReportProgress(id, () => Promise.reject(new Error('broken')))).rejects.toThrow('broken');
    expect(reportProgress(id)).toBeNull();
    expect(await withReportProgress(undefined, (progress) => Promise.resolve(progress))).toBeUndefined();
  });

  it('can be stopped under its id: the run sees its signal aborted; without an id, or once it has ended, there is nothing to stop', async () => {
    const seen = await withReportProgress(id, (_progress, signal) => {
      const before = signal?.aborted;
      const stopped = cancelReport(id);
      return Promise.resolve([before, stopped, signal?.aborted]);
    });
    expect(seen).toEqual([false, true, true]);
    expect(cancelReport(id)).toBe(false);
    expect(await withReportProgress(undefined, (_progress, signal) => Promise.resolve(signal))).toBeUndefined();
  });
});
