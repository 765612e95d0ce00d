const HEX = '0123456789abcdef';

/**
 * Builds SQLCipher's raw-key literal `x'<64 hex digits>'` as bytes, without ever making a
 * JavaScript string of the key (strings cannot be wiped). The caller zeroes the result.
 * With this form SQLCipher uses the 256 bits as the page key directly: no second KDF.
 */
export function rawKeyLiteral(key: Buffer): Buffer {
  if (key.length !== 32) throw new Error('The database key must be 32 bytes');
  const out = Buffer.alloc(3 + key.length * 2);
  out[0] = 0x78; // x
  out[1] = 0x27; // '
  for (let i = 0; i < key.length; i++) {
    const byte = key[i] as number;
    out[2 + i * 2] = HEX.charCodeAt(byte >> 4);
    out[3 + i * 2] = HEX.charCodeAt(byte & 0x0f);
  }
  out[out.length - 1] = 0x27;
  return out;
}
