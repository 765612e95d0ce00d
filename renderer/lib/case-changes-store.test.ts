import { beforeEach, describe, expect, it } from 'vitest';
import { noteConflict, useCaseChanges } from './case-changes-store';

const conflict = { caseType: 'request', caseId: 'r-1', readVersion: 3, currentVersion: 5, changedBy: 'aldo', changedAt: '2026-04-10T08:00:00.000Z' } as const;

describe('the cases that changed underneath their screens', () => {
  beforeEach(() => useCaseChanges.setState({ notices: {}, resyncs: 0 }));

  it('keeps a refused edit as a refusal even when a live change of the same case arrives after it, until cleared', () => {
    noteConflict(conflict);
    useCaseChanges.getState().note({ caseType: 'request', caseId: 'r-1', currentVersion: 6, changedBy: 'dora', changedAt: '2026-04-10T08:01:00.000Z', refused: false });
    expect(useCaseChanges.getState().notices['request:r-1']).toEqual({
      caseType: 'request',
      caseId: 'r-1',
      currentVersion: 6,
      changedBy: 'dora',
      changedAt: '2026-04-10T08:01:00.000Z',
      refused: true,
    });
    useCaseChanges.getState().clear('request', 'r-1');
    expect(useCaseChanges.getState().notices).toEqual({});
  });

  it('keeps each case apart: a breach and a request with the same id are two notices', () => {
    noteConflict(conflict);
    noteConflict({ ...conflict, caseType: 'breach' });
    useCaseChanges.getState().clear('breach', 'r-1');
    expect(Object.keys(useCaseChanges.getState().notices)).toEqual(['request:r-1']);
  });

  it('counts the live connection’s returns after a drop, for the open case screen to read its case again', () => {
    useCaseChanges.getState().resynced();
    useCaseChanges.getState().resynced();
    expect(useCaseChanges.getState().resyncs).toBe(2);
    expect(useCaseChanges.getState().notices).toEqual({});
  });
});
