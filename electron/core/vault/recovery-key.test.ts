import { describe, expect, it } from 'vitest';
import { deriveRecoveryKek, generateRecoveryKey, parseRecoveryKey, RECOVERY_KEY_LENGTH } from './recovery-key';

describe('recovery keys', () => {
  it('shows 256 bits as 13 groups of four Crockford base32 characters', () => {
    const { display, bytes } = generateRecoveryKey();
    expect(bytes).toHaveLength(32);
    expect(RECOVERY_KEY_LENGTH).toBe(52);
    expect(display).toMatch(/^([0-9A-HJKMNP-TV-Z]{4}-){12}[0-9A-HJKMNP-TV-Z]{4}$/);
    expect(parseRecoveryKey(display).equals(bytes)).toBe(true);
  });

  it('reads the key as a person types it: any case, spaces, O for 0 and I or L for 1', () => {
    const { display, bytes } = generateRecoveryKey();
    const typed = display.toLowerCase().replace(/-/g, ' ').replace(/0/g, 'o').replace(/1/g, 'l');
    expect(parseRecoveryKey(typed).equals(bytes)).toBe(true);
  });

  it('names the foreign character or the wrong length', () => {
    expect(() => parseRecoveryKey('U'.repeat(52))).toThrow('"U" is not one of them');
    expect(() => parseRecoveryKey('ABCD-EFGH')).toThrow('A recovery key has 52 characters; this one has 8');
  });

  it('derives different wrapping keys for different salts', () => {
    const { bytes } = generateRecoveryKey();
    const a = deriveRecoveryKek(bytes, Buffer.alloc(16, 1).toString('base64'));
    const b = deriveRecoveryKek(bytes, Buffer.alloc(16, 2).toString('base64'));
    expect(a).toHaveLength(32);
    expect(a.equals(b)).toBe(false);
  });
});
