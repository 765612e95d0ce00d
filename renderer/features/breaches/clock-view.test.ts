import { describe, expect, it } from 'vitest';
import { clockTone, clockView, elapsedShare } from './clock-view';

const deadline = '2026-03-30T10:00:00+01:00';
const at = (iso: string) => Date.parse(iso);

describe('clockView', () => {
  it('counts down the hours and minutes left while the clock runs', () => {
    const view = clockView({ clock: 'running', authorityDeadline: deadline }, at('2026-03-28T16:48:00+01:00'));
    expect(view).toEqual({ kind: 'running', hours: 41, minutes: 12, urgency: 'none' });
    expect(clockTone(view)).toBe('neutral');
  });

  it('turns amber with 24 hours or less left', () => {
    expect(clockView({ clock: 'running', authorityDeadline: deadline }, at('2026-03-29T10:00:00+01:00'))).toEqual({ kind: 'running', hours: 24, minutes: 0, urgency: 'amber' });
    const view = clockView({ clock: 'running', authorityDeadline: deadline }, at('2026-03-30T09:30:00+01:00'));
    expect(view).toEqual({ kind: 'running', hours: 0, minutes: 30, urgency: 'amber' });
    expect(clockTone(view)).toBe('warning');
  });

  it('says by how much the deadline is past, in red, even when the back end still said running', () => {
    const view = clockView({ clock: 'running', authorityDeadline: deadline }, at('2026-03-30T15:05:00+01:00'));
    expect(view).toEqual({ kind: 'overdue', hours: 5, minutes: 5 });
    expect(clockTone(view)).toBe('danger');
    expect(clockView({ clock: 'overdue', authorityDeadline: deadline }, at('2026-04-02T10:00:00+01:00'))).toEqual({ kind: 'overdue', hours: 72, minutes: 0 });
  });

  it('keeps the back end verdict once the clock has stopped', () => {
    const later = at('2026-04-10T10:00:00+02:00');
    expect(clockView({ clock: 'notified-in-time', authorityDeadline: deadline }, later)).toEqual({ kind: 'notified-in-time' });
    expect(clockTone(clockView({ clock: 'notified-late', authorityDeadline: deadline }, later))).toBe('late');
    expect(clockTone(clockView({ clock: 'not-required', authorityDeadline: deadline }, later))).toBe('done');
  });
});

describe('elapsedShare', () => {
  it('is the part of the 72 hours gone by, clamped to 0..1, across the spring change of clocks', () => {
    expect(elapsedShare('2026-03-27T10:00:00+01:00', at('2026-03-28T10:00:00+01:00'))).toBeCloseTo(1 / 3);
    expect(elapsedShare('2026-03-27T10:00:00+01:00', at('2026-03-30T11:00:00+02:00'))).toBe(1);
    expect(elapsedShare('2026-03-27T10:00:00+01:00', at('2026-03-27T09:00:00+01:00'))).toBe(0);
  });
});
