import { describe, expect, it } from 'vitest';
import { addBreachNotificationSchema, breachChangesSchema, breachFactsDraftSchema, decideBreachSchema, newBreachSchema, transitionBreachSchema } from './breaches';

const paths = (result: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }) => result.error?.issues.map((i) => i.path.join('.')) ?? [];

describe('breach API schemas', () => {
  it('keeps the facts draft as entered: no defaults, nulls clear a field, the triage schema’s messages', () => {
    expect(breachFactsDraftSchema.parse({ subjects: 3, identifiability: null, unintelligible: undefined })).toEqual({ subjects: 3 });
    expect(breachFactsDraftSchema.parse({})).toEqual({});
    const bad = breachFactsDraftSchema.safeParse({ subjects: 0, integrity: 'lost', colour: 'red' });
    expect(bad.error?.issues.map((i) => i.message)).toEqual([
      'must be one of none, recoverable, unrecoverable (got "lost")',
      'must be at least 1',
      'unknown field colour',
    ]);
    expect(paths(breachFactsDraftSchema.safeParse({ awareAt: '2026-02-30T10:00:00+01:00' }))).toEqual(['awareAt']);
  });

  it('needs only a title and an instant with an offset for quick entry', () => {
    expect(newBreachSchema.parse({ title: ' Stolen laptop ', awareAt: '2026-03-27T10:00:00+01:00' })).toEqual({
      title: 'Stolen laptop',
      awareAt: '2026-03-27T10:00:00+01:00',
      description: '',
    });
    expect(paths(newBreachSchema.safeParse({ title: '', awareAt: '2026-03-27T10:00:00' }))).toEqual(['title', 'awareAt']);
    expect(paths(newBreachSchema.safeParse({ title: 'x', awareAt: '2026-03-27T10:00:00Z', crossBorder: ['US'], recordsCount: -1 }))).toEqual(['recordsCount', 'crossBorder.0']);
  });

  it('asks for at least one change and allows clearing optional details', () => {
    expect(paths(breachChangesSchema.safeParse({}))).toEqual(['']);
    expect(breachChangesSchema.parse({ cause: null, discoveredAt: null })).toEqual({ cause: null, discoveredAt: null });
  });

  it('requires a rationale, and an Art. 34(3) ground only when the people are not told', () => {
    expect(paths(decideBreachSchema.safeParse({ notifyAuthority: true, notifySubjects: true, rationale: 'ok' }))).toEqual(['rationale']);
    expect(paths(decideBreachSchema.safeParse({ notifyAuthority: true, notifySubjects: true, rationale: 'Health data exposed', art34Exemption: 'a' }))).toEqual([
      'art34Exemption',
    ]);
  });

  it('shapes each kind of notification: phase for the authority, channel and count for the people', () => {
    const base = { sentAt: '2026-03-28T10:00:00+01:00', summary: 'Notice' };
    expect(addBreachNotificationSchema.safeParse({ ...base, recipient: 'authority', phase: 'preliminary' }).success).toBe(true);
    expect(paths(addBreachNotificationSchema.safeParse({ ...base, recipient: 'authority' }))).toEqual(['phase']);
    expect(paths(addBreachNotificationSchema.safeParse({ ...base, recipient: 'subjects', channel: 'email' }))).toEqual(['recipientsCount']);
    expect(paths(addBreachNotificationSchema.safeParse({ ...base, recipient: 'subjects', channel: 'email', recipientsCount: 3, delayReasons: 'x' }))).toEqual(['']);
    expect(paths(addBreachNotificationSchema.safeParse({ ...base, recipient: 'public', channel: 'letter' }))).toEqual(['channel']);
  });

  it('requires a reason to close', () => {
    expect(paths(transitionBreachSchema.safeParse({ to: 'closed' }))).toEqual(['reason']);
    expect(transitionBreachSchema.parse({ to: 'assessed' })).toEqual({ to: 'assessed' });
  });
});
