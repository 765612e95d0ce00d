import { describe, expect, it } from 'vitest';
import { defaultRange } from './default-range';

describe('defaultRange', () => {
  it('runs from 1 January to today in the given zone', () => {
    expect(defaultRange('Europe/Rome', new Date('2026-07-14T10:00:00Z'))).toEqual({ from: '2026-01-01', to: '2026-07-14' });
  });
  it('takes the year of the zone, not of UTC, around New Year', () => {
    expect(defaultRange('Europe/Rome', new Date('2026-12-31T23:30:00Z'))).toEqual({ from: '2027-01-01', to: '2027-01-01' });
    expect(defaultRange('America/Los_Angeles', new Date('2027-01-01T03:00:00Z'))).toEqual({ from: '2026-01-01', to: '2026-12-31' });
  });
});
