import { describe, expect, it } from 'vitest';
import { todayOf } from './today-of';

describe('todayOf', () => {
  it('reads today back from an open clock', () => {
    expect(todayOf({ legal: { date: '2026-04-30', daysLeft: 10 }, organisation: { date: null, daysLeft: null } })).toBe('2026-04-20');
    expect(todayOf({ legal: { date: null, daysLeft: null }, organisation: { date: '2026-04-10', daysLeft: -3 } })).toBe('2026-04-13');
  });

  it('is null when the request counts no days (closed)', () => {
    expect(todayOf({ legal: { date: '2026-04-30', daysLeft: null }, organisation: { date: '2026-04-25', daysLeft: null } })).toBeNull();
  });
});
