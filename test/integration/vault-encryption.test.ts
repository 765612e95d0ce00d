import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { appOver, PASSPHRASE, tempDir } from './temp-vault';

const MARKER = 'ZEBRA-MARKER-4417-Łódź';

describe('the vault on disk', () => {
  let tmp: ReturnType<typeof tempDir>;
  beforeEach(() => (tmp = tempDir()));
  afterEach(() => tmp.cleanup());

  function vaultFileContents(dir: string) {
    const vaultDir = join(dir, 'vault');
    return readdirSync(vaultDir).map((name) => ({ name, bytes: readFileSync(join(vaultDir, name)) }));
  }

  it('holds no plaintext in the database, WAL or SHM files, open or closed', async () => {
    const app = appOver(tmp.dir);
    await app.session.create(PASSPHRASE);
    await app.handlers['settings.update']({ changes: { 'organisation.name': MARKER, 'organisation.dpoEmail': 'dpo@zebra-marker.example' } });

    const whileOpen = vaultFileContents(tmp.dir);
    expect(whileOpen.map((f) => f.name).sort()).toEqual(['vault.db', 'vault.db-shm', 'vault.db-wal', 'vault.json']);
    for (const file of whileOpen) {
      expect(file.bytes.includes(Buffer.from('ZEBRA-MARKER')), `${file.name} leaks the marker`).toBe(false);
      expect(file.bytes.includes(Buffer.from('zebra-marker.example')), `${file.name} leaks the e-mail`).toBe(false);
      expect(file.bytes.subarray(0, 15).toString('latin1'), `${file.name} has a SQLite header`).not.toBe('SQLite format 3');
    }
    const wal = whileOpen.find((f) => f.name === 'vault.db-wal');
    expect(wal?.bytes.length).toBeGreaterThan(0);

    await app.session.lock();
    for (const file of vaultFileContents(tmp.dir)) {
      expect(file.bytes.includes(Buffer.from('ZEBRA-MARKER')), `${file.name} leaks the marker`).toBe(false);
      expect(file.bytes.subarray(0, 15).toString('latin1')).not.toBe('SQLite format 3');
    }
  });

  it('keeps the data key only wrapped in the header', async () => {
    const app = appOver(tmp.dir);
    await app.session.create(PASSPHRASE);
    const header = JSON.parse(readFileSync(join(tmp.dir, 'vault', 'vault.json'), 'utf8')) as Record<string, unknown>;
    expect(Object.keys(header).sort()).toEqual(['createdAt', 'database', 'format', 'passphrase', 'recoveryKey', 'vaultId', 'version']);
    expect(JSON.stringify(header)).not.toContain(PASSPHRASE);
    await app.dispose();
  });
});
