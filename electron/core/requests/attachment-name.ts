import { AppError } from '../errors';

/** Control characters and the Unicode bidirectional controls that can disguise an extension (`invoice‮fdp.exe`). */
const UNSAFE = /[\u0000-\u001f\u007f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/**
 * The name an attachment is stored and exported under: only its last path segment (no
 * `../`, no folders, either slash), without control or bidirectional-override characters,
 * trimmed and at most 255 characters. A name with nothing left is refused.
 */
export function cleanAttachmentName(raw: string): string {
  const lastSegment = raw.split(/[\\/]/).pop() ?? '';
  const cleaned = lastSegment.replace(UNSAFE, '').trim().slice(0, 255);
  if (cleaned === '' || cleaned === '.' || cleaned === '..') {
    throw new AppError('VALIDATION', 'The file name is empty once folders and control characters are removed; rename the file and try again');
  }
  return cleaned;
}
