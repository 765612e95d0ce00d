import { describe, expect, it } from 'vitest';
import { formatInstantInZone } from './instant-format';

describe('formatInstantInZone', () => {
  it('writes an instant in the given zone, in the reader’s format, never the machine’s zone', () => {
    // 08:19 UTC is 09:19 in Rome in winter and 04:19 in New York.
    expect(formatInstantInZone('2025-12-08T08:19:00Z', 'Europe/Rome', 'en')).toBe('8 Dec 2025, 09:19');
    expect(formatInstantInZone('2025-12-08T08:19:00Z', 'Europe/Rome', 'it')).toBe('8 dic 2025, 09:19');
    expect(formatInstantInZone('2025-12-08T08:19:00Z', 'America/New_York', 'en')).toBe('8 Dec 2025, 03:19');
  });

  it('adds the weekday and the zone with its offset when asked, across a change of clocks', () => {
    expect(formatInstantInZone('2026-03-30T10:00:00+01:00', 'Europe/Rome', 'it', true, true)).toBe('lun 30 mar 2026, 11:00 CEST (+02:00)');
    expect(formatInstantInZone('2026-03-28T10:00:00+01:00', 'Europe/Rome', 'en', true, true)).toBe('Sat, 28 Mar 2026, 10:00 CET (+01:00)');
  });

  it('gives back a text that is no instant as it is', () => {
    expect(formatInstantInZone('not a time', 'Europe/Rome', 'it')).toBe('not a time');
  });
});
