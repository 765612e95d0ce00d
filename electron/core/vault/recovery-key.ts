import { hkdfSync, randomBytes } from 'node:crypto';
import { AppError } from '../errors';
import { msg } from '../i18n';

/** Crockford's base32: no I, L, O or U, so the key reads aloud and copies by hand without confusion. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const KEY_BYTES = 32;
/** 256 bits in 5-bit symbols. */
export const RECOVERY_KEY_LENGTH = Math.ceil((KEY_BYTES * 8) / 5);

function encode(bytes: Buffer): string {
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += ALPHABET[(value << (5 - bits)) & 31];
  return out;
}

function decode(text: string): Buffer {
  const out: number[] = [];
  let bits = 0;
  let value = 0;
  for (const char of text) {
    value = (value << 5) | ALPHABET.indexOf(char);
    bits += 5;
    if (bits >= 8) {
      out.push((value >>> (bits - 8)) & 0xff);
      bits -= 8;
    }
  }
  return Buffer.from(out.slice(0, KEY_BYTES));
}

/** A new recovery key: 256 random bits shown as 13 groups of four characters. */
export function generateRecoveryKey(): { display: string; bytes: Buffer } {
  const bytes = randomBytes(KEY_BYTES);
  return { display: formatRecoveryKey(encode(bytes)), bytes };
}

function formatRecoveryKey(symbols: string): string {
  return symbols.match(/.{1,4}/g)?.join('-') ?? symbols;
}

/**
 * Reads a recovery key as a person types it: any case, with or without dashes and spaces,
 * with O read as 0 and I or L as 1. A key of the wrong length or with a foreign character
 * is a clear error before any cryptography runs.
 */
export function parseRecoveryKey(input: string): Buffer {
  const symbols = input
    .toUpperCase()
    .replace(/[\s-]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
  const bad = [...symbols].find((c) => !ALPHABET.includes(c));
  if (bad !== undefined) {
    throw new AppError('VALIDATION', msg('msg.error.vault.recoveryKeySymbol', { symbol: bad }));
  }
  if (symbols.length !== RECOVERY_KEY_LENGTH) {
    throw new AppError('VALIDATION', msg('msg.error.vault.recoveryKeyLength', { expected: RECOVERY_KEY_LENGTH, actual: symbols.length }));
  }
  return decode(symbols);
}

/** The key that wraps the data key for the recovery slot. The recovery key is already 256 random bits, so HKDF suffices. */
export function deriveRecoveryKek(recoveryKey: Buffer, salt: string): Buffer {
  return Buffer.from(hkdfSync('sha256', recoveryKey, Buffer.from(salt, 'base64'), 'dpo-desk recovery key v1', 32));
}
