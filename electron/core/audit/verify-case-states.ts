import type { SqliteDatabase } from '../../../db/connection';
import { eachCaseState, stateKey } from './all-case-states';
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

interface PendingBreak extends BreakReason {
  key: string;
  group: string;
}

/** Slots the replay's columns start with; they double as the trail commits more groups. */
const FIRST_SLOTS = 4096;

/** A typed array twice as long (at least `needed`), holding `array`'s values. */
function grown<T extends Int32Array | Float64Array | Uint8Array>(array: T, needed: number, make: (length: number) => T): T {
  const next = make(Math.max(needed, array.length * 2));
  next.set(array);
  return next;
}

/**
 * A copy of `text` that holds no reference to the text it was cut from: the case keys are
 * kept to the end, and a slice would keep a whole event's `states` text alive with each.
 */
const detached = (text: string): string => `_${text}`.slice(1);

/**
 * The trail's state commitments, replayed event by event as the chain walk passes them:
 * each group's "before" must be the "after" the previous event committed to it (else it was
 * changed in between, outside the app). Keeps each group's last commitment for
 * {@link StateComparison}. On a vault made before commitments, groups are taken as found
 * until their first audited change.
 *
 * A million events commit some 700,000 (case, group) pairs, so no object is made per pair:
 * each case key and field group gets a number once, each pair a slot number (through one
 * typed array per group, indexed by case number), and a slot's last commitment lives in
 * columns (its "after" hash, its event, whether the comparison has seen it).
 */
export class CommitmentReplay {
  readonly breaks: PendingBreak[] = [];
  legacy = false;
  /** The event being replayed (its commitments are handed over by `eachCanonicalCommitment`). */
  private seq = 0;
  private readonly commit: OnCommitment = (key, group, before, after) => this.commitment(key, group, before, after);
  private readonly caseNumbers = new Map<string, number>();
  private readonly caseKeys: string[] = [];
  private readonly groupNumbers = new Map<string, number>();
  private readonly groupNames: string[] = [];
  /** By group number: each case number's slot plus one (0: the case has no commitment in the group). */
  private readonly slotsOfGroup: Int32Array[] = [];
  /** The field group looked up last and its number: an event's commitments mostly repeat a group. */
  private lastGroup: string | null = null;
  private lastGroupNumber = 0;
  private slots = 0;
  /** By slot: the last "after" committed, by which event, for which case and group, and whether compared yet. */
  private readonly hashes: string[] = [];
  private seqs = new Float64Array(FIRST_SLOTS);
  private slotCase = new Int32Array(FIRST_SLOTS);
  private slotGroup = new Int32Array(FIRST_SLOTS);
  private compared = new Uint8Array(FIRST_SLOTS);

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

  /** One commitment of the event being replayed: its "before" must be the group's last "after". */
  private commitment(key: string, group: string, before: string, after: string): void {
    const { seq } = this;
    const slot = this.slot(key, group);
    if (slot >= 0) {
      if (before !== this.hashes[slot]) this.add(key, group, breakReason('msg.audit.data.changedBetween', { from: this.seqs[slot] as number, to: seq }));
      this.hashes[slot] = after;
      this.seqs[slot] = seq;
      return;
    }
    if (!this.legacy && before !== EMPTY_STATE) this.add(key, group, breakReason('msg.audit.data.changedSinceStart', { to: seq }));
    this.newSlot(key, group, after);
  }

  /** The slot of a case's field group, or -1 when no event committed to it. */
  slot(key: string, group: string): number {
    const groupNumber = group === this.lastGroup ? this.lastGroupNumber : this.groupNumbers.get(group);
    if (groupNumber === undefined) return -1;
    this.lastGroup = group;
    this.lastGroupNumber = groupNumber;
    const caseNumber = this.caseNumbers.get(key);
    if (caseNumber === undefined) return -1;
    return ((this.slotsOfGroup[groupNumber] as Int32Array)[caseNumber] ?? 0) - 1;
  }

  private newSlot(key: string, group: string, after: string): void {
    let groupNumber = this.groupNumbers.get(group);
    if (groupNumber === undefined) {
      groupNumber = this.groupNames.length;
      this.groupNumbers.set(group, groupNumber);
      this.groupNames.push(detached(group));
      this.slotsOfGroup.push(new Int32Array(Math.max(FIRST_SLOTS, this.caseKeys.length)));
    }
    let caseNumber = this.caseNumbers.get(key);
    if (caseNumber === undefined) {
      caseNumber = this.caseKeys.length;
      const kept = detached(key);
      this.caseNumbers.set(kept, caseNumber);
      this.caseKeys.push(kept);
    }
    let slotsOfCase = this.slotsOfGroup[groupNumber] as Int32Array;
    if (caseNumber >= slotsOfCase.length) this.slotsOfGroup[groupNumber] = slotsOfCase = grown(slotsOfCase, caseNumber + 1, (n) => new Int32Array(n));
    const slot = this.slots++;
    slotsOfCase[caseNumber] = slot + 1;
    if (slot >= this.seqs.length) {
      this.seqs = grown(this.seqs, slot + 1, (n) => new Float64Array(n));
      this.slotCase = grown(this.slotCase, slot + 1, (n) => new Int32Array(n));
      this.slotGroup = grown(this.slotGroup, slot + 1, (n) => new Int32Array(n));
      this.compared = grown(this.compared, slot + 1, (n) => new Uint8Array(n));
    }
    this.hashes.push(after);
    this.seqs[slot] = this.seq;
    this.slotCase[slot] = caseNumber;
    this.slotGroup[slot] = groupNumber;
  }

  /**
   * A case's field group as it is now (`now`, its state hash), against the slot of its last
   * commitment: true when it differs from the slot's last "after" (changed since). A slot is
   * compared once; null when it was already (a group read twice: not the state it committed to).
   */
  changedSince(slot: number, now: string): boolean | null {
    if (this.compared[slot] === 1) return null;
    this.compared[slot] = 1;
    return now !== this.hashes[slot];
  }

  /** The event that last committed to a slot. */
  lastSeq(slot: number): number {
    return this.seqs[slot] as number;
  }

  /**
   * The slots no case group was compared with whose last "after" is not the empty state
   * (their rows were deleted since), in the order their groups were first committed, then
   * their cases; as many as can still be reported.
   */
  uncompared(): { key: string; group: string; seq: number }[] {
    const found: number[] = [];
    for (let slot = 0; slot < this.slots; slot++) if (this.compared[slot] === 0 && this.hashes[slot] !== EMPTY_STATE) found.push(slot);
    found.sort((a, b) => (this.slotGroup[a] as number) - (this.slotGroup[b] as number) || a - b);
    return found.slice(0, MAX_BREAKS).map((slot) => ({ key: this.caseKeys[this.slotCase[slot] as number] as string, group: this.groupNames[this.slotGroup[slot] as number] as string, seq: this.seqs[slot] as number }));
  }

  /** Every committed group's last "after" and event, by case key and group (`stateKey`), for tests comparing two replays. */
  lastCommitments(): Map<string, { hash: string; seq: number }> {
    const last = new Map<string, { hash: string; seq: number }>();
    for (let slot = 0; slot < this.slots; slot++) {
      last.set(stateKey(this.caseKeys[this.slotCase[slot] as number] as string, this.groupNames[this.slotGroup[slot] as number] as string), { hash: this.hashes[slot] as string, seq: this.seqs[slot] as number });
    }
    return last;
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
    const slot = replay.slot(key, group);
    const changed = slot >= 0 ? replay.changedSince(slot, now) : null;
    if (changed !== null) {
      if (changed) replay.add(key, group, breakReason('msg.audit.data.changedAfter', { seq: replay.lastSeq(slot) }));
    } else if (replay.legacy) this.uncommitted += 1;
    else replay.add(key, group, breakReason('msg.audit.data.unaccounted'));
  }

  /** After every state: the committed groups that have no rows now (deleted since), and the breaks with their cases' references. */
  result(sqlite: SqliteDatabase): CaseStateCheck {
    const { replay } = this;
    for (const { key, group, seq } of replay.uncompared()) replay.add(key, group, breakReason('msg.audit.data.deleted', { seq }));
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
