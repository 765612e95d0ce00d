import { create } from 'zustand';
import type { VersionConflict, VersionedCase } from '../../electron/shared/case-version';

/**
 * A case that changed underneath the screen showing it: an edit refused as stale (`refused`),
 * or a colleague's change heard live on a team server. The case's screen compares
 * `currentVersion` with the version it shows.
 */
export interface CaseChangeNotice {
  caseType: VersionedCase;
  caseId: string;
  /** The version stored now, when known (a live change of a case's file or letter may not say). */
  currentVersion: number | null;
  changedBy: string | null;
  changedAt: string | null;
  refused: boolean;
  /** Heard as the live connection came back after a drop: the case may have changed meanwhile, by whom is not known. */
  reconnected?: boolean;
}

interface CaseChangesState {
  notices: Record<string, CaseChangeNotice>;
  /** How many times the live connection came back after a drop (changes may have been missed): an open case screen reads its case again. */
  resyncs: number;
  resynced: () => void;
  note: (notice: CaseChangeNotice) => void;
  clear: (caseType: VersionedCase, caseId: string) => void;
}

const keyOf = (caseType: VersionedCase, caseId: string): string => `${caseType}:${caseId}`;

/** The cases that changed underneath their screens, by case (the latest notice of each). */
export const useCaseChanges = create<CaseChangesState>((set) => ({
  notices: {},
  resyncs: 0,
  resynced: () => set((state) => ({ resyncs: state.resyncs + 1 })),
  note: (notice) =>
    set((state) => {
      const key = keyOf(notice.caseType, notice.caseId);
      const before = state.notices[key];
      // A refusal stays a refusal until the screen reloads: a live notice after it does not soften it.
      const refused = notice.refused || (before?.refused ?? false);
      return { notices: { ...state.notices, [key]: { ...notice, refused } } };
    }),
  clear: (caseType, caseId) =>
    set((state) => {
      const key = keyOf(caseType, caseId);
      if (!(key in state.notices)) return state;
      const rest = { ...state.notices };
      delete rest[key];
      return { notices: rest };
    }),
}));

/** The notice of one case, or null. */
export function useCaseChangeNotice(caseType: VersionedCase, caseId: string): CaseChangeNotice | null {
  return useCaseChanges((state) => state.notices[keyOf(caseType, caseId)] ?? null);
}

/** Records an edit the API refused as stale (every call goes through `call`, which hands it here). */
export function noteConflict(conflict: VersionConflict): void {
  useCaseChanges.getState().note({
    caseType: conflict.caseType,
    caseId: conflict.caseId,
    currentVersion: conflict.currentVersion,
    changedBy: conflict.changedBy,
    changedAt: conflict.changedAt,
    refused: true,
  });
}
