import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import type Sqlite from 'better-sqlite3-multiple-ciphers';

/** The SQLite addon's constructor (better-sqlite3's API). */
export type SqliteConstructor = typeof Sqlite;

/** Why the module did not load: a C library too old (with the version it needs), no build for this platform, or the loader's own words. */
export type NativeLoadReason = { kind: 'glibc'; version: string } | { kind: 'platform' } | { kind: 'load'; cause: string };

/** The native SQLite module could not be loaded: says which file and why, in words a user can act on. */
export class NativeModuleError extends Error {
  constructor(
    message: string,
    readonly entry: string,
    /** The same facts as data, so the app can say them in the user's language. */
    readonly reason: NativeLoadReason,
  ) {
    super(message);
    this.name = 'NativeModuleError';
  }
}

/** The platforms with a prebuilt binary in better-sqlite3-multiple-ciphers (its package "exports"). */
const PREBUILT = new Set(['linux-x64', 'linux-arm64', 'linuxmusl-x64', 'linuxmusl-arm64', 'darwin-x64', 'darwin-arm64', 'win32-x64', 'win32-arm64']);

/**
 * True on a musl C library (Alpine), told by its dynamic loader on disk. The package's own
 * index asks `process.report.getReport()` instead, which collects a whole diagnostic report
 * (slow, and it walks every open handle) just to read the glibc version.
 */
export function isMusl(arch: string = process.arch, exists: (path: string) => boolean = existsSync): boolean {
  const loader = arch === 'x64' ? 'x86_64' : arch === 'arm64' ? 'aarch64' : arch;
  return exists(`/lib/ld-musl-${loader}.so.1`);
}

/** The package's entry for this platform (e.g. `better-sqlite3-multiple-ciphers/linux-x64`), or null where none ships. */
export function platformEntry(platform: string = process.platform, arch: string = process.arch, musl: () => boolean = () => isMusl(arch)): string | null {
  const os = platform === 'linux' && musl() ? 'linuxmusl' : platform;
  const target = `${os}-${arch}`;
  return PREBUILT.has(target) ? `better-sqlite3-multiple-ciphers/${target}` : null;
}

/** The facts of a load failure: the glibc version an old system lacks, or the loader's message. */
export function loadFailureReason(error: unknown): NativeLoadReason {
  const cause = error instanceof Error ? error.message : String(error);
  const glibc = /GLIBC_(\d+\.\d+)/.exec(cause);
  return glibc ? { kind: 'glibc', version: glibc[1] ?? '' } : { kind: 'load', cause };
}

/**
 * Why loading failed, in plain words: a C library older than the prebuild needs (glibc
 * 2.34), a platform without a prebuild, or the loader's own message, always with the file.
 */
export function describeLoadFailure(entry: string, error: unknown): string {
  const reason = error instanceof Error ? error.message : String(error);
  const glibc = /GLIBC_(\d+\.\d+)/.exec(reason);
  if (glibc) {
    return (
      `DPO Desk's encrypted database module (${entry}) needs the GNU C library ${glibc[1]} or newer, which this system does not have. ` +
      'DPO Desk runs on Linux with glibc 2.34 or newer: Debian 12, Ubuntu 22.04, RHEL 9 or newer.'
    );
  }
  return `DPO Desk's encrypted database module (${entry}) could not be loaded: ${reason}`;
}

let loaded: SqliteConstructor | null = null;

/**
 * Loads the SQLite addon through its platform entry, once. Throws `NativeModuleError` with
 * a message that names the module and the cause, never a bare loader error.
 */
export function loadNativeSqlite(): SqliteConstructor {
  if (loaded) return loaded;
  const entry = platformEntry();
  if (!entry) {
    throw new NativeModuleError(`DPO Desk has no encrypted database module for ${process.platform}-${process.arch}.`, `${process.platform}-${process.arch}`, { kind: 'platform' });
  }
  try {
    loaded = createRequire(import.meta.url)(entry) as SqliteConstructor;
  } catch (error) {
    throw new NativeModuleError(describeLoadFailure(entry, error), entry, loadFailureReason(error));
  }
  return loaded;
}
