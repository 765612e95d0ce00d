import { describe, expect, it } from 'vitest';
import { statusAfterScreening } from './dpia-screening';

describe('DPIA screening', () => {
  it('counts a required DPIA with its document on file as completed', () => {
    expect(statusAfterScreening({ outcome: 'not-required', dpiaFile: null })).toBe('not-required');
    expect(statusAfterScreening({ outcome: 'required', dpiaFile: null })).toBe('required');
    expect(statusAfterScreening({ outcome: 'required', dpiaFile: 'dpia/analytics-2026.pdf' })).toBe('completed');
  });
});
