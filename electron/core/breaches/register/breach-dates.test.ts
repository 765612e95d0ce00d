import { describe, expect, it } from 'vitest';
import { breachDateIssues, type BreachDates } from './breach-dates';

const NOW = new Date('2026-03-27T12:00:00Z');
const dates = (changes: Partial<BreachDates>): BreachDates => ({ awareAt: '2026-03-27T10:00:00+01:00', discoveredAt: null, occurredFrom: null, occurredTo: null, ...changes });
const paths = (changes: Partial<BreachDates>) => breachDateIssues(dates(changes), NOW).map((i) => i.path);

describe('breach dates', () => {
  it('accepts a possible story, a breach still going on after awareness included', () => {
    expect(paths({ occurredFrom: '2026-03-20T00:00:00Z', discoveredAt: '2026-03-27T08:30:00Z', occurredTo: '2026-03-27T11:00:00Z' })).toEqual([]);
    expect(paths({ discoveredAt: '2026-03-27T09:00:00Z' })).toEqual([]);
  });

  it('refuses times in the future (beyond a minute of clock skew)', () => {
    expect(paths({ awareAt: '2026-03-27T12:00:59Z' })).toEqual([]);
    expect(paths({ awareAt: '2026-03-27T12:01:01Z' })).toEqual(['awareAt']);
    expect(paths({ occurredTo: '2026-03-28T00:00:00Z' })).toEqual(['occurredTo']);
  });

  it('refuses a discovery after awareness, a start after awareness or discovery, an end before the start', () => {
    expect(paths({ discoveredAt: '2026-03-27T09:00:01Z' })).toEqual(['discoveredAt']);
    expect(paths({ occurredFrom: '2026-03-27T09:30:00Z' })).toEqual(['occurredFrom']);
    expect(paths({ occurredFrom: '2026-03-27T08:30:00Z', discoveredAt: '2026-03-27T08:00:00Z' })).toEqual(['occurredFrom']);
    expect(breachDateIssues(dates({ occurredFrom: '2026-03-26T00:00:00Z', occurredTo: '2026-03-25T00:00:00Z' }), NOW)).toEqual([
      { path: 'occurredTo', message: 'The breach cannot have ended before it began', detail: { key: 'msg.error.breach.endedBeforeBegun' } },
    ]);
  });
});
