import { describe, expect, it } from 'vitest';
import { hoursLate, isAfterDue } from './clock-lateness';

describe('hoursLate', () => {
  it('says how many hours after its deadline a late step was taken, whatever offsets the instants carry', () => {
    expect(hoursLate({ status: 'done-late', dueAt: '2026-03-28T10:00:00+01:00', doneAt: '2026-03-28T15:30:00+01:00' })).toBe(5.5);
    // Across the spring change of clocks: 10:00 CET to 12:00 CEST is one real hour.
    expect(hoursLate({ status: 'done-late', dueAt: '2026-03-28T10:00:00+01:00', doneAt: '2026-03-29T12:00:00+02:00' })).toBe(25);
  });

  it('says nothing for a step taken in time, not yet taken, without a fixed time or due on a civil date', () => {
    expect(hoursLate({ status: 'done', dueAt: '2026-03-28T10:00:00+01:00', doneAt: '2026-03-28T09:00:00+01:00' })).toBeNull();
    expect(hoursLate({ status: 'overdue', dueAt: '2026-03-28T10:00:00+01:00', doneAt: null })).toBeNull();
    expect(hoursLate({ status: 'done-late', dueAt: null, doneAt: '2026-03-28T09:00:00+01:00' })).toBeNull();
    expect(hoursLate({ status: 'done-late', dueAt: '2026-03-28', doneAt: '2026-03-30' })).toBeNull();
  });
});

describe('isAfterDue', () => {
  it('is true only for a time after an instant deadline', () => {
    expect(isAfterDue('2026-03-28T10:00:00+01:00', '2026-03-28T09:00:01Z')).toBe(true);
    expect(isAfterDue('2026-03-28T10:00:00+01:00', '2026-03-28T09:00:00Z')).toBe(false);
    expect(isAfterDue(null, '2026-03-28T09:00:00Z')).toBe(false);
    expect(isAfterDue('2026-03-28T10:00:00+01:00', null)).toBe(false);
    expect(isAfterDue('2026-03-28', '2026-03-29T09:00:00Z')).toBe(false);
  });
});
