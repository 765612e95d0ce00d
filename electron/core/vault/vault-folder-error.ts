import { AppError } from '../errors';

/** File-system error codes that mean "this folder cannot be used", not "the vault is damaged". */
const FOLDER_CODES: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'the operation is not permitted',
  EROFS: 'the disk is read-only',
  ENOSPC: 'the disk is full',
  ENOENT: 'the folder does not exist',
  ENOTDIR: 'a file stands where a folder should be',
  EISDIR: 'a folder stands where a file should be',
  SQLITE_CANTOPEN: 'the database file cannot be opened there',
  SQLITE_READONLY: 'the database file is read-only',
  SQLITE_PERM: 'permission denied',
  SQLITE_FULL: 'the disk is full',
};

function errorCode(error: unknown): string {
  return error instanceof Error && 'code' in error ? String((error as { code: unknown }).code) : '';
}

/**
 * The error to show when the vault folder is missing, read-only, full or not ours to write:
 * VAULT_FOLDER naming the folder and the cause, instead of a generic failure or a wrong
 * "the vault is damaged". Anything else is returned unchanged.
 */
export function vaultFolderError(error: unknown, dir: string): unknown {
  const code = errorCode(error);
  const reason = FOLDER_CODES[code] ?? (code.startsWith('SQLITE_IOERR') ? 'the disk reported an input/output error' : null);
  if (reason === null) return error;
  return new AppError('VAULT_FOLDER', `The vault folder ${dir} cannot be used: ${reason} (${code}). Choose a folder you can write to, or fix its permissions.`);
}
