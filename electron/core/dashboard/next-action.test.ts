import { describe, expect, it } from 'vitest';
import { breachNextAction, requestNextAction } from './next-action';

describe('next actions', () => {
  it('asks a request for what its list is about, else follows the lifecycle', () => {
    expect(requestNextAction('acknowledgements', 'received', 'pending')).toBe('acknowledge');
    expect(requestNextAction('extensionNotices', 'in-progress', 'verified')).toBe('extend');
    expect(requestNextAction('overdue', 'received', 'pending')).toBe('request-identity');
    expect(requestNextAction('overdue', 'received', 'not-required')).toBe('respond');
    expect(requestNextAction('dueToday', 'awaiting-identity', 'pending')).toBe('verify-identity');
    expect(requestNextAction('dueThisWeek', 'extended', 'verified')).toBe('respond');
  });

  it('walks a breach from facts to decision to notices', () => {
    const base = { decision: null, factsComplete: false, notified: false, subjectsNotified: false };
    expect(breachNextAction(base)).toBe('complete-facts');
    expect(breachNextAction({ ...base, factsComplete: true })).toBe('decide');
    const decided = { ...base, factsComplete: true, decision: { notifyAuthority: true, notifySubjects: true } };
    expect(breachNextAction(decided)).toBe('notify-authority');
    expect(breachNextAction({ ...decided, notified: true })).toBe('notify-subjects');
    expect(breachNextAction({ ...decided, notified: true, subjectsNotified: true })).toBe('update-status');
    expect(breachNextAction({ ...decided, notified: true, subjectsNotified: true }, true)).toBe('complete-notification');
    expect(breachNextAction({ ...decided, notified: true }, true)).toBe('notify-subjects');
  });
});
