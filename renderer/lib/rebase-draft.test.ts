import { describe, expect, it } from 'vitest';
import { rebaseDraft } from './rebase-draft';

describe('rebaseDraft', () => {
  const startedFrom = { owner: '', dpiaStatus: 'not-screened', systems: ['HR suite'] };

  it('keeps what the user changed and takes the newer saved value of what they did not', () => {
    const draft = { ...startedFrom, owner: 'HR office' };
    const saved = { ...startedFrom, dpiaStatus: 'required' };
    expect(rebaseDraft(draft, startedFrom, saved)).toEqual({ owner: 'HR office', dpiaStatus: 'required', systems: ['HR suite'] });
  });

  it('keeps the user’s change of a field the newer version also changed', () => {
    const draft = { ...startedFrom, dpiaStatus: 'in-progress' };
    const saved = { ...startedFrom, dpiaStatus: 'required' };
    expect(rebaseDraft(draft, startedFrom, saved).dpiaStatus).toBe('in-progress');
  });

  it('compares lists by their content, so an untouched list follows the saved one', () => {
    const draft = { ...startedFrom, systems: ['HR suite'] };
    const saved = { ...startedFrom, systems: ['HR suite', 'Payroll'] };
    expect(rebaseDraft(draft, startedFrom, saved).systems).toEqual(['HR suite', 'Payroll']);
  });
});
