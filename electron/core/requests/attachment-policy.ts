import { extname } from 'node:path';
import { AppError } from '../errors';
import { msg } from '../i18n';
import { checkZipArchive } from './zip-check';

/** The largest attachment the vault accepts: enough for a scanned ID or a signed letter. */
export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;

interface FileKind {
  mimeType: string;
  /** Checks the content really is this kind, not just named like it. */
  matches(bytes: Buffer): boolean;
  /** An archive (Office, OpenDocument): its expanded size is checked too. */
  archive?: boolean;
}

const startsWith = (magic: number[]) => (bytes: Buffer) => magic.every((b, i) => bytes[i] === b);
const isText = (bytes: Buffer) => !bytes.includes(0) && Buffer.from(bytes.toString('utf8'), 'utf8').equals(bytes);
const zip = startsWith([0x50, 0x4b, 0x03, 0x04]);

const KINDS: Record<string, FileKind> = {
  '.pdf': { mimeType: 'application/pdf', matches: startsWith([0x25, 0x50, 0x44, 0x46, 0x2d]) },
  '.png': { mimeType: 'image/png', matches: startsWith([0x89, 0x50, 0x4e, 0x47]) },
  '.jpg': { mimeType: 'image/jpeg', matches: startsWith([0xff, 0xd8, 0xff]) },
  '.jpeg': { mimeType: 'image/jpeg', matches: startsWith([0xff, 0xd8, 0xff]) },
  '.txt': { mimeType: 'text/plain', matches: isText },
  '.csv': { mimeType: 'text/csv', matches: isText },
  '.eml': { mimeType: 'message/rfc822', matches: isText },
  '.docx': { mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', matches: zip, archive: true },
  '.odt': { mimeType: 'application/vnd.oasis.opendocument.text', matches: zip, archive: true },
};

export const ALLOWED_EXTENSIONS = Object.keys(KINDS);

/**
 * Accepts a file only when its name, size and content agree: a known extension, at most
 * 10 MiB, and bytes that are what the extension claims (an Office or OpenDocument archive
 * also within its expansion limits). Returns the MIME type to store.
 */
export function checkAttachment(fileName: string, bytes: Buffer): string {
  const ext = extname(fileName).toLowerCase();
  const kind = KINDS[ext];
  if (!kind) {
    throw new AppError('VALIDATION', msg('msg.error.attachment.type', { file: fileName, ext: ext || '—', allowed: ALLOWED_EXTENSIONS.join(', ') }));
  }
  if (bytes.length === 0) throw new AppError('VALIDATION', msg('msg.error.attachment.empty', { file: fileName }));
  if (bytes.length > MAX_ATTACHMENT_BYTES) {
    throw new AppError('VALIDATION', msg('msg.error.attachment.tooBig', { file: fileName, size: Math.round((bytes.length / 1048576) * 10) / 10, limit: MAX_ATTACHMENT_BYTES / 1048576 }));
  }
  if (!kind.matches(bytes)) throw new AppError('VALIDATION', msg('msg.error.attachment.mismatch', { file: fileName, ext }));
  if (kind.archive) checkZipArchive(fileName, bytes);
  return kind.mimeType;
}
