import { describe, expect, it } from 'vitest';
import { cliText } from '../cli-text';
import { clockText, inZone } from './breach-format';

const en = cliText('en');

describe('breach CLI format', () => {
  it('says where the clock stands in a few words', () => {
    expect(clockText({ clock: 'running', hoursLeft: 23 }, en)).toBe('23.0 h left');
    expect(clockText({ clock: 'overdue', hoursLeft: -3.5 }, en)).toBe('overdue by 3.5 h');
    expect(clockText({ clock: 'notified-late', hoursLeft: -10 }, en)).toBe('authority notified late');
    expect(clockText({ clock: 'not-required', hoursLeft: 5 }, en)).toBe('authority notice not needed');
    expect(clockText({ clock: 'running', hoursLeft: 23 }, cliText('it'))).toBe('23,0 h rimanenti');
  });

  it('shows an instant in the organisation’s zone with the zone and its UTC offset, in the reader’s format; in UTC, saying so, when no zone is set', () => {
    // 72 hours after 27 Mar 2026 10:00 CET end after the change of clocks on 29 Mar.
    expect(inZone('2026-03-30T10:00:00+01:00', 'Europe/Rome', en)).toBe('Mon, 30 Mar 2026, 11:00 CEST (+02:00)');
    expect(inZone('2026-03-30T10:00:00+01:00', 'Europe/Rome', cliText('it'))).toBe('lun 30 mar 2026, 11:00 CEST (+02:00)');
    expect(inZone('2026-03-30T10:00:00+01:00', null, en)).toBe('30 Mar 2026, 09:00 UTC');
  });
});
