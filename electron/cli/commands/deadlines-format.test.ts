import { describe, expect, it } from 'vitest';
import { hasKey } from '../../core/i18n';
import { DEADLINE_KINDS, type CalendarItem, type DeadlineKind } from '../../shared/calendar';
import { cliText } from '../cli-text';
import { deadlineLine, kindText } from './deadlines-format';

const it_ = cliText('it');
const en = cliText('en');

function item(kind: DeadlineKind, overrides: Partial<CalendarItem> = {}): CalendarItem {
  return { id: `${kind}:1`, kind, caseType: 'request', caseId: '1', reference: '2026-0001', title: 'Giulia Bianchi', date: '2026-03-10', instant: null, clock: null, overdue: false, ...overrides };
}

describe('deadlines list lines', () => {
  it.each(DEADLINE_KINDS)('names the kind %s in English and in Italian, never as a raw key', (kind) => {
    for (const language of ['en', 'it'] as const) expect(hasKey(language, `msg.cli.deadlines.kind.${kind}`), `${language} ${kind}`).toBe(true);
    expect(kindText(item(kind), it_)).not.toMatch(/^msg\./);
    expect(kindText(item(kind), en)).not.toMatch(/^msg\./);
  });

  it('names whose clock a response date is, in both languages', () => {
    for (const clock of ['legal', 'organisation', 'both'] as const) {
      expect(kindText(item('request-due', { clock }), it_)).toMatch(/^risposta \(/);
      expect(kindText(item('request-due', { clock }), en)).toMatch(/^request-due \(/);
    }
  });

  it('prints a register entry’s name once, since it is both its reference and its title', () => {
    const review = item('register-review', { caseType: 'register', reference: 'Google LLC (US)', title: 'Google LLC (US)', date: '2026-01-14', overdue: true });
    const line = deadlineLine(review, '2026-03-10', new Date('2026-03-10T09:00:00Z'), 'Europe/Rome', it_);
    expect(line.split('Google LLC (US)')).toHaveLength(2);
    expect(line).toContain('riesame registro');
    expect(line).toContain('55 g di ritardo');
  });

  it('keeps the title of a request after its reference', () => {
    const line = deadlineLine(item('request-due', { clock: 'legal' }), '2026-03-03', new Date('2026-03-03T09:00:00Z'), 'Europe/Rome', en);
    expect(line).toMatch(/2026-0001 +7 d left +Giulia Bianchi$/);
  });
});
