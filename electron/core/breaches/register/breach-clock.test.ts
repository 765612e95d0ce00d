import { describe, expect, it } from 'vitest';
import { breachClock, hoursBetween } from './breach-clock';

const AWARE = '2026-03-27T10:00:00+01:00';
const DEADLINE = '2026-03-30T10:00:00+01:00';
const hoursAfter = (h: number) => new Date(Date.parse(AWARE) + h * 3_600_000);
const running = { authorityDeadline: DEADLINE, firstAuthorityNotice: null, decidedNotifyAuthority: null };

describe('breach clock', () => {
  it('runs uncoloured until 24 hours are left, amber from then, red once past', () => {
    expect(breachClock(running, hoursAfter(0))).toEqual({ hoursLeft: 72, clock: 'running', urgency: 'none' });
    expect(breachClock(running, hoursAfter(47.9))).toEqual({ hoursLeft: 24.1, clock: 'running', urgency: 'none' });
    expect(breachClock(running, hoursAfter(48))).toEqual({ hoursLeft: 24, clock: 'running', urgency: 'amber' });
    expect(breachClock(running, hoursAfter(72))).toEqual({ hoursLeft: 0, clock: 'running', urgency: 'amber' });
    expect(breachClock(running, hoursAfter(72.3))).toEqual({ hoursLeft: -0.3, clock: 'overdue', urgency: 'red' });
  });

  it('stops at the first notice to the authority, in time or late', () => {
    expect(breachClock({ ...running, firstAuthorityNotice: '2026-03-30T11:00:00+02:00' }, hoursAfter(90))).toMatchObject({ clock: 'notified-in-time', urgency: 'none' });
    expect(breachClock({ ...running, firstAuthorityNotice: '2026-03-30T11:00:01+02:00' }, hoursAfter(90))).toMatchObject({ clock: 'notified-late', urgency: 'none' });
  });

  it('stops when the DPO decided the authority need not be told, but not when the decision is to tell it', () => {
    expect(breachClock({ ...running, decidedNotifyAuthority: false }, hoursAfter(80))).toMatchObject({ clock: 'not-required', urgency: 'none', hoursLeft: -8 });
    expect(breachClock({ ...running, decidedNotifyAuthority: true }, hoursAfter(80))).toMatchObject({ clock: 'overdue', urgency: 'red' });
  });

  it('counts hours between instants whatever their offsets', () => {
    expect(hoursBetween(Date.parse('2026-03-27T10:00:00+01:00'), Date.parse('2026-03-30T11:00:00+02:00'))).toBe(72);
    expect(hoursBetween(Date.parse('2026-03-27T10:00:00Z'), Date.parse('2026-03-27T09:30:00Z'))).toBe(-0.5);
  });
});
