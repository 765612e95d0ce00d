import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/** A key sealed with AES-256-GCM: the nonce, the tag and the ciphertext, base64. */
export interface WrappedKey {
  iv: string;
  tag: string;
  ciphertext: string;
}

/**
 * Seals the data key with a key-encryption key. The associated data binds the wrap to its
 * vault and its purpose, so a wrap copied from another vault or slot does not open.
 */
export function wrapKey(dataKey: Buffer, kek: Buffer, associatedData: string): WrappedKey {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', kek, iv);
  cipher.setAAD(Buffer.from(associatedData, 'utf8'));
  const ciphertext = Buffer.concat([cipher.update(dataKey), cipher.final()]);
  return { iv: iv.toString('base64'), tag: cipher.getAuthTag().toString('base64'), ciphertext: ciphertext.toString('base64') };
}

/** Opens a wrapped key; returns `null` when the key-encryption key is wrong (the tag fails). */
export function unwrapKey(wrapped: WrappedKey, kek: Buffer, associatedData: string): Buffer | null {
  try {
    const decipher = createDecipheriv('aes-256-gcm', kek, Buffer.from(wrapped.iv, 'base64'));
    decipher.setAAD(Buffer.from(associatedData, 'utf8'));
    decipher.setAuthTag(Buffer.from(wrapped.tag, 'base64'));
    return Buffer.concat([decipher.update(Buffer.from(wrapped.ciphertext, 'base64')), decipher.final()]);
  } catch {
    return null;
  }
}
