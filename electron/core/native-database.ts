import { loadNativeSqlite, NativeModuleError } from '../../db/native-sqlite';
import { AppError } from './errors';
import { msg } from './i18n';

/**
 * Loads the encrypted database module now, so the app can say at start that it cannot
 * work here (an old C library, a damaged install) instead of after a passphrase is typed.
 * Throws AppError NATIVE_MODULE naming the module and the cause.
 */
export function requireNativeDatabase(): void {
  try {
    loadNativeSqlite();
  } catch (error) {
    if (error instanceof NativeModuleError) throw new AppError('NATIVE_MODULE', msg('msg.error.vault.nativeModule', { cause: error.message }));
    throw error;
  }
}
