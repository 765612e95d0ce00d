import { describe, expect, it } from 'vitest';
import { renderText } from '../i18n';
import type { BreakReason } from './break-reason';
import { GENESIS_HASH } from './audit-hash';
import { ChainWalk, type AuditBreak, type StoredEventRow } from './chain-walk';
import { EMPTY_STATE } from './state-hash';
import { CommitmentReplay } from './verify-case-states';

const HASH = (n: number) => String(n).repeat(64).slice(0, 64);
const row = (seq: number, prevHash: string, data = '{}'): StoredEventRow => [seq, '2026-03-27T10:00:00Z', 'dpo', 'request.created', 'request', 'r1', data, prevHash, HASH(seq), null];

/** The walk's first break (the test fails when there is none). */
function firstBreak(walk: ChainWalk): AuditBreak {
  const found = walk.result().firstBreak;
  if (!found) throw new Error('the walk found no break');
  return found;
}

/** A break's reason in both languages, and the English kept in `reason` for scripts. */
function both(reason: BreakReason): { en: string; it: string } {
  expect(reason.reason).toBe(renderText('en', reason.detail));
  expect(reason.detail.key).toMatch(/^msg\.audit\./);
  return { en: renderText('en', reason.detail), it: renderText('it', reason.detail) };
}

describe('why the audit check fails, as catalogue messages in the reader’s language', () => {
  it('names a missing event, a broken link and a changed or unreadable event in English and Italian', () => {
    const gap = new ChainWalk();
    gap.check(2, GENESIS_HASH, HASH(2), true, () => row(2, GENESIS_HASH));
    expect(both(firstBreak(gap))).toEqual({ en: 'event 1 is missing (the next event is 2)', it: "manca l'evento 1 (l'evento successivo è il 2)" });

    const unlinked = new ChainWalk();
    unlinked.check(1, GENESIS_HASH, HASH(1), true, () => row(1, GENESIS_HASH));
    unlinked.check(2, HASH(9), HASH(2), true, () => row(2, HASH(9)));
    expect(both(firstBreak(unlinked))).toEqual({ en: 'event 2 does not point at the hash of event 1', it: "l'evento 2 non rimanda all'hash dell'evento 1" });

    const changed = new ChainWalk();
    changed.check(1, GENESIS_HASH, HASH(1), false, () => row(1, GENESIS_HASH));
    expect(both(firstBreak(changed)).it).toBe("l'evento 1 è stato modificato dopo essere stato scritto (il suo hash non corrisponde al contenuto)");

    const unreadable = new ChainWalk();
    unreadable.check(1, GENESIS_HASH, HASH(1), false, () => row(1, GENESIS_HASH, '{not json'));
    expect(both(firstBreak(unreadable))).toEqual({ en: 'event 1 holds data that is not valid JSON', it: "l'evento 1 contiene dati che non sono JSON valido" });
  });

  it('says where case data was changed behind the trail’s back in English and Italian', () => {
    const replay = new CommitmentReplay();
    replay.event(1, false, JSON.stringify({ 'request:r1': { 'requests.subject': ['f'.repeat(64), 'a'.repeat(64)] } }));
    replay.event(2, false, JSON.stringify({ 'request:r1': { 'requests.subject': ['b'.repeat(64), 'c'.repeat(64)] } }));
    const [first, second] = replay.breaks;
    if (!first || !second) throw new Error('two breaks expected');
    expect(both(first)).toEqual({
      en: 'was changed outside DPO Desk between the start of the trail and event 1',
      it: "è stato modificato fuori da DPO Desk tra l'inizio della traccia e l'evento 1",
    });
    expect(both(second)).toEqual({ en: 'was changed outside DPO Desk between event 1 and event 2', it: "è stato modificato fuori da DPO Desk tra l'evento 1 e l'evento 2" });
    // A group that starts from the empty state as committed is no break.
    const clean = new CommitmentReplay();
    clean.event(1, false, JSON.stringify({ 'request:r1': { 'requests.subject': [EMPTY_STATE, 'a'.repeat(64)] } }));
    expect(clean.breaks).toEqual([]);
  });
});
