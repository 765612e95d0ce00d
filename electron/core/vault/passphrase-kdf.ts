import { randomBytes, scrypt } from 'node:crypto';

/** scrypt cost, stored in the header so it can be raised later without breaking old vaults. */
export interface ScryptParams {
  N: number;
  r: number;
  p: number;
  salt: string;
}

/**
 * N = 2^17, r = 8, p = 1: the OWASP recommendation, 128 MiB of memory, about 0.4 s on a
 * current laptop core. Expensive enough to make guessing slow, quick enough to unlock.
 */
export function newScryptParams(): ScryptParams {
  return { N: 2 ** 17, r: 8, p: 1, salt: randomBytes(16).toString('base64') };
}

/** Derives the 256-bit key that wraps the data key from a passphrase (async: runs off the main thread). */
export function derivePassphraseKey(passphrase: string, params: ScryptParams): Promise<Buffer> {
  const normalised = passphrase.normalize('NFC');
  return new Promise((resolve, reject) => {
    scrypt(
      normalised,
      Buffer.from(params.salt, 'base64'),
      32,
      { N: params.N, r: params.r, p: params.p, maxmem: 256 * params.N * params.r + 32 * 1024 * 1024 },
      (error, key) => (error ? reject(error) : resolve(key)),
    );
  });
}
