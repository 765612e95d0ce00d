import { describe, expect, it } from 'vitest';
import { addValue, formFromDetail, recordChanges } from './record-form-state';

const zone = 'Europe/Rome';
const detail = {
  title: 'Ransomware on the file server',
  description: '',
  cause: null,
  awareAt: '2026-03-27T10:00:07+01:00',
  discoveredAt: null,
  occurredFrom: null,
  occurredTo: null,
  systems: [],
  subjectCategories: [],
  recordsCount: null,
  crossBorder: [],
  otherAuthorities: [],
  processors: [],
};

describe('record form', () => {
  it('sends nothing when nothing changed, and keeps the recorded seconds of awareness', () => {
    const form = formFromDetail(detail, zone);
    expect(form.awareAt).toBe('2026-03-27T10:00');
    expect(recordChanges(form, detail, zone)).toEqual({ changes: {}, issues: [] });
  });

  it('sends only the fields changed, times with the zone offset, empty ones as null', () => {
    const form = { ...formFromDetail({ ...detail, occurredTo: '2026-03-26T23:00:00Z' }, zone), cause: 'ransomware' as const, discoveredAt: '2026-03-27T08:30', occurredTo: '', systems: ['ERP'], recordsCount: '5400' };
    expect(recordChanges(form, { ...detail, occurredTo: '2026-03-26T23:00:00Z' }, zone)).toEqual({
      changes: { cause: 'ransomware', discoveredAt: '2026-03-27T08:30:00+01:00', occurredTo: null, systems: ['ERP'], recordsCount: 5400 },
      issues: [],
    });
  });

  it('moves the moment of awareness only when it is changed, and refuses what cannot be sent', () => {
    const form = { ...formFromDetail(detail, zone), awareAt: '2026-03-29T09:00' };
    expect(recordChanges(form, detail, zone).changes).toEqual({ awareAt: '2026-03-29T09:00:00+02:00' });
    const bad = { ...formFromDetail(detail, zone), title: ' ', awareAt: '', recordsCount: 'lots' };
    expect(recordChanges(bad, detail, zone).issues).toEqual(['title', 'awareAt', 'recordsCount']);
  });

  it('adds a value to a list once, trimmed', () => {
    expect(addValue(['ERP'], ' CRM ')).toEqual(['ERP', 'CRM']);
    expect(addValue(['ERP'], 'ERP')).toEqual(['ERP']);
    expect(addValue([], '  ')).toEqual([]);
  });
});
