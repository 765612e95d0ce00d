import { describe, expect, it } from 'vitest';
import { auditEventHash, GENESIS_HASH, type HashedEventFields } from './audit-hash';
import { canonicalJson } from './canonical-json';
import { storedEventHash } from './stored-event-hash';

const events: HashedEventFields[] = [
  { seq: 1, at: '2026-12-03T09:00:00.000Z', actor: 'dpo', action: 'vault.created', entityType: 'vault', entityId: 'v-1', data: {} },
  { seq: 2, at: '2026-12-03T09:01:00.000Z', actor: 'dpo', action: 'settings.updated', entityType: 'settings', entityId: null, data: { keys: ['b', 'a'], n: 3.5 }, states: null },
  {
    seq: 73,
    at: '2026-12-03T09:02:00.000Z',
    actor: 'Niccolò "il DPO"',
    action: 'request.created',
    entityType: 'request',
    entityId: 'r-1',
    data: { z: 'è\n\u2028', a: { y: [1, true, null], b: -0.25 }, to: 'received' },
    states: { 'request:r-1': { 'requests.core': ['e3b0', 'abcd'] } },
  },
];

describe('storedEventHash', () => {
  it('equals the hash of the parsed event when data and states are stored as canonical JSON', () => {
    for (const event of events) {
      const stored = { ...event, data: canonicalJson(event.data), states: event.states === undefined || event.states === null ? null : canonicalJson(event.states) };
      expect(storedEventHash(GENESIS_HASH, stored)).toBe(auditEventHash(GENESIS_HASH, event));
      expect(storedEventHash('f'.repeat(64), stored)).toBe(auditEventHash('f'.repeat(64), event));
    }
  });

  it('differs when the stored text is not canonical, so the caller falls back to parsing', () => {
    const event = events[2] as HashedEventFields;
    const loose = { ...event, data: JSON.stringify(event.data, null, 1), states: canonicalJson(event.states ?? null) };
    expect(storedEventHash(GENESIS_HASH, loose)).not.toBe(auditEventHash(GENESIS_HASH, event));
    const first = events[0] as HashedEventFields;
    expect(storedEventHash(GENESIS_HASH, { ...first, data: '{}', states: 'null' })).not.toBe(auditEventHash(GENESIS_HASH, first));
  });
});
