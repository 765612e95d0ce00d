import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { canonicalJson, type JsonValue } from './canonical-json';
import { EMPTY_STATE, groupStateHash } from './state-hash';

describe('group state hash', () => {
  it('ignores row order, key order and null members', () => {
    const a = groupStateHash(['{"id":1,"text":"a"}', '{"id":2,"text":"b"}']);
    expect(groupStateHash(['{"text":"b","id":2}', '{"id":1,"text":"a","added":null}'])).toBe(a);
  });

  it('changes with any value and differs from the empty state', () => {
    const a = groupStateHash(['{"id":1,"text":"a"}']);
    expect(groupStateHash(['{"id":1,"text":"A"}'])).not.toBe(a);
    expect(groupStateHash(['{"id":"1","text":"a"}'])).not.toBe(a);
    expect(a).not.toBe(EMPTY_STATE);
    expect(EMPTY_STATE).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  });

  it('hashes each row as the canonical JSON of its non-null members, sorted, nested values included', () => {
    const rows = ['{"z":"è\\n\\u2028","a":-0.25,"m":null,"b":true,"k":"x\\"y"}', '{"id":7,"list":[1,null,{"b":2,"a":1}]}', '{}'];
    const expected = rows
      .map((row) => Object.fromEntries(Object.entries(JSON.parse(row) as Record<string, JsonValue>).filter(([, value]) => value !== null)))
      .map((row) => canonicalJson(row))
      .sort();
    expect(groupStateHash(rows)).toBe(createHash('sha256').update(expected.join('\n'), 'utf8').digest('hex'));
  });
});
