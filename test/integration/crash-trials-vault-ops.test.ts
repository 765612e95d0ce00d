import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'kysely';
import { openEncryptedDatabase } from '../../db/connection';
import { afterAll, describe, expect, it } from 'vitest';
import { readBackupManifest, fileSha256 } from '../../electron/core/backup/backup-manifest';
import { BACKUP_STAGING_PREFIX } from '../../electron/core/backup/write-backup';
import { verifyVaultCopy } from '../../electron/core/backup/verify-vault-copy';
import { seededRandom, type Random } from '../../electron/core/demo/seeded-random';
import { readVaultHeader } from '../../electron/core/vault/vault-header';
import { unwrapDataKey, type UnlockMethod } from '../../electron/core/vault/vault-keys';
import { VaultSession } from '../../electron/core/vault/vault-session';
import { appOver, PASSPHRASE, tempDir } from './temp-vault';

/**
 * Crash trials of the vault's own operations: a child process (test/support/crash-vault-ops.ts)
 * writes requests and, between them, changes the passphrase or takes a verified backup, and
 * is killed with SIGKILL at a random moment inside one of those operations (a seeded delay
 * within the duration the previous one took). After each kill: the vault opens with the old
 * or the new passphrase, never neither (and with the new one once the child reported the
 * change), the recovery key still opens it, SQLite's integrity check is ok, `audit verify`
 * passes, every write reported as committed is there, no temp file is left in the vault
 * folder; and, for backups, everything in the backup folder that reads as a backup is a
 * complete one (checksum, integrity, chain), every backup reported as written is there, and
 * no file anywhere holds plaintext (neither the subjects' names nor an unencrypted SQLite
 * header); for restores, a vault that was replaced holds exactly one `vault.restored` event,
 * whether the restore ran to the end or the next opening finished it. `CRASH_TRIALS` sets the count of each (small by default, for CI); the figures are
 * printed.
 */
const TRIALS = Number(process.env.CRASH_TRIALS ?? 2);
const OTHER = 'quartz-meadow-falcon-river-47';
/** Generous per trial: each one pays several scrypt derivations, slow on a loaded machine. */
const TIMEOUT = 60_000 + TRIALS * 300_000;
const RESTORE_STAGING = '.restore-staging-';
const MARKERS = [Buffer.from('Crash Trial'), Buffer.from('SQLite format 3\0')];

interface Killed {
  committed: string[];
  /** The passphrase the child last reported in force, and the one it was changing to when killed. */
  confirmed: string;
  pending: string | null;
  backups: string[];
}

/** Children still running when a trial fails, killed after the test. */
const running = new Set<ChildProcess>();

function killInside(mode: 'passphrase' | 'backup' | 'restore', args: { dir: string; current: string; other: string; backupDir: string }, random: Random): Promise<Killed> {
  const operations = random.int(1, 2);
  const fraction = random.next();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'test/support/crash-vault-ops.ts', mode, args.dir, args.current, args.other, args.backupDir], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    running.add(child);
    const killed: Killed = { committed: [], confirmed: args.current, pending: null, backups: [] };
    let lastMs = mode === 'backup' ? 400 : 1500;
    let started = 0;
    let buffer = '';
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      const lines = buffer.split('\n');
      buffer = lines.pop() ?? '';
      for (const line of lines) {
        const [word = '', first = '', second = ''] = line.split(' ');
        if (word === 'committed') killed.committed.push(second);
        if (word === 'changing') killed.pending = first;
        if (word === 'changed') [killed.confirmed, killed.pending, lastMs] = [first, null, Number(second)];
        if (word === 'restored') lastMs = Number(first);
        if (word === 'backed-up') {
          killed.backups.push(first);
          lastMs = Number(second);
        }
        if ((word === 'changing' || word === 'backing-up' || word === 'restoring') && ++started === operations) {
          setTimeout(() => child.kill('SIGKILL'), Math.floor(fraction * lastMs * 1.1));
        }
      }
    });
    child.on('exit', (_code, signal) => {
      running.delete(child);
      if (signal === 'SIGKILL') resolve(killed);
      else reject(new Error(`the child stopped by itself: ${stderr.slice(0, 800)}`));
    });
  });
}

async function opens(headerPath: string, method: UnlockMethod, secret: string): Promise<boolean> {
  try {
    (await unwrapDataKey(readVaultHeader(headerPath), method, secret)).fill(0);
    return true;
  } catch {
    return false;
  }
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(path) : [path];
  });
}

/** Unlocks a fresh session over the folder (as a restarted app would) and checks the vault; returns it locked. */
async function checkVault(dir: string, passphrase: string, committed: string[], trial: string): Promise<void> {
  const session = new VaultSession({ dir, actor: 'test' });
  expect(readdirSync(dir).filter((name) => name.endsWith('.tmp')), trial).toEqual([]);
  await session.unlock('passphrase', passphrase);
  try {
    const db = session.db();
    expect((await sql<{ integrity_check: string }>`PRAGMA integrity_check`.execute(db)).rows, trial).toEqual([{ integrity_check: 'ok' }]);
    const verification = await session.verify();
    expect(verification.dataBreaks, trial).toEqual([]);
    expect(verification.ok, `${trial}: ${verification.firstBreak?.reason ?? ''}`).toBe(true);
    const references = new Set((await db.selectFrom('requests').select('reference').execute()).map((r) => r.reference));
    expect(committed.filter((reference) => !references.has(reference)), trial).toEqual([]);
  } finally {
    await session.lock();
  }
}

describe(`crash trials of vault operations (${TRIALS} kills during a passphrase change, ${TRIALS} during a backup)`, () => {
  const tmp = tempDir();
  const dir = join(tmp.dir, 'vault');
  const backupDir = join(tmp.dir, 'backups');
  let recoveryKey = '';
  afterAll(() => {
    for (const child of running) child.kill('SIGKILL');
    tmp.cleanup();
  });

  it('a kill during a passphrase change leaves a vault that opens with the old or the new passphrase, never neither', async () => {
    const app = appOver(tmp.dir);
    recoveryKey = (await app.session.create(PASSPHRASE)).recoveryKey;
    await app.dispatch('settings.update', { changes: { 'organisation.country': 'IT', 'organisation.timeZone': 'Europe/Rome' } });
    await app.dispose();
    const random = seededRandom(1301);
    const committed: string[] = [];
    const outcome = { old: 0, new: 0 };
    let current = PASSPHRASE;
    for (let t = 0; t < TRIALS; t++) {
      const other = current === PASSPHRASE ? OTHER : PASSPHRASE;
      const killed = await killInside('passphrase', { dir, current, other, backupDir }, random);
      committed.push(...killed.committed);
      const header = join(dir, 'vault.json');
      const opening = [];
      for (const candidate of [PASSPHRASE, OTHER]) if (await opens(header, 'passphrase', candidate)) opening.push(candidate);
      const trial = `trial ${t}: confirmed ${killed.confirmed}, pending ${killed.pending ?? '-'}`;
      expect(opening, trial).toHaveLength(1);
      expect([killed.confirmed, killed.pending], trial).toContain(opening[0]);
      expect(await opens(header, 'recovery-key', recoveryKey), trial).toBe(true);
      outcome[opening[0] === current ? 'old' : 'new']++;
      current = opening[0] as string;
      await checkVault(dir, current, committed, trial);
    }
    process.stdout.write(`crash trials, passphrase change: ${TRIALS} kills, ${outcome.old} opened with the old passphrase, ${outcome.new} with the new, 0 with neither; ${committed.length} committed writes, 0 lost\n`);
  }, TIMEOUT);

  it('a kill during a backup leaves no partial backup that looks valid, no plaintext, and a vault that opens and verifies', async () => {
    const random = seededRandom(1302);
    if (!(await opens(join(dir, 'vault.json'), 'passphrase', PASSPHRASE))) await new VaultSession({ dir, actor: 'test' }).changePassphrase(OTHER, PASSPHRASE);
    const committed: string[] = [];
    const reported: string[] = [];
    let staged = 0;
    for (let t = 0; t < TRIALS; t++) {
      const killed = await killInside('backup', { dir, current: PASSPHRASE, other: OTHER, backupDir }, random);
      committed.push(...killed.committed);
      reported.push(...killed.backups);
      const trial = `trial ${t}`;
      await checkVault(dir, PASSPHRASE, committed, trial);
      const dataKey = await unwrapDataKey(readVaultHeader(join(dir, 'vault.json')), 'passphrase', PASSPHRASE);
      try {
        for (const name of existsSync(backupDir) ? readdirSync(backupDir) : []) {
          const path = join(backupDir, name);
          let manifest;
          try {
            manifest = readBackupManifest(path);
          } catch {
            expect(name.startsWith(BACKUP_STAGING_PREFIX), `${trial}: ${name} is neither a backup nor staging`).toBe(true);
            staged++;
            continue;
          }
          expect(fileSha256(join(path, 'vault.db')), `${trial}: ${name}`).toBe(manifest.databaseSha256);
          expect(await verifyVaultCopy(join(path, 'vault.db'), dataKey, manifest.vaultId), `${trial}: ${name}`).toMatchObject({ headHash: manifest.headHash });
        }
      } finally {
        dataKey.fill(0);
      }
      expect(reported.filter((path) => !existsSync(join(path, 'backup.json'))), trial).toEqual([]);
      for (const file of filesUnder(tmp.dir)) {
        const bytes = readFileSync(file);
        for (const marker of MARKERS) expect(bytes.includes(marker), `${trial}: plaintext in ${file}`).toBe(false);
      }
    }
    const session = new VaultSession({ dir, actor: 'test' });
    await session.unlock('passphrase', PASSPHRASE);
    const last = await session.backup(backupDir);
    await session.lock();
    expect(readdirSync(backupDir).filter((name) => name.startsWith(BACKUP_STAGING_PREFIX))).toEqual([]);
    expect(statSync(join(last.path, 'vault.db')).size).toBeGreaterThan(0);
    process.stdout.write(
      `crash trials, backup: ${TRIALS} kills, ${reported.length} backups reported and all complete, ${staged} interrupted staging folders (removed by the next backup), 0 plaintext files; ${committed.length} committed writes, 0 lost\n`,
    );
  }, TIMEOUT);
  it('a kill during a restore leaves the vault restored or as it was, never neither, and the replaced vault kept whole', async () => {
    if (!(await opens(join(dir, 'vault.json'), 'passphrase', PASSPHRASE))) await new VaultSession({ dir, actor: 'test' }).changePassphrase(OTHER, PASSPHRASE);
    const app = appOver(tmp.dir);
    await app.session.unlock('passphrase', PASSPHRASE);
    const backup = await app.session.backup(join(tmp.dir, 'restore-from'));
    const backedUp = (await app.session.db().selectFrom('requests').select('reference').execute()).map((r) => r.reference);
    const extra = await app.dispatch('requests.create', { request: { regime: 'gdpr', types: ['access'], receivedAt: new Date(Date.now() - 86_400_000).toISOString(), channel: 'email', subjectName: 'Crash Trial extra' } });
    if (!extra.ok) throw new Error(extra.error.message);
    const onlyInVault = (extra.value as { reference: string }).reference;
    await app.dispose();
    const random = seededRandom(1303);
    const outcome = { restored: 0, asItWas: 0 };
    for (let t = 0; t < TRIALS; t++) {
      await killInside('restore', { dir, current: PASSPHRASE, other: OTHER, backupDir: backup.path }, random);
      const trial = `trial ${t}`;
      await checkVault(dir, PASSPHRASE, backedUp, trial);
      expect(readdirSync(dir).filter((name) => name.startsWith(RESTORE_STAGING)), trial).toEqual([]);
      const dataKey = await unwrapDataKey(readVaultHeader(join(dir, 'vault.json')), 'passphrase', PASSPHRASE);
      try {
        const holders = [dir, ...readdirSync(dir).filter((name) => name.startsWith('vault-before-restore-')).map((name) => join(dir, name))].filter((folder) => {
          const sqlite = openEncryptedDatabase(join(folder, 'vault.db'), dataKey, { create: false });
          try {
            return sqlite.prepare('SELECT 1 FROM requests WHERE reference = ?').get(onlyInVault) !== undefined;
          } finally {
            sqlite.close();
          }
        });
        expect(holders.length, `${trial}: the request written after the backup is nowhere`).toBeGreaterThan(0);
        outcome[holders.includes(dir) ? 'asItWas' : 'restored']++;
        const sqlite = openEncryptedDatabase(join(dir, 'vault.db'), dataKey, { create: false });
        try {
          const restores = sqlite.prepare("SELECT count(*) AS n FROM audit_events WHERE action = 'vault.restored'").get() as { n: number };
          expect(restores.n, `${trial}: a restored vault records its restore once, finished normally or by the repair`).toBe(holders.includes(dir) ? 0 : 1);
        } finally {
          sqlite.close();
        }
      } finally {
        dataKey.fill(0);
      }
    }
    process.stdout.write(`crash trials, restore: ${TRIALS} kills, ${outcome.restored} restored, ${outcome.asItWas} as it was, 0 unopenable; the replaced vault always kept whole\n`);
  }, TIMEOUT);
});
