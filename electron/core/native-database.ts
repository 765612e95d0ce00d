import { loadNativeSqlite, NativeModuleError } from '../../db/native-sqlite';
import { AppError } from './errors';
import { msg } from './i18n';

/**
 * The AppError for a module that did not load: NATIVE_MODULE (never a damaged vault), with
 * its English message and a catalogue message so the app and the CLI say it in the user's
 * language.
 */
export function nativeModuleAppError(error: NativeModuleError): AppError {
  const reason = error.reason;
  const detail =
    reason.kind === 'glibc'
      ? msg('msg.error.native.glibc', { entry: error.entry, version: reason.version })
      : reason.kind === 'platform'
        ? msg('msg.error.native.platform', { platform: error.entry })
        : msg('msg.error.native.load', { entry: error.entry, cause: reason.cause });
  return new AppError('NATIVE_MODULE', detail);
}

/**
 * Loads the encrypted database module now, so the app can say at start that it cannot
 * work here (an old C library, a damaged install) instead of after a passphrase is typed.
 * Throws AppError NATIVE_MODULE naming the module and the cause.
 */
export function requireNativeDatabase(): void {
  try {
    loadNativeSqlite();
  } catch (error) {
    if (error instanceof NativeModuleError) throw nativeModuleAppError(error);
    throw error;
  }
}
