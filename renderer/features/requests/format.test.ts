import { describe, expect, it } from 'vitest';
import { formatBytes, formatCivilDate, formatCount, formatInstant } from './format';

describe('formatCivilDate', () => {
  it('formats a calendar day without moving it to another day', () => {
    expect(formatCivilDate('2026-04-30', 'en')).toMatch(/^Thu,? 30 Apr 2026$/);
    expect(formatCivilDate('2026-04-30', 'en', false)).toBe('30 Apr 2026');
    expect(formatCivilDate('2026-04-30', 'it')).toMatch(/^gio,? 30 apr 2026$/);
    expect(formatCivilDate('2026-01-01', 'en')).toMatch(/^Thu,? 1 Jan 2026$/);
  });

  it('returns text that is not a civil date unchanged', () => {
    expect(formatCivilDate('soon', 'en')).toBe('soon');
  });
});

describe('formatInstant', () => {
  it('formats in the organisation zone', () => {
    expect(formatInstant('2026-03-31T22:30:00Z', 'Europe/Rome', 'en')).toBe('1 Apr 2026, 00:30');
    expect(formatInstant('2026-03-31T22:30:00Z', 'America/New_York', 'en')).toBe('31 Mar 2026, 18:30');
  });
});

describe('formatBytes and formatCount', () => {
  it('uses binary units and the language separators', () => {
    expect(formatBytes(512, 'en')).toBe('512 B');
    expect(formatBytes(14_540, 'en')).toBe('14.2 KiB');
    expect(formatBytes(14_540, 'it')).toBe('14,2 KiB');
    expect(formatBytes(3.5 * 1024 * 1024, 'en')).toBe('3.5 MiB');
    expect(formatCount(100_000, 'en')).toBe('100,000');
    expect(formatCount(100_000, 'it')).toBe('100.000');
  });
});
