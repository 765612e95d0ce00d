import { AppError } from '../errors';
import { msg } from '../i18n';

/** File-system error codes that mean "this folder cannot be used", not "the vault is damaged". */
const FOLDER_CODES: Record<string, string> = {
  EACCES: 'denied',
  EPERM: 'notPermitted',
  EROFS: 'readOnlyDisk',
  ENOSPC: 'diskFull',
  ENOENT: 'noFolder',
  ENOTDIR: 'fileNotFolder',
  EISDIR: 'folderNotFile',
  SQLITE_CANTOPEN: 'cannotOpen',
  SQLITE_READONLY: 'readOnlyFile',
  SQLITE_PERM: 'denied',
  SQLITE_FULL: 'diskFull',
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
  const reason = FOLDER_CODES[code] ?? (code.startsWith('SQLITE_IOERR') ? 'ioError' : null);
  if (reason === null) return error;
  return new AppError('VAULT_FOLDER', msg('msg.error.vault.folder', { dir, reason: [msg(`msg.error.vault.folderReason.${reason}`)], code }));
}
