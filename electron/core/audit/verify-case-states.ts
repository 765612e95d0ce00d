import type { SqliteDatabase } from '../../../db/connection';
import { allCaseStates, stateKey } from './all-case-states';
import { caseReference, MAX_BREAKS, type DataBreak } from './data-break';
import { coveredGroups } from './state-sql';
import { EMPTY_STATE } from './state-hash';
import { splitCaseKey, type CaseStates } from './state-tracker';
import { TRACKING_STARTED } from './state-upkeep';

/** What the case-state check found. */
export interface CaseStateCheck {
  /** Case field groups whose current state was compared with the trail. */
  checked: number;
  /** Groups of a vault made before state commitments that no event has committed to yet. */
  uncommitted: number;
  breaks: DataBreak[];
}

interface Committed {
  hash: string;
  seq: number;
}

/**
 * Replays the state commitments carried by the audit events and compares them with the
 * rows as they are. Two things are caught: a case group whose state before an audited
 * change is not the state the previous event committed to (it was changed in between,
 * outside the app), and a case group whose rows now differ from the last commitment
 * (changed, added or deleted since). On a vault made before commitments, groups are taken
 * as found until their first audited change. Run it after the chain itself is verified.
 */
export function verifyCaseStates(sqlite: SqliteDatabase): CaseStateCheck {
  const last = new Map<string, Committed>();
  const breaks: DataBreak[] = [];
  let legacy = false;
  const add = (key: string, group: string, reason: string) => {
    if (breaks.length >= MAX_BREAKS) return;
    const { caseType, caseId } = splitCaseKey(key);
    breaks.push({ kind: 'case-state', caseType, caseId, reference: caseReference(sqlite, caseType, caseId), group, reason });
  };
  const events = sqlite
    .prepare(`SELECT seq, action, states FROM audit_events WHERE action = ? OR states IS NOT NULL ORDER BY seq`)
    .iterate(TRACKING_STARTED) as IterableIterator<{ seq: number; action: string; states: string | null }>;
  for (const event of events) {
    if (event.action === TRACKING_STARTED) legacy = true;
    if (event.states === null) continue;
    const states = JSON.parse(event.states) as CaseStates;
    for (const [key, groups] of Object.entries(states)) {
      for (const [group, [before, after]] of Object.entries(groups)) {
        const k = stateKey(key, group);
        const previous = last.get(k);
        const expected = previous?.hash ?? (legacy ? null : EMPTY_STATE);
        if (expected !== null && before !== expected) {
          add(key, group, `was changed outside DPO Desk between event ${previous?.seq ?? 'the start of the trail'} and event ${event.seq}`);
        }
        last.set(k, { hash: after, seq: event.seq });
      }
    }
  }
  const current = allCaseStates(sqlite, coveredGroups(sqlite));
  let uncommitted = 0;
  for (const k of new Set([...current.keys(), ...last.keys()])) {
    const [key = '', group = ''] = k.split('\n');
    const now = current.get(k) ?? EMPTY_STATE;
    const committed = last.get(k);
    if (committed) {
      if (now !== committed.hash) add(key, group, now === EMPTY_STATE ? `was deleted outside DPO Desk after event ${committed.seq}` : `was changed outside DPO Desk after event ${committed.seq}`);
    } else if (now !== EMPTY_STATE) {
      if (legacy) uncommitted += 1;
      else add(key, group, 'holds data that no audit event accounts for: it was added outside DPO Desk');
    }
  }
  return { checked: current.size, uncommitted, breaks };
}
