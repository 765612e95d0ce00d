import { describe, expect, it } from 'vitest';
import { allowedPhases, needsAdds, needsDelayReasons, noticeInput, noticeIssues, type NoticeDraft } from './notice-rules';

const deadline = '2026-03-30T10:00:00+01:00';
const authority = (sentAt: string, phase: 'preliminary' | 'complete' | 'supplementary' = 'preliminary') => ({ recipient: 'authority' as const, phase, sentAt });
const draft = (patch: Partial<NoticeDraft>): NoticeDraft => ({ phase: 'preliminary', channel: '', reference: '', summary: 'Ransomware; card data taken.', delayReasons: '', adds: '', recipientsCount: '', ...patch });
const now = Date.parse('2026-04-01T10:00:00+02:00');

describe('notice rules', () => {
  it('offers the phases of the Garante model in order', () => {
    expect(allowedPhases([])).toEqual(['preliminary', 'complete']);
    expect(allowedPhases([authority('2026-03-28T10:00:00+01:00')])).toEqual(['complete', 'supplementary']);
    expect(allowedPhases([authority('2026-03-28T10:00:00+01:00'), authority('2026-03-29T10:00:00+01:00', 'complete')])).toEqual(['supplementary']);
    expect(allowedPhases([{ recipient: 'subjects', phase: null }])).toEqual(['preliminary', 'complete']);
  });

  it('asks for the reasons of the delay only for a first notice past the 72 hours', () => {
    expect(needsDelayReasons([], deadline, '2026-03-30T10:00:00+01:00')).toBe(false);
    expect(needsDelayReasons([], deadline, '2026-03-30T11:30:00+02:00')).toBe(true);
    expect(needsDelayReasons([authority('2026-03-29T10:00:00+01:00')], deadline, '2026-04-01T10:00:00+02:00')).toBe(false);
    expect(needsDelayReasons([], deadline, null)).toBe(false);
  });

  it('asks a complete or supplementary notice after an earlier one what it adds or corrects (Art. 33(4))', () => {
    const first = [authority('2026-03-28T10:00:00+01:00')];
    expect(needsAdds(first, 'complete', '2026-04-01T10:00:00+02:00')).toBe(true);
    expect(needsAdds(first, 'supplementary', null)).toBe(true);
    expect(needsAdds([], 'complete', '2026-04-01T10:00:00+02:00')).toBe(false);
    expect(needsAdds(first, 'preliminary', '2026-04-01T10:00:00+02:00')).toBe(false);
    expect(noticeIssues('authority', draft({ phase: 'complete' }), '2026-03-31T10:00:00+02:00', now, false, true)).toEqual(['adds']);
    expect(noticeInput('authority', draft({ phase: 'complete', adds: ' Final count ' }), '2026-03-31T10:00:00+02:00')).toMatchObject({ phase: 'complete', adds: 'Final count' });
  });

  it('checks the draft as the back end will', () => {
    expect(noticeIssues('authority', draft({}), '2026-03-28T10:00:00+01:00', now, false)).toEqual([]);
    expect(noticeIssues('authority', draft({ summary: ' ' }), null, now, true)).toEqual(['sentAt', 'summary', 'delayReasons']);
    expect(noticeIssues('authority', draft({}), '2026-04-01T10:05:00+02:00', now, false)).toEqual(['sentAtFuture']);
    expect(noticeIssues('subjects', draft({ recipientsCount: '0' }), '2026-03-28T10:00:00+01:00', now, false)).toEqual(['channel', 'recipientsCount']);
    expect(noticeIssues('public', draft({ channel: 'website' }), '2026-03-28T10:00:00+01:00', now, false)).toEqual([]);
  });

  it('builds the API input for each recipient', () => {
    expect(noticeInput('authority', draft({ channel: 'online-procedure', reference: ' 123 ' }), '2026-03-28T10:00:00+01:00')).toEqual({
      recipient: 'authority',
      phase: 'preliminary',
      sentAt: '2026-03-28T10:00:00+01:00',
      channel: 'online-procedure',
      reference: '123',
      summary: 'Ransomware; card data taken.',
      delayReasons: null,
    });
    expect(noticeInput('subjects', draft({ channel: 'email', recipientsCount: '1200' }), '2026-03-28T10:00:00+01:00')).toMatchObject({ recipient: 'subjects', channel: 'email', recipientsCount: 1200 });
  });
});
