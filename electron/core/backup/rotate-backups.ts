import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { isoWeekLabel } from '../dashboard/iso-week';
import { backupTakenAt } from './backup-name';

/** How many backups rotation keeps: the newest of each of the last N days, weeks and months. */
export interface RotationPolicy {
  daily: number;
  weekly: number;
  monthly: number;
}

export const DEFAULT_ROTATION: RotationPolicy = { daily: 7, weekly: 4, monthly: 12 };

/**
 * Which backup names to keep (grandfather-father-son): the newest backup of each of the
 * `daily` most recent days that have one, of each of the `weekly` most recent ISO weeks and
 * of each of the `monthly` most recent months. Buckets are UTC, like the names. Names that
 * are not backups are never returned for deletion by the caller.
 */
export function backupsToKeep(names: string[], policy: RotationPolicy = DEFAULT_ROTATION): Set<string> {
  const dated = names
    .map((name) => ({ name, at: backupTakenAt(name) }))
    .filter((entry): entry is { name: string; at: Date } => entry.at !== null)
    .sort((a, b) => b.at.getTime() - a.at.getTime());
  const keep = new Set<string>();
  const buckets: [number, (at: Date) => string][] = [
    [policy.daily, (at) => at.toISOString().slice(0, 10)],
    [policy.weekly, (at) => isoWeekLabel(at.toISOString().slice(0, 10))],
    [policy.monthly, (at) => at.toISOString().slice(0, 7)],
  ];
  for (const [limit, key] of buckets) {
    const seen = new Set<string>();
    for (const entry of dated) {
      const bucket = key(entry.at);
      if (seen.has(bucket)) continue;
      if (seen.size >= limit) break;
      seen.add(bucket);
      keep.add(entry.name);
    }
  }
  return keep;
}

/** Deletes the backups in `dir` that rotation does not keep; returns the names removed. */
export function rotateBackups(dir: string, policy: RotationPolicy = DEFAULT_ROTATION): string[] {
  const names = readdirSync(dir).filter((name) => backupTakenAt(name) !== null);
  const keep = backupsToKeep(names, policy);
  const removed = names.filter((name) => !keep.has(name));
  for (const name of removed) rmSync(join(dir, name), { recursive: true, force: true });
  return removed;
}
