import { describe, expect, it } from 'vitest';
import { describeLoadFailure, isMusl, loadNativeSqlite, platformEntry } from './native-sqlite';

describe('the SQLite addon through its platform entry', () => {
  it('names the entry of each platform with a prebuild, musl by its loader on disk, and none elsewhere', () => {
    expect(platformEntry('linux', 'x64', () => false)).toBe('better-sqlite3-multiple-ciphers/linux-x64');
    expect(platformEntry('linux', 'arm64', () => true)).toBe('better-sqlite3-multiple-ciphers/linuxmusl-arm64');
    expect(platformEntry('win32', 'x64', () => false)).toBe('better-sqlite3-multiple-ciphers/win32-x64');
    expect(platformEntry('darwin', 'arm64', () => false)).toBe('better-sqlite3-multiple-ciphers/darwin-arm64');
    expect(platformEntry('freebsd', 'x64', () => false)).toBeNull();
    expect(isMusl('x64', (path) => path === '/lib/ld-musl-x86_64.so.1')).toBe(true);
    expect(isMusl('arm64', () => false)).toBe(false);
  });

  it('says which C library an old system lacks, and otherwise passes the cause on with the module', () => {
    const old = new Error("/lib/x86_64-linux-gnu/libc.so.6: version `GLIBC_2.34' not found (required by …/linux-x64.node)");
    expect(describeLoadFailure('better-sqlite3-multiple-ciphers/linux-x64', old)).toBe(
      "DPO Desk's encrypted database module (better-sqlite3-multiple-ciphers/linux-x64) needs the GNU C library 2.34 or newer, which this system does not have. " +
        'DPO Desk runs on Linux with glibc 2.34 or newer: Debian 12, Ubuntu 22.04, RHEL 9 or newer.',
    );
    expect(describeLoadFailure('better-sqlite3-multiple-ciphers/win32-x64', new Error('The specified module could not be found.'))).toBe(
      "DPO Desk's encrypted database module (better-sqlite3-multiple-ciphers/win32-x64) could not be loaded: The specified module could not be found.",
    );
  });

  it('loads the addon of this machine without asking process.report', () => {
    const report = process.report;
    const asked: string[] = [];
    const getReport = report.getReport.bind(report);
    report.getReport = ((...args: Parameters<typeof getReport>) => {
      asked.push('getReport');
      return getReport(...args);
    }) as typeof report.getReport;
    try {
      const Sqlite = loadNativeSqlite();
      const db = new Sqlite(':memory:');
      expect(db.prepare('SELECT 1 + 1 AS two').get()).toEqual({ two: 2 });
      db.close();
    } finally {
      report.getReport = getReport;
    }
    expect(asked).toEqual([]);
  });
});
