import { describe, expect, it } from 'vitest';
import { awareInstant, deadlineFor, quickEntryIssues, type QuickEntryDraft } from './quick-entry-draft';

const now = Date.parse('2026-03-27T09:15:42Z');
const draft = (patch: Partial<QuickEntryDraft>): QuickEntryDraft => ({ title: 'Ransomware on the file server', wall: '2026-03-27T10:15', wallEdited: false, description: '', ...patch });

describe('quick entry', () => {
  it('takes now to the second, in the organisation offset, while the time is left alone', () => {
    expect(awareInstant(draft({}), 'Europe/Rome', now)).toBe('2026-03-27T10:15:42+01:00');
    expect(awareInstant(draft({}), 'America/New_York', now)).toBe('2026-03-27T05:15:42-04:00');
  });

  it('reads an edited time in the organisation zone, across the change of clocks', () => {
    expect(awareInstant(draft({ wall: '2026-03-29T08:00', wallEdited: true }), 'Europe/Rome', now)).toBe('2026-03-29T08:00:00+02:00');
    expect(awareInstant(draft({ wall: '', wallEdited: true }), 'Europe/Rome', now)).toBeNull();
  });

  it('needs a title and a moment of awareness that is not in the future', () => {
    expect(quickEntryIssues(draft({}), 'Europe/Rome', now)).toEqual([]);
    expect(quickEntryIssues(draft({ title: '  ' }), 'Europe/Rome', now)).toEqual(['title-required']);
    expect(quickEntryIssues(draft({ wall: '2026-03-27T10:18', wallEdited: true }), 'Europe/Rome', now)).toEqual(['aware-future']);
    expect(quickEntryIssues(draft({ wall: '2026-03-27T10:16', wallEdited: true }), 'Europe/Rome', now)).toEqual([]);
    expect(quickEntryIssues(draft({ wall: '27/03/2026', wallEdited: true }), 'Europe/Rome', now)).toEqual(['aware-invalid']);
  });

  it('puts the deadline 72 real hours later, whatever the clocks do', () => {
    expect(new Date(deadlineFor('2026-03-27T10:00:00+01:00')).toISOString()).toBe('2026-03-30T09:00:00.000Z');
  });
});
