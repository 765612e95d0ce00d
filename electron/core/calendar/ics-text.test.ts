import { describe, expect, it } from 'vitest';
import { parseIcs, textOf } from '../../../test/support/ics-parse';
import { foldLine } from './ics-text';
import { writeIcs } from './ics-write';

const octets = (text: string) => new TextEncoder().encode(text).length;

describe('iCalendar text', () => {
  it('escapes and unescapes TEXT values', () => {
    const raw = 'Rossi, Maria; note\\path\nsecond line';
    const text = writeIcs({ name: 'Test', stamp: new Date('2026-04-10T08:00:00Z'), events: [{ uid: 'a@x', summary: raw, description: 'd', categories: 'c', start: { date: '2026-04-30' } }] });
    expect(text).toContain('SUMMARY:Rossi\\, Maria\\; note\\\\path\\nsecond line\r\n');
    expect(textOf(parseIcs(text).components[0]!, 'SUMMARY')).toBe(raw);
  });

  it('keeps every line of an Italian calendar within 75 octets', () => {
    const summary = `Violazione B-2026-001: 72 ore per la notifica all'autorità — ${'è'.repeat(60)}`;
    const text = writeIcs({ name: 'Scadenze', stamp: new Date('2026-04-10T08:00:00Z'), events: [{ uid: 'a@x', summary, description: 'd', categories: 'c', start: { date: '2026-04-30' } }] });
    expect(text.split('\r\n').every((line) => octets(line) <= 75)).toBe(true);
    expect(textOf(parseIcs(text).components[0]!, 'SUMMARY')).toBe(summary);
  });

  it('folds at 75 octets without splitting a character', () => {
    const line = `SUMMARY:${'è'.repeat(60)}`;
    const folded = foldLine(line).split('\r\n');
    expect(folded.length).toBeGreaterThan(1);
    for (const part of folded) expect(octets(part)).toBeLessThanOrEqual(75);
    expect(folded.slice(1).every((part) => part.startsWith(' '))).toBe(true);
    expect(folded.map((part, i) => (i === 0 ? part : part.slice(1))).join('')).toBe(line);
  });

  it('writes a calendar that reads back, date events all-day and instants in UTC', () => {
    const text = writeIcs({
      name: 'Test',
      stamp: new Date('2026-04-10T08:00:00Z'),
      events: [
        { uid: 'a@x', summary: 'Request 2026-0001 due — Rossi, Maria', description: 'Legal deadline.', categories: 'Request due', start: { date: '2026-04-30' } },
        { uid: 'b@x', summary: 'Breach B-2026-001', description: 'x'.repeat(200), categories: 'Breach', start: { instant: '2026-03-30T10:00:00+01:00' } },
      ],
    });
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.split('\r\n').every((line) => octets(line) <= 75)).toBe(true);
    const calendar = parseIcs(text);
    const [first, second] = calendar.components;
    expect(textOf(calendar, 'VERSION')).toBe('2.0');
    expect(first?.properties.find((p) => p.name === 'DTSTART')).toEqual({ name: 'DTSTART', params: { VALUE: 'DATE' }, value: '20260430' });
    expect(textOf(first!, 'DTEND')).toBe('20260501');
    expect(textOf(first!, 'SUMMARY')).toBe('Request 2026-0001 due — Rossi, Maria');
    expect(textOf(first!, 'DTSTAMP')).toBe('20260410T080000Z');
    expect(textOf(second!, 'DTSTART')).toBe('20260330T090000Z');
    expect(textOf(second!, 'DESCRIPTION')).toBe('x'.repeat(200));
  });
});
