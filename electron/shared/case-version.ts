import { z } from 'zod';

/**
 * The version of a request or breach an edit was made on (`version` in its detail). Sent
 * with every change from the app; a case changed since (by a colleague, another window, the
 * CLI) refuses the edit with a {@link VersionConflict} instead of overwriting the newer
 * state. Optional, so scripts that mean "whatever is there now" may leave it out.
 */
export const expectedVersionSchema = z.number().int().min(1).max(2_147_483_647).optional();

/** The kinds of case that carry a version. */
export type VersionedCase = 'request' | 'breach';

/**
 * What a refused stale edit carries, besides its message: the version the editor read, the
 * version stored now, and who made the last change and when (from the audit trail).
 */
export interface VersionConflict {
  caseType: VersionedCase;
  caseId: string;
  readVersion: number;
  currentVersion: number;
  /** The audit trail's actor of the latest change (a team member's login, or the local DPO). */
  changedBy: string | null;
  /** ISO 8601 instant of the latest change. */
  changedAt: string | null;
}
