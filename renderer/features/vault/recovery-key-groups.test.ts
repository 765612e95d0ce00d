import { describe, expect, it } from 'vitest';
import { recoveryKeyGroups } from './recovery-key-groups';

describe('recoveryKeyGroups', () => {
  it('keeps the groups a key already has', () => {
    expect(recoveryKeyGroups('ABCD-EFGH-IJKL')).toEqual(['ABCD', 'EFGH', 'IJKL']);
    expect(recoveryKeyGroups(' abcde fghij ')).toEqual(['abcde', 'fghij']);
  });

  it('cuts an ungrouped key every four characters', () => {
    expect(recoveryKeyGroups('ABCDEFGHIJ')).toEqual(['ABCD', 'EFGH', 'IJ']);
  });

  it('gives no groups for an empty key', () => {
    expect(recoveryKeyGroups('')).toEqual([]);
  });
});
