import type { CaseClock } from '../../../electron/shared/case-clocks';

const HOUR_MS = 3_600_000;

/**
 * How many hours after its deadline a step was taken, to a tenth of an hour; null when it was
 * not taken late (or the clock fixes no time). Only instants are compared: a clock due on a
 * civil date is late by days, which its status already says.
 */
export function hoursLate(clock: Pick<CaseClock, 'status' | 'dueAt' | 'doneAt'>): number | null {
  if (clock.status !== 'done-late' || clock.dueAt === null || clock.doneAt === null || clock.dueAt.length === 10) return null;
  const late = Date.parse(clock.doneAt) - Date.parse(clock.dueAt);
  return Number.isFinite(late) && late > 0 ? Math.round((late / HOUR_MS) * 10) / 10 : null;
}

/** A step taken at `at` misses the clock's deadline: true only when both are known and `at` is after it. */
export function isAfterDue(dueAt: string | null | undefined, at: string | null): boolean {
  if (!dueAt || at === null || dueAt.length === 10) return false;
  return Date.parse(at) > Date.parse(dueAt);
}
