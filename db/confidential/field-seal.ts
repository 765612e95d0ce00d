import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/** Why a stored value did not open: altered or moved (`tampered`), not sealed at all, or a format this version does not know. */
export type FieldSealProblem = 'tampered' | 'not-sealed' | 'unknown-version' | 'locked';

/** Where a value lives: its table, column and row (the associated data of its seal). */
export interface FieldPlace {
  table: string;
  column: string;
  rowKey: readonly unknown[];
}

/** A value that did not open, and where. Core turns it into an error in the user's language. */
export class FieldSealError extends Error {
  constructor(
    readonly problem: FieldSealProblem,
    readonly place: Pick<FieldPlace, 'table' | 'column'>,
  ) {
    super(`${place.table}.${place.column}: ${problem}`);
    this.name = 'FieldSealError';
  }
}

const TEXT_PREFIX = 'dpoenc:';
const VERSION = 1;
const MAGIC = Buffer.from('DPOE', 'ascii');
const IV_BYTES = 12;
const TAG_BYTES = 16;

/** The associated data: the format, the table, the column and the row, so a ciphertext opens only where it was written. */
function associatedData(place: FieldPlace): Buffer {
  return Buffer.from(JSON.stringify(['dpo-desk-field', VERSION, place.table, place.column, place.rowKey.map((part) => String(part))]), 'utf8');
}

function seal(plain: Buffer, key: Buffer, place: FieldPlace): Buffer {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(associatedData(place));
  const body = Buffer.concat([cipher.update(plain), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), body]);
}

function open(sealed: Buffer, key: Buffer, place: FieldPlace): Buffer {
  if (sealed.length < IV_BYTES + TAG_BYTES) throw new FieldSealError('tampered', place);
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, sealed.subarray(0, IV_BYTES));
    decipher.setAAD(associatedData(place));
    decipher.setAuthTag(sealed.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
    return Buffer.concat([decipher.update(sealed.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]);
  } catch {
    throw new FieldSealError('tampered', place);
  }
}

/** Seals a text as `dpoenc:1:<base64 of nonce, tag, ciphertext>` (AES-256-GCM, the place as associated data). */
export function sealText(text: string, key: Buffer, place: FieldPlace): string {
  return `${TEXT_PREFIX}${VERSION}:${seal(Buffer.from(text, 'utf8'), key, place).toString('base64')}`;
}

/** Opens a sealed text; a value altered, moved to another place, or never sealed is a {@link FieldSealError}. */
export function openText(stored: string, key: Buffer, place: FieldPlace): string {
  if (!stored.startsWith(TEXT_PREFIX)) throw new FieldSealError('not-sealed', place);
  const [version, body = ''] = stored.slice(TEXT_PREFIX.length).split(':', 2);
  if (version !== String(VERSION)) throw new FieldSealError('unknown-version', place);
  return open(Buffer.from(body, 'base64'), key, place).toString('utf8');
}

/** Seals a file's bytes as `DPOE`, a version byte, then nonce, tag and ciphertext. */
export function sealBytes(bytes: Buffer, key: Buffer, place: FieldPlace): Buffer {
  return Buffer.concat([MAGIC, Buffer.from([VERSION]), seal(bytes, key, place)]);
}

/** Opens sealed bytes; the same refusals as {@link openText}. */
export function openBytes(stored: Buffer, key: Buffer, place: FieldPlace): Buffer {
  if (stored.length < MAGIC.length + 1 || !stored.subarray(0, MAGIC.length).equals(MAGIC)) throw new FieldSealError('not-sealed', place);
  if (stored[MAGIC.length] !== VERSION) throw new FieldSealError('unknown-version', place);
  return open(stored.subarray(MAGIC.length + 1), key, place);
}
