import { inflateRawSync } from 'node:zlib';
import { AppError } from '../errors';
import { msg } from '../i18n';

/** What an archive may expand to: far above any real letter or form, far below a bomb. */
export const ZIP_LIMITS = {
  /** Entries in the archive (a long Word document has a few dozen). */
  maxEntries: 2_000,
  /** Bytes of all entries once expanded. */
  maxExpandedBytes: 100 * 1024 * 1024,
  /** Expanded size over stored size, for the whole archive (office XML compresses 5–20×). */
  maxRatio: 100,
};

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

function refuse(fileName: string, key: string, params: Record<string, string | number> = {}): never {
  throw new AppError('VALIDATION', msg(`msg.error.archive.${key}`, { file: fileName, ...params }));
}

/** The end-of-central-directory record: the last 22 bytes, or earlier when the archive has a comment. */
function endRecord(bytes: Buffer): number {
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 0xffff); at--) {
    if (bytes.readUInt32LE(at) === EOCD) return at;
  }
  return -1;
}

/**
 * Checks an Office or OpenDocument file (a ZIP archive) before it is stored: a readable
 * central directory, at most {@link ZIP_LIMITS}.maxEntries entries, and every entry actually
 * expanded (not just its declared size believed) within the byte and ratio limits, so a
 * zip bomb named `.docx` is refused with a clear reason instead of expanding to gigabytes
 * in the DPO's word processor. Only `stored` and `deflate` entries exist in such files.
 */
export function checkZipArchive(fileName: string, bytes: Buffer, limits = ZIP_LIMITS): void {
  const end = bytes.length >= 22 ? endRecord(bytes) : -1;
  if (end < 0) refuse(fileName, 'unreadable');
  const entries = bytes.readUInt16LE(end + 10);
  const directoryAt = bytes.readUInt32LE(end + 16);
  if (entries > limits.maxEntries) refuse(fileName, 'tooManyEntries', { count: entries, max: limits.maxEntries });
  if (entries === 0xffff || directoryAt === 0xffffffff) refuse(fileName, 'zip64');
  const budget = Math.min(limits.maxExpandedBytes, bytes.length * limits.maxRatio);
  let expanded = 0;
  let at = directoryAt;
  for (let i = 0; i < entries; i++) {
    if (at + 46 > bytes.length || bytes.readUInt32LE(at) !== CENTRAL) refuse(fileName, 'unreadable');
    const method = bytes.readUInt16LE(at + 10);
    const compressed = bytes.readUInt32LE(at + 20);
    const nameLength = bytes.readUInt16LE(at + 28);
    const extraLength = bytes.readUInt16LE(at + 30);
    const commentLength = bytes.readUInt16LE(at + 32);
    const localAt = bytes.readUInt32LE(at + 42);
    at += 46 + nameLength + extraLength + commentLength;
    if (localAt + 30 > bytes.length || bytes.readUInt32LE(localAt) !== LOCAL) refuse(fileName, 'unreadable');
    const dataAt = localAt + 30 + bytes.readUInt16LE(localAt + 26) + bytes.readUInt16LE(localAt + 28);
    if (dataAt + compressed > bytes.length) refuse(fileName, 'unreadable');
    const data = bytes.subarray(dataAt, dataAt + compressed);
    const remaining = budget - expanded;
    if (method === 0) expanded += data.length;
    else if (method === 8) {
      try {
        expanded += inflateRawSync(data, { maxOutputLength: Math.max(1, remaining + 1) }).length;
      } catch (error) {
        if (error instanceof RangeError) expanded = budget + 1;
        else refuse(fileName, 'unreadable');
      }
    } else refuse(fileName, 'method', { method });
    if (expanded > budget) {
      refuse(fileName, 'bomb', {
        limit: Math.round(budget / 1048576),
      });
    }
  }
}
