import type { SqliteDatabase } from '../../../db/connection';
import { eachCaseState } from './all-case-states';
import { caseReference, MAX_BREAKS, type DataBreak } from './data-break';
import { breakReason, type BreakReason } from './break-reason';
import { coveredGroups } from './state-sql';
import { EMPTY_STATE } from './state-hash';
import { eachCanonicalCommitment, type OnCommitment } from './states-text';
import { splitCaseKey, type CaseStates } from './state-tracker';

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
  /** Compared with the rows as they are now (by {@link verifyCaseStates}). */
  checked: boolean;
}

interface PendingBreak extends BreakReason {
  key: string;
  group: string;
}

/**
 * The trail's state commitments, replayed event by event as the chain walk passes them:
 * each group's "before" must be the "after" the previous event committed to it (else it was
 * changed in between, outside the app). Keeps each group's last commitment for
 * {@link verifyCaseStates}. On a vault made before commitments, groups are taken as found
 * until their first audited change.
 */
export class CommitmentReplay {
  /**
   * Each group's last commitment, by field group and then by case key: two lookups on the
   * strings as they come (a million events commit some 700,000 groups), no joined key built.
   */
  readonly last = new Map<string, Map<string, Committed>>();
  readonly breaks: PendingBreak[] = [];
  legacy = false;
  /** The event being replayed (its commitments are handed over by `eachCanonicalCommitment`). */
  private seq = 0;
  private readonly commit: OnCommitment = (key, group, before, after) => this.commitment(this.seq, key, group, before, after);
  /** The field group looked up last and its cases: an event's commitments mostly repeat a group. */
  private lastGroup: string | null = null;
  private lastCases = new Map<string, Committed>();

  /** One event of the trail, in order: whether it started state tracking (`TRACKING_STARTED`), and its stored `states` text. */
  event(seq: number, trackingStarted: boolean, statesText: string | null): void {
    if (trackingStarted) this.legacy = true;
    if (statesText === null) return;
    this.seq = seq;
    const { commit } = this;
    if (eachCanonicalCommitment(statesText, commit)) return;
    const states = JSON.parse(statesText) as CaseStates;
    for (const key in states) {
      const groups = states[key] as Record<string, [string, string]>;
      for (const group in groups) {
        const [before, after] = groups[group] as [string, string];
        commit(key, group, before, after);
      }
    }
  }

  /** One commitment of event `seq`: its "before" must be the group's last "after". */
  private commitment(seq: number, key: string, group: string, before: string, after: string): void {
    const cases = this.cases(group);
    const previous = cases.get(key);
    const expected = previous?.hash ?? (this.legacy ? null : EMPTY_STATE);
    if (expected !== null && before !== expected) {
      this.add(key, group, previous ? breakReason('msg.audit.data.changedBetween', { from: previous.seq, to: seq }) : breakReason('msg.audit.data.changedSinceStart', { to: seq }));
    }
    if (previous) {
      previous.hash = after;
      previous.seq = seq;
    } else cases.set(key, { hash: after, seq, checked: false });
  }

  /** The last commitments of one field group, by case key. */
  cases(group: string): Map<string, Committed> {
    if (group === this.lastGroup) return this.lastCases;
    let cases = this.last.get(group);
    if (!cases) this.last.set(group, (cases = new Map()));
    this.lastGroup = group;
    this.lastCases = cases;
    return cases;
  }

  /** Notes a break (at most `MAX_BREAKS`). */
  add(key: string, group: string, reason: BreakReason): void {
    if (this.breaks.length < MAX_BREAKS) this.breaks.push({ key, group, ...reason });
  }
}

/**
 * Compares every case group's state as the database holds it now (handed to {@link state}
 * one at a time, from this thread or a worker's) with the trail's last commitment to it, as
 * replayed by `replay`: a group whose rows now differ from its last commitment (changed,
 * added or deleted since) is a break, as is one the replay caught changed between two events.
 */
export class StateComparison {
  checked = 0;
  uncommitted = 0;

  constructor(private readonly replay: CommitmentReplay) {}

  /** One case's field group as it is now. */
  state(key: string, group: string, now: string): void {
    const { replay } = this;
    this.checked += 1;
    const committed = replay.cases(group).get(key);
    if (committed && !committed.checked) {
      committed.checked = true;
      if (now !== committed.hash) replay.add(key, group, breakReason('msg.audit.data.changedAfter', { seq: committed.seq }));
    } else if (replay.legacy) this.uncommitted += 1;
    else replay.add(key, group, breakReason('msg.audit.data.unaccounted'));
  }

  /** After every state: the committed groups that have no rows now (deleted since), and the breaks with their cases' references. */
  result(sqlite: SqliteDatabase): CaseStateCheck {
    const { replay } = this;
    for (const [group, cases] of replay.last) {
      for (const [key, committed] of cases) {
        if (!committed.checked && committed.hash !== EMPTY_STATE) replay.add(key, group, breakReason('msg.audit.data.deleted', { seq: committed.seq }));
      }
    }
    const breaks = replay.breaks.map(({ key, group, reason, detail }): DataBreak => {
      const { caseType, caseId } = splitCaseKey(key);
      return { kind: 'case-state', caseType, caseId, reference: caseReference(sqlite, caseType, caseId), group, reason, detail };
    });
    return { checked: this.checked, uncommitted: this.uncommitted, breaks };
  }
}

/**
 * Replays the state commitments carried by the audit events (in the chain walk's pass, see
 * {@link CommitmentReplay}) and compares them with the rows as they are (see
 * {@link StateComparison}), on this thread. Every row of every covered table is read and
 * hashed. Run it after the chain itself is verified.
 */
export function verifyCaseStates(sqlite: SqliteDatabase, replay: CommitmentReplay, onGroup?: (done: number, total: number) => void): CaseStateCheck {
  const comparison = new StateComparison(replay);
  eachCaseState(sqlite, coveredGroups(sqlite), (key, group, now) => comparison.state(key, group, now), onGroup);
  return comparison.result(sqlite);
}
