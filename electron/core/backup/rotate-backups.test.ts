import { describe, expect, it } from 'vitest';
import { backupName, backupTakenAt } from './backup-name';
import { backupsToKeep } from './rotate-backups';

describe('backup names', () => {
  it('carry the UTC date and time and read back to the same instant', () => {
    const at = new Date('2026-12-02T18:57:03.412Z');
    expect(backupName(at)).toBe('dpo-desk-backup-2026-12-02T185703Z');
    expect(backupTakenAt(backupName(at))?.toISOString()).toBe('2026-12-02T18:57:03.000Z');
    expect(backupTakenAt('dpo-desk-backup-2026-02-30T000000Z')).toBeNull();
    expect(backupTakenAt('holiday-photos')).toBeNull();
  });
});

describe('backup rotation', () => {
  it('keeps the newest backup of the last 7 days, 4 ISO weeks and 12 months', () => {
    const names: string[] = [];
    // Two backups a day for 400 days, ending on Wednesday 2 December 2026.
    for (let day = 0; day < 400; day++) {
      for (const hour of [9, 17]) names.push(backupName(new Date(Date.UTC(2026, 11, 2 - day, hour))));
    }
    const kept = [...backupsToKeep(names)].sort().reverse();
    const days = kept.map((name) => name.slice(16, 26));
    // Daily: 2 Dec back to 26 Nov, each the 17:00 one (the newest of its day).
    expect(days.slice(0, 7)).toEqual(['2026-12-02', '2026-12-01', '2026-11-30', '2026-11-29', '2026-11-28', '2026-11-27', '2026-11-26']);
    expect(kept.slice(0, 7).every((name) => name.endsWith('T170000Z'))).toBe(true);
    // Weekly: the newest of the weeks of 23 Nov (Sunday 29 Nov is already kept) and 16 Nov;
    // the weeks of 30 Nov and 23 Nov are already covered by daily ones.
    expect(days).toContain('2026-11-22');
    expect(days).toContain('2026-11-15');
    // Monthly: the last day of each earlier month back to January 2026.
    expect(days).toContain('2026-10-31');
    expect(days).toContain('2026-01-31');
    expect(days).not.toContain('2025-12-31');
    expect(kept).toHaveLength(7 + 2 + 10);
  });

  it('keeps every backup while there are fewer than the policy allows', () => {
    const names = [backupName(new Date('2026-12-01T10:00:00Z')), backupName(new Date('2026-12-02T10:00:00Z')), 'notes.txt'];
    expect([...backupsToKeep(names)].sort()).toEqual(names.slice(0, 2));
  });
});
