import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { unwrapKey, wrapKey } from './key-wrap';

describe('key wrapping (AES-256-GCM)', () => {
  const dataKey = randomBytes(32);
  const kek = randomBytes(32);

  it('round-trips the data key', () => {
    const wrapped = wrapKey(dataKey, kek, 'vault-a:passphrase');
    expect(unwrapKey(wrapped, kek, 'vault-a:passphrase')?.equals(dataKey)).toBe(true);
  });

  it('refuses a wrong key, another context, or a tampered ciphertext', () => {
    const wrapped = wrapKey(dataKey, kek, 'vault-a:passphrase');
    expect(unwrapKey(wrapped, randomBytes(32), 'vault-a:passphrase')).toBeNull();
    expect(unwrapKey(wrapped, kek, 'vault-b:passphrase')).toBeNull();
    const bytes = Buffer.from(wrapped.ciphertext, 'base64');
    bytes[0] = (bytes[0] as number) ^ 1;
    expect(unwrapKey({ ...wrapped, ciphertext: bytes.toString('base64') }, kek, 'vault-a:passphrase')).toBeNull();
  });

  it('uses a fresh nonce every time', () => {
    expect(wrapKey(dataKey, kek, 'x').iv).not.toBe(wrapKey(dataKey, kek, 'x').iv);
  });
});
