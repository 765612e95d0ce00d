import { describe, expect, it } from 'vitest';
import { dpiaIndicated, statusAfterScreening } from './dpia-screening';

describe('DPIA screening', () => {
  it('points to a DPIA from two WP248 criteria, or from any item of the Garante’s list', () => {
    expect(dpiaIndicated([], [])).toBe(false);
    expect(dpiaIndicated(['large-scale'], [])).toBe(false);
    expect(dpiaIndicated(['large-scale', 'sensitive-data'], [])).toBe(true);
    expect(dpiaIndicated([], ['biometric-systematic'])).toBe(true);
  });

  it('counts a required DPIA with its document on file as completed', () => {
    expect(statusAfterScreening({ outcome: 'not-required', dpiaFile: null })).toBe('not-required');
    expect(statusAfterScreening({ outcome: 'required', dpiaFile: null })).toBe('required');
    expect(statusAfterScreening({ outcome: 'required', dpiaFile: 'dpia/analytics-2026.pdf' })).toBe('completed');
  });
});
