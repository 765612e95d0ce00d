import { AppError } from '../errors';
import { msg } from '../i18n';

/** Control characters and the Unicode bidirectional controls that can disguise an extension (`invoice‮fdp.exe`). */
function isUnsafe(character: string): boolean {
  const c = character.codePointAt(0) ?? 0;
  return c < 0x20 || c === 0x7f || c === 0x200e || c === 0x200f || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
}

/**
 * The name an attachment is stored and exported under: only its last path segment (no
 * `../`, no folders, either slash), without control or bidirectional-override characters,
 * trimmed and at most 255 characters. A name with nothing left is refused.
 */
export function cleanAttachmentName(raw: string): string {
  const lastSegment = raw.split(/[\\/]/).pop() ?? '';
  const cleaned = [...lastSegment]
    .filter((character) => !isUnsafe(character))
    .join('')
    .trim()
    .slice(0, 255);
  if (cleaned === '' || cleaned === '.' || cleaned === '..') {
    throw new AppError('VALIDATION', msg('msg.error.attachment.nameEmpty'));
  }
  return cleaned;
}
