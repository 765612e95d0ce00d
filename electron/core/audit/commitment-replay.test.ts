import { afterEach, describe, expect, it } from 'vitest';
import { openPlainDatabase, type SqliteDatabase } from '../../../db/connection';
import { canonicalJson } from './canonical-json';
import { EMPTY_STATE } from './state-hash';
import { CommitmentReplay, StateComparison } from './verify-case-states';

const h = (n: number): string => n.toString(16).padStart(64, '0');

let sqlite: SqliteDatabase | undefined;
afterEach(() => sqlite?.close());

/** Each break as "case group: message key (params)", in the order reported. */
function breaksOf(replay: CommitmentReplay, states: [string, string, string][]): { summary: string[]; checked: number; uncommitted: number } {
  sqlite = openPlainDatabase(':memory:');
  const comparison = new StateComparison(replay);
  for (const [key, group, now] of states) comparison.state(key, group, now);
  const result = comparison.result(sqlite);
  const summary = result.breaks.map((b) => `${b.caseType}:${b.caseId} ${b.group}: ${b.detail.key} ${JSON.stringify(b.detail.params ?? {})}`);
  return { summary, checked: result.checked, uncommitted: result.uncommitted };
}

describe('the commitment replay and the comparison with the data as it is now', () => {
  it('replays each group to its last commitment and finds every kind of break, deleted groups in the order their groups were first committed', () => {
    const replay = new CommitmentReplay();
    replay.event(1, false, canonicalJson({ 'setting:a': { 'settings.value': [EMPTY_STATE, h(1)] }, 'setting:b': { 'settings.value': [EMPTY_STATE, h(2)] } }));
    replay.event(2, false, null);
    // A second group, first committed after the first: its deleted case is reported after the first group's.
    replay.event(3, false, canonicalJson({ 'setting:c': { 'settings.other': [EMPTY_STATE, h(3)], 'settings.value': [h(9), h(4)] } }));
    replay.event(4, false, canonicalJson({ 'setting:a': { 'settings.value': [h(1), h(5)] }, 'setting:b': { 'settings.value': [h(7), h(6)] } }));
    // Deleted through the app: its last "after" is the empty state, so no rows now is no break.
    replay.event(5, false, canonicalJson({ 'setting:d': { 'settings.value': [EMPTY_STATE, h(8)] } }));
    replay.event(6, false, canonicalJson({ 'setting:d': { 'settings.value': [h(8), EMPTY_STATE] } }));
    expect(replay.lastCommitments()).toEqual(
      new Map([
        ['setting:a\nsettings.value', { hash: h(5), seq: 4 }],
        ['setting:b\nsettings.value', { hash: h(6), seq: 4 }],
        ['setting:c\nsettings.other', { hash: h(3), seq: 3 }],
        ['setting:c\nsettings.value', { hash: h(4), seq: 3 }],
        ['setting:d\nsettings.value', { hash: EMPTY_STATE, seq: 6 }],
      ]),
    );
    const found = breaksOf(replay, [
      ['setting:a', 'settings.value', h(5)],
      ['setting:b', 'settings.value', h(99)],
      // Read twice: the second is not the state its commitment was compared with.
      ['setting:a', 'settings.value', h(5)],
      ['setting:e', 'settings.value', h(10)],
    ]);
    expect(found.checked).toBe(4);
    expect(found.uncommitted).toBe(0);
    expect(found.summary).toEqual([
      'setting:c settings.value: msg.audit.data.changedSinceStart {"to":3}',
      'setting:b settings.value: msg.audit.data.changedBetween {"from":1,"to":4}',
      'setting:b settings.value: msg.audit.data.changedAfter {"seq":4}',
      'setting:a settings.value: msg.audit.data.unaccounted {}',
      'setting:e settings.value: msg.audit.data.unaccounted {}',
      'setting:c settings.value: msg.audit.data.deleted {"seq":3}',
      'setting:c settings.other: msg.audit.data.deleted {"seq":3}',
    ]);
  });

  it('on a vault made before commitments, takes a group as found until its first audited change, and counts the groups never committed', () => {
    const replay = new CommitmentReplay();
    replay.event(1, true, null);
    replay.event(2, false, canonicalJson({ 'setting:a': { 'settings.value': [h(1), h(2)] } }));
    replay.event(3, false, canonicalJson({ 'setting:a': { 'settings.value': [h(3), h(4)] } }));
    const found = breaksOf(replay, [
      ['setting:a', 'settings.value', h(4)],
      ['setting:old', 'settings.value', h(5)],
      ['setting:a', 'settings.other', h(6)],
    ]);
    expect(found).toEqual({ summary: ['setting:a settings.value: msg.audit.data.changedBetween {"from":2,"to":3}'], checked: 3, uncommitted: 2 });
  });

  it('keeps thousands of groups apart as its columns grow', () => {
    const replay = new CommitmentReplay();
    const cases = 5000;
    const groups = ['settings.value', 'settings.other', 'settings.third'];
    for (let i = 0; i < cases; i++) replay.event(i + 1, false, canonicalJson({ [`setting:${i}`]: Object.fromEntries(groups.map((g, j) => [g, [EMPTY_STATE, h(i * 3 + j)]])) }));
    const states: [string, string, string][] = [];
    for (let i = 0; i < cases; i++) groups.forEach((g, j) => states.push([`setting:${i}`, g, h(i * 3 + j + (i === 4321 && j === 2 ? 1 : 0))]));
    const found = breaksOf(replay, states);
    expect(found).toEqual({ summary: ['setting:4321 settings.third: msg.audit.data.changedAfter {"seq":4322}'], checked: 3 * cases, uncommitted: 0 });
  });
});
