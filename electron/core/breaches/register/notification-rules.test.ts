import { describe, expect, it } from 'vitest';
import { awarenessMoveIssues, notificationIssues, type NewNotice, type NoticeContext, type RecordedNotice } from './notification-rules';

const context = (existing: RecordedNotice[] = []): NoticeContext => ({
  awareAt: '2026-03-27T10:00:00+01:00',
  authorityDeadline: '2026-03-30T10:00:00+01:00',
  existing,
  now: new Date('2026-04-05T00:00:00Z'),
});
const ADDS = 'The final count of people and the measures taken';
const authority = (phase: NewNotice['phase'], sentAt: string, delayReasons: string | null = null, adds: string | null = ADDS): NewNotice => ({
  recipient: 'authority',
  phase,
  sentAt,
  delayReasons,
  adds,
});
const paths = (notice: NewNotice, existing: RecordedNotice[] = []) => notificationIssues(notice, context(existing)).map((i) => i.path);

describe('notification rules', () => {
  it('asks for the reasons of delay when the first notice to the authority comes after 72 hours', () => {
    expect(paths(authority('preliminary', '2026-03-30T11:00:00+02:00'))).toEqual([]);
    const late = notificationIssues(authority('preliminary', '2026-03-30T11:30:00+02:00'), context());
    expect(late).toEqual([
      {
        path: 'delayReasons',
        message:
          'This notification was sent 72.5 hours after awareness, past the 72-hour deadline of 2026-03-30T10:00:00+01:00: Art. 33(1) requires the reasons for the delay',
        detail: { key: 'msg.error.breach.lateNoReasons', params: { hours: 72.5, limit: 72, deadline: '2026-03-30T10:00:00+01:00' } },
      },
    ]);
    expect(paths(authority('complete', '2026-03-31T09:00:00Z', 'Scope confirmed only on Monday'))).toEqual([]);
  });

  it('needs no new reasons for later phases, whether the first notice was on time or late', () => {
    const onTime: RecordedNotice = { recipient: 'authority', phase: 'preliminary', sentAt: '2026-03-28T10:00:00+01:00' };
    const late: RecordedNotice = { recipient: 'authority', phase: 'preliminary', sentAt: '2026-03-31T10:00:00+02:00' };
    expect(paths(authority('complete', '2026-04-02T10:00:00+02:00'), [onTime])).toEqual([]);
    expect(paths(authority('supplementary', '2026-04-02T10:00:00+02:00'), [late])).toEqual([]);
  });

  it('follows the phases: preliminary first, one complete, supplementary after an earlier notice', () => {
    const preliminary: RecordedNotice = { recipient: 'authority', phase: 'preliminary', sentAt: '2026-03-28T10:00:00+01:00' };
    const complete: RecordedNotice = { recipient: 'authority', phase: 'complete', sentAt: '2026-03-29T10:00:00+02:00' };
    expect(paths(authority('preliminary', '2026-03-29T10:00:00+02:00'), [preliminary])).toEqual(['phase']);
    expect(paths(authority('complete', '2026-03-29T12:00:00+02:00'), [complete])).toEqual(['phase']);
    expect(paths(authority('supplementary', '2026-03-28T09:00:00+01:00'))).toEqual(['phase']);
    expect(paths(authority('supplementary', '2026-03-28T09:00:00+01:00'), [preliminary])).toEqual(['phase']);
    expect(paths(authority('supplementary', '2026-03-28T11:00:00+01:00'), [preliminary])).toEqual([]);
  });

  it('asks a supplementary or complete notice after an earlier one what it adds or corrects (Art. 33(4))', () => {
    const preliminary: RecordedNotice = { recipient: 'authority', phase: 'preliminary', sentAt: '2026-03-28T10:00:00+01:00' };
    const missing = notificationIssues(authority('supplementary', '2026-04-01T10:00:00+02:00', null, null), context([preliminary]));
    expect(missing).toEqual([
      { path: 'adds', message: 'Say what this notification adds to or corrects in the earlier one (Art. 33(4))', detail: { key: 'msg.error.breach.addsMissing' } },
    ]);
    expect(paths(authority('complete', '2026-04-01T10:00:00+02:00', null, null), [preliminary])).toEqual(['adds']);
    expect(paths(authority('complete', '2026-04-01T10:00:00+02:00'), [preliminary])).toEqual([]);
    expect(paths(authority('complete', '2026-03-28T10:00:00+01:00', null, null))).toEqual([]);
    expect(paths(authority('preliminary', '2026-03-28T10:00:00+01:00', null, null))).toEqual([]);
  });

  it('refuses notices before awareness or in the future, for every recipient', () => {
    const subjects: NewNotice = { recipient: 'subjects', phase: null, sentAt: '2026-03-27T09:59:00+01:00', delayReasons: null, adds: null };
    expect(paths(subjects)).toEqual(['sentAt']);
    expect(paths({ ...subjects, sentAt: '2026-04-05T00:02:00Z' })).toEqual(['sentAt']);
    expect(paths({ ...subjects, sentAt: '2026-04-04T10:00:00+02:00' })).toEqual([]);
    expect(paths({ ...subjects, recipient: 'public', sentAt: '2026-04-04T10:00:00+02:00' })).toEqual([]);
  });

  it('lets the moment of awareness move only where the notices recorded still make sense', () => {
    const notice = { recipient: 'authority' as const, phase: 'preliminary' as const, sentAt: '2026-03-30T09:00:00+01:00', delayReasons: null };
    expect(awarenessMoveIssues('2026-03-27T10:00:00+01:00', '2026-03-30T10:00:00+01:00', [notice])).toEqual([]);
    expect(awarenessMoveIssues('2026-03-30T10:00:00+01:00', '2026-04-02T10:00:00+01:00', [notice])[0]?.message).toMatch(/before this moment of awareness$/);
    expect(awarenessMoveIssues('2026-03-27T08:00:00+01:00', '2026-03-30T08:00:00+01:00', [notice])[0]?.message).toMatch(/gives no reasons for the delay$/);
    expect(awarenessMoveIssues('2026-03-27T08:00:00+01:00', '2026-03-30T08:00:00+01:00', [{ ...notice, delayReasons: 'Weekend' }])).toEqual([]);
  });
});
