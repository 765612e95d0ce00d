import { describe, expect, it } from 'vitest';
import { loadFailureReason, NativeModuleError } from '../../db/native-sqlite';
import { renderText } from './i18n';
import { nativeModuleAppError } from './native-database';

const ENTRY = 'better-sqlite3-multiple-ciphers/linux-x64';

describe('a database module that does not load', () => {
  it('is NATIVE_MODULE, never a damaged vault, and says why in English and Italian', () => {
    const old = new Error("/lib/x86_64-linux-gnu/libc.so.6: version `GLIBC_2.34' not found (required by …/linux-x64.node)");
    const error = nativeModuleAppError(new NativeModuleError('old glibc', ENTRY, loadFailureReason(old)));
    expect(error.code).toBe('NATIVE_MODULE');
    if (!error.detail) throw new Error('no catalogue message');
    expect(renderText('en', error.detail)).toBe(
      `DPO Desk's encrypted database module (${ENTRY}) needs the GNU C library 2.34 or newer, which this system does not have. ` +
        'DPO Desk runs on Linux with glibc 2.34 or newer: Debian 12, Ubuntu 22.04, RHEL 9 or newer. Your vault is not damaged.',
    );
    expect(renderText('it', error.detail)).toContain('richiede la libreria C GNU 2.34 o successiva');
    expect(renderText('it', error.detail)).toContain("L'archivio non è danneggiato.");
  });

  it('passes the loader’s cause on, and names a platform without a module', () => {
    const damaged = nativeModuleAppError(new NativeModuleError('x', ENTRY, loadFailureReason(new Error('invalid ELF header'))));
    if (!damaged.detail) throw new Error('no catalogue message');
    expect(renderText('it', damaged.detail)).toBe(
      `Non è stato possibile caricare il modulo del database cifrato di DPO Desk (${ENTRY}), quindi nessun archivio può essere aperto; l'archivio in sé non è danneggiato. Reinstalli DPO Desk. Causa: invalid ELF header`,
    );
    const platform = nativeModuleAppError(new NativeModuleError('x', 'freebsd-x64', { kind: 'platform' }));
    if (!platform.detail) throw new Error('no catalogue message');
    expect(renderText('en', platform.detail)).toBe('DPO Desk has no encrypted database module for this system (freebsd-x64). Your vault is not damaged: open it with DPO Desk on a supported system.');
  });
});
