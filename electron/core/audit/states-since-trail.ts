import type { SqliteDatabase } from '../../../db/connection';
import { allCaseStates, stateKey } from './all-case-states';
import { coveredGroups } from './state-sql';
import { EMPTY_STATE } from './state-hash';
import type { CaseStates } from './state-tracker';

/** The state each case group was last committed to by the trail's events, by `stateKey`. */
function lastCommitted(sqlite: SqliteDatabase): Map<string, string> {
  const last = new Map<string, string>();
  const events = sqlite.prepare(`SELECT states FROM audit_events WHERE states IS NOT NULL ORDER BY seq`).iterate() as IterableIterator<{ states: string }>;
  for (const event of events) {
    const states = JSON.parse(event.states) as CaseStates;
    for (const [key, groups] of Object.entries(states)) {
      for (const [group, [, after]] of Object.entries(groups)) last.set(stateKey(key, group), after);
    }
  }
  return last;
}

/**
 * The case groups whose rows differ from what the trail last committed them to, as the
 * `states` of one event: [the committed state (or none), the state now]. A trail written on a
 * team server commits no states (the server's triggers and grants guard its rows instead),
 * so a vault made from one carries the vault-era commitments followed by changes no event
 * commits to; the event that records the vault's making commits to the rows it arrived with.
 */
export function statesSinceTrail(sqlite: SqliteDatabase): CaseStates {
  const committed = lastCommitted(sqlite);
  const current = allCaseStates(sqlite, coveredGroups(sqlite));
  const states: CaseStates = {};
  for (const key of new Set([...committed.keys(), ...current.keys()])) {
    const was = committed.get(key) ?? EMPTY_STATE;
    const now = current.get(key) ?? EMPTY_STATE;
    if (was === now) continue;
    const [caseKey = '', group = ''] = key.split('\n');
    (states[caseKey] ??= {})[group] = [was, now];
  }
  return states;
}
