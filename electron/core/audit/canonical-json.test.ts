import { describe, expect, it } from 'vitest';
import { auditEventHash, GENESIS_HASH } from './audit-hash';
import { canonicalJson } from './canonical-json';

describe('canonical JSON', () => {
  it('sorts keys at every depth and drops whitespace', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { z: null, y: 'é' }], c: true } })).toBe('{"a":{"c":true,"d":[3,{"y":"é","z":null}]},"b":1}');
  });

  it('refuses values JSON cannot carry faithfully', () => {
    expect(() => canonicalJson(Number.NaN)).toThrow('non-finite');
  });
});

describe('audit event hash', () => {
  const event = { seq: 1, at: '2026-11-25T09:00:00.000Z', actor: 'dpo (app)', action: 'vault.created', entityType: 'vault', entityId: 'v1', data: {} };

  it('is stable for the same event and changes with any field or the previous hash', () => {
    const hash = auditEventHash(GENESIS_HASH, event);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(auditEventHash(GENESIS_HASH, { ...event, data: {} })).toBe(hash);
    expect(auditEventHash(GENESIS_HASH, { ...event, actor: 'mallory' })).not.toBe(hash);
    expect(auditEventHash('f'.repeat(64), event)).not.toBe(hash);
  });
});
