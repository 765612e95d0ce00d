import type { ClockStatus } from '../../shared/case-clocks';

const HOUR_MS = 3_600_000;

/**
 * Where an hours-long clock stands at `now`: taken (on time or late) once `doneAt` is set,
 * otherwise overdue past the deadline, amber in its last quarter (at most the last 24 hours),
 * running before that. Instants are compared as instants, whatever offsets they carry.
 */
export function instantStatus(startAt: string, dueAt: string, doneAt: string | null, now: Date): ClockStatus {
  const due = Date.parse(dueAt);
  if (doneAt !== null) return Date.parse(doneAt) <= due ? 'done' : 'done-late';
  if (now.getTime() > due) return 'overdue';
  const amberMs = Math.min(24 * HOUR_MS, (due - Date.parse(startAt)) / 4);
  return due - now.getTime() <= amberMs ? 'due-soon' : 'running';
}

/** Where a date-long clock stands on `today`: taken, overdue after the date, amber within two days, running. */
export function dateStatus(due: string, doneOn: string | null, today: string): ClockStatus {
  if (doneOn !== null) return doneOn <= due ? 'done' : 'done-late';
  if (today > due) return 'overdue';
  const daysLeft = (Date.parse(`${due}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / (24 * HOUR_MS);
  return daysLeft <= 2 ? 'due-soon' : 'running';
}
