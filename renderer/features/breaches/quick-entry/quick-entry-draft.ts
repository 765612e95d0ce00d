import { instantInZone, wallTimeToInstant } from '../../../../electron/shared/pure/zoned-time';
import { isInFuture } from '../../../../electron/shared/pure/future-instant';

const HOUR_MS = 3_600_000;
/** The back end accepts a moment of awareness up to a minute ahead (clocks differ slightly). */

/** The quick entry as the DPO fills it in. */
export interface QuickEntryDraft {
  title: string;
  /** When the DPO became aware, as a `datetime-local` value in the organisation's zone. */
  wall: string;
  /** The DPO changed the time; until then "now" is taken to the second at submission. */
  wallEdited: boolean;
  description: string;
}

export type QuickEntryIssue = 'title-required' | 'aware-invalid' | 'aware-future';

/**
 * The moment of awareness as an ISO instant with the zone's offset: now (to the second) while
 * the DPO left the proposed time alone, else the wall-clock time they entered, read in the
 * organisation's zone. Null when the entered time is not a time.
 */
export function awareInstant(draft: QuickEntryDraft, timeZone: string, nowMs: number): string | null {
  return draft.wallEdited ? wallTimeToInstant(draft.wall, timeZone) : instantInZone(nowMs, timeZone);
}

/** What stops the quick entry from being saved, field by field. */
export function quickEntryIssues(draft: QuickEntryDraft, timeZone: string, nowMs: number): QuickEntryIssue[] {
  const issues: QuickEntryIssue[] = [];
  if (!draft.title.trim()) issues.push('title-required');
  const instant = awareInstant(draft, timeZone, nowMs);
  if (instant === null) issues.push('aware-invalid');
  else if (isInFuture(instant, nowMs)) issues.push('aware-future');
  return issues;
}

/** The 72-hour deadline for a moment of awareness, in epoch milliseconds. */
export function deadlineFor(instant: string): number {
  return Date.parse(instant) + 72 * HOUR_MS;
}
