import { describe, expect, it } from 'vitest';
import { canonicalJson, type JsonValue } from './canonical-json';
import { EMPTY_STATE } from './state-hash';
import { eachCanonicalCommitment } from './states-text';
import { CommitmentReplay } from './verify-case-states';

type Commitment = [string, string, string, string];

/** What the general reading hands over: `JSON.parse`, then each case key and group as `for … in` gives them. */
function parsed(text: string): Commitment[] {
  const states = JSON.parse(text) as Record<string, Record<string, [string, string]>>;
  const out: Commitment[] = [];
  for (const key in states) for (const group in states[key]) out.push([key, group, ...(states[key]?.[group] as [string, string])]);
  return out;
}

function fast(text: string): { read: boolean; out: Commitment[] } {
  const out: Commitment[] = [];
  const read = eachCanonicalCommitment(text, (...commitment) => out.push(commitment));
  return { read, out };
}

const h = (n: number) => n.toString(16).padStart(64, '0');

/** States as the writer commits them, with case keys and ids that test the ordering and the quoting. */
const WRITTEN: JsonValue[] = [
  { 'request:3f2a': { 'requests.status': [h(1), h(2)], 'requests.facts': [EMPTY_STATE, h(3)], 'request_history.history': [h(4), h(5)] } },
  { 'setting:org.name': { 'settings.value': [h(6), h(7)] }, 'breach:b-1': { 'breaches.status': [h(8), h(9)] }, 'document:d:with:colons': { 'documents.letters': [h(1), h(1)] } },
  { 'setting:Niccolò 😀 ünïcode': { 'settings.value': [h(1), h(2)] }, 'setting:Z': { 'settings.value': [h(3), h(4)] }, 'setting:a': { 'settings.value': [h(5), h(6)] } },
];

/** Texts the fast reading must leave to `JSON.parse`: escapes, another key order, duplicates, spacing, other shapes. */
const OTHERS = [
  '{}',
  '{"request:1":{}}',
  `{"request:\\u0031":{"requests.status":["${h(1)}","${h(2)}"]}}`,
  `{"request:2":{"requests.status":["a","b"]},"request:1":{"requests.status":["c","d"]}}`,
  `{"request:1":{"requests.status":["a","b"],"requests.facts":["c","d"]}}`,
  `{"request:1":{"requests.status":["a","b"]},"request:1":{"requests.status":["c","d"]}}`,
  `{"request:1":{"requests.status":["a","b"],"requests.status":["c","d"]}}`,
  `{ "request:1":{"requests.status":["a","b"]}}`,
  `{"request:1":{"requests.status":["a","b","c"]}}`,
  `{"request:1":{"requests.status":["a",2]}}`,
  `{"123":{"requests.status":["a","b"]}}`,
  `{"request:1":{"7":["a","b"]}}`,
  `{"request:1":{"requests.status":["a","b"]}} `,
  `{"request:1":{"requests.status":["a","b"]}`,
];

describe('reading an event’s states as the writer wrote them', () => {
  it('hands over every commitment of a written text, in the order JSON.parse gives', () => {
    for (const states of WRITTEN) {
      const text = canonicalJson(states);
      expect(fast(text), text).toEqual({ read: true, out: parsed(text) });
    }
  });

  it('leaves every other text to JSON.parse, having handed over nothing', () => {
    for (const text of OTHERS) expect(fast(text), text).toEqual({ read: false, out: [] });
  });

  it('replays a trail read either way to the same last commitments and the same breaks', () => {
    const trail: [number, string][] = [
      [1, canonicalJson({ 'request:1': { 'requests.status': [EMPTY_STATE, h(1)] }, 'request:2': { 'requests.status': [EMPTY_STATE, h(2)] } })],
      [2, canonicalJson({ 'request:1': { 'requests.status': [h(1), h(3)] } })],
      // Changed behind the trail's back between 1 and 3: its "before" is not event 1's "after".
      [3, canonicalJson({ 'request:2': { 'requests.status': [h(9), h(4)] } })],
    ];
    // The same states with a space after each colon: equal as JSON, read only by JSON.parse.
    const spaced = trail.map(([seq, text]): [number, string] => [seq, text.replaceAll('":', '": ')]);
    const replays = [trail, spaced].map((events) => {
      const replay = new CommitmentReplay();
      for (const [seq, text] of events) replay.event(seq, false, text);
      return replay;
    });
    expect(fast(spaced[0]?.[1] ?? '').read).toBe(false);
    expect(replays[0]?.breaks).toEqual([{ key: 'request:2', group: 'requests.status', reason: 'was changed outside DPO Desk between event 1 and event 3', detail: { key: 'msg.audit.data.changedBetween', params: { from: 1, to: 3 } } }]);
    expect(replays[1]?.breaks).toEqual(replays[0]?.breaks);
    expect(replays[1]?.lastCommitments()).toEqual(replays[0]?.lastCommitments());
  });
});
