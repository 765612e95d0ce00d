import { describe, expect, it } from 'vitest';
import { addDays } from '../../../electron/shared/pure/civil-date';
import { gridRange, monthGrid, shiftMonth } from './month-grid';

describe('month grid', () => {
  it('covers the month in whole weeks, Monday first', () => {
    const april = monthGrid('2026-04');
    expect(april).toHaveLength(5);
    expect(april[0]).toEqual(['2026-03-30', '2026-03-31', '2026-04-01', '2026-04-02', '2026-04-03', '2026-04-04', '2026-04-05']);
    expect(april.at(-1)?.[6]).toBe('2026-05-03');
    expect(monthGrid('2027-02')).toHaveLength(4);
    expect(monthGrid('2026-03')).toHaveLength(6);
    expect(gridRange('2026-03')).toEqual({ from: '2026-02-23', to: '2026-04-05' });
  });

  it('moves between months and days across year ends and the change of clocks', () => {
    expect(shiftMonth('2026-12', 1)).toBe('2027-01');
    expect(shiftMonth('2026-01', -1)).toBe('2025-12');
    expect(addDays('2026-03-28', 2)).toBe('2026-03-30');
    expect(addDays('2026-10-24', 2)).toBe('2026-10-26');
  });
});
