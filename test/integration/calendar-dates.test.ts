import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { appOver, tempDir } from './temp-vault';

describe('calendar dates at the API boundary', () => {
  let tmp: ReturnType<typeof tempDir>;
  beforeEach(() => (tmp = tempDir()));
  afterEach(() => tmp.cleanup());

  it('refuses dates that match the pattern but are not on the calendar, with a clear validation error', async () => {
    const { dispatch, dispose } = appOver(tmp.dir);
    const rule = { category: 'HR files', periodCount: 10, periodUnit: 'years', trigger: 'end-of-relationship', legalBasis: 'Art. 2220 c.c.', firstReview: '2026-02-31' };
    const cases: [string, unknown, string][] = [
      ['reports.audit', { from: '2026-02-30', to: '2026-03-31', format: 'csv' }, 'from'],
      ['retention.saveRule', { rule }, 'rule.firstReview'],
      ['retention.markReviewed', { id: '5d0f7a36-3c39-4a4c-9a59-1b1f2f3e4d5c', on: '2025-02-29' }, 'on'],
    ];
    for (const [channel, input, path] of cases) {
      const result = await dispatch(channel, input);
      expect(result.ok, channel).toBe(false);
      if (result.ok) continue;
      expect(result.error.code).toBe('VALIDATION');
      expect(result.error.issues?.map((issue) => issue.path)).toContain(path);
      expect(result.error.message).toMatch(/real calendar date/);
    }
    // A real leap day passes validation and reaches the vault (absent here).
    const leapDay = await dispatch('reports.audit', { from: '2024-02-29', to: '2026-03-31', format: 'csv' });
    expect(!leapDay.ok && leapDay.error.code).toBe('VAULT_LOCKED');
    await dispose();
  });
});
